using Touchstone.Domain.Calendar;
using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>Art. 9.1: the director's new term when the 4 weeks cannot be met, and when candidates were told.</summary>
public sealed record ResultsTermExtension(DateOnly NewDueDate, string Reason, DateOnly SetOn, DateOnly? CandidatesInformedOn);

/// <summary>A component's band and whether it is final (no marking, committee decision or resit outstanding).</summary>
public sealed record ComponentResult(string Code, ResultBand Band, bool IsFinal);

/// <summary>Overall outcome of the exam (art. 8.6, 9.2).</summary>
public enum OverallStatus
{
    Pending,
    Passed,
    Failed,
}

/// <summary>Overall result: final only when every component of the blueprint has a final result.</summary>
public sealed record OverallResult(OverallStatus Status, bool IsFinal, IReadOnlyList<ComponentResult> Components);

/// <summary>Rules on results, inspection and retention (art. 6.4, 9, 10).</summary>
public static class ResultRules
{
    /// <summary>Art. 9.1: results within 4 weeks after the exam period, unless the director set a new term.</summary>
    public static DateOnly ResultsDue(DateOnly examPeriodEnd, ResultsTermExtension? extension, WorkingDayCalendar calendar, ExamRegulation regulation) =>
        extension?.NewDueDate ?? calendar.WeeksDeadline(examPeriodEnd, regulation.ResultsWithinWeeks);

    /// <summary>Art. 9.1: a new term lies after the original and must be told to the candidates.</summary>
    public static Result CheckExtension(DateOnly examPeriodEnd, ResultsTermExtension extension, WorkingDayCalendar calendar, ExamRegulation regulation)
    {
        var original = calendar.WeeksDeadline(examPeriodEnd, regulation.ResultsWithinWeeks);
        var errors = new List<DomainError>();
        if (extension.NewDueDate <= original)
        {
            errors.Add(new("exams.results.term-not-later", $"A new term must end after the original term ({original:yyyy-MM-dd}).", "Examenreglement 9.1") { Args = [original] });
        }

        if (string.IsNullOrWhiteSpace(extension.Reason))
        {
            errors.Add(new("exams.results.term-reason", "A new term states why the original one is not met.", "Examenreglement 9.1"));
        }

        if (extension.CandidatesInformedOn is null)
        {
            errors.Add(new("exams.results.candidates-not-informed", "The candidates must be told of the new term.", "Examenreglement 9.1"));
        }

        return Result.From(errors);
    }

    /// <summary>Art. 6.4: without full payment the candidate may sit, but results are not released and no diploma is issued.</summary>
    public static Result CheckRelease(bool paymentComplete) =>
        paymentComplete
            ? Result.Ok
            : new DomainError("exams.results.withheld-unpaid", "The result is withheld until the exam fee is paid in full.", "Examenreglement 6.4");

    /// <summary>Art. 8.6, 9.2: passed when every component is at least the pass band; final when every component is final.</summary>
    public static OverallResult Overall(ExamBlueprint blueprint, IReadOnlyList<ComponentResult> results)
    {
        var complete = blueprint.Components.All(c => results.Any(r => r.Code == c.Code));
        var isFinal = complete && results.All(r => r.IsFinal);
        var status = !isFinal
            ? OverallStatus.Pending
            : blueprint.PassRule.Passed(results.Select(r => r.Band)) ? OverallStatus.Passed : OverallStatus.Failed;
        return new(status, isFinal, results);
    }

    /// <summary>Art. 10.1: the last day the candidate may inspect the marked work.</summary>
    public static DateOnly InspectionUntil(DateOnly resultPublishedOn, WorkingDayCalendar calendar, ExamRegulation regulation) =>
        calendar.MonthsDeadline(resultPublishedOn, regulation.InspectionMonths);

    /// <summary>Art. 10.1: inspection is possible from publication until the end of the period.</summary>
    public static Result CheckInspection(DateOnly resultPublishedOn, DateOnly today, WorkingDayCalendar calendar, ExamRegulation regulation)
    {
        var until = InspectionUntil(resultPublishedOn, calendar, regulation);
        return today >= resultPublishedOn && today <= until
            ? Result.Ok
            : new DomainError("exams.inspection.closed", $"Inspection was possible from {resultPublishedOn:yyyy-MM-dd} until {until:yyyy-MM-dd}.", "Examenreglement 10.1") { Args = [resultPublishedOn, until] };
    }

    /// <summary>Art. 10.3: the date from which candidate work is deleted.</summary>
    public static DateOnly WorkDeletionDate(DateOnly examDate, ExamRegulation regulation) =>
        examDate.AddMonths(regulation.WorkRetentionMonths);

    /// <summary>
    /// Art. 10.3: candidate work may be deleted once six months have passed since the exam, except
    /// while an objection or appeal about it is open (the work is its evidence), or while a timely
    /// inspection request about it is still to be held (10.1, see <see cref="InspectionRules"/>).
    /// </summary>
    public static Result CheckWorkDeletion(DateOnly examDate, DateOnly today, bool objectionOrAppealOpen, bool inspectionPending, ExamRegulation regulation)
    {
        var from = WorkDeletionDate(examDate, regulation);
        if (today < from)
        {
            return new DomainError("exams.retention.too-early", $"Candidate work is kept until {from:yyyy-MM-dd}.", "Examenreglement 10.3") { Args = [from] };
        }

        if (objectionOrAppealOpen)
        {
            return new DomainError("exams.retention.case-open", "Candidate work is kept while an objection or appeal is open.", "Examenreglement 10.3, 14, 15");
        }

        return inspectionPending
            ? new DomainError("exams.retention.inspection-pending", "Candidate work is kept while an inspection of it is requested or scheduled.", "Examenreglement 10.1, 10.3")
            : Result.Ok;
    }
}
