using Touchstone.Domain.Common;

namespace Touchstone.Domain.PersonCertification;

/// <summary>An extension of the report term, recorded with its reason and when the candidate was told.</summary>
public sealed record ReportExtension(DateOnly NewDueDate, string Reason, Guid GrantedBy, DateTimeOffset CandidateNotifiedAt);

/// <summary>
/// The report term: due <see cref="CmcScheme.ReportDueDays"/> days after the assessment ("in principe binnen 2 weken"),
/// later when extended; the candidate must be told of each extension ("Wanneer meer tijd nodig is word je daarvan op de hoogte gebracht").
/// </summary>
public sealed class ReportTerm
{
    private const string Rule = "CMC-reglement: na een assessment";
    private readonly List<ReportExtension> _extensions = [];

    public ReportTerm(DateOnly assessmentDate, CmcScheme scheme)
    {
        AssessmentDate = assessmentDate;
        OriginalDueDate = assessmentDate.AddDays(scheme.ReportDueDays);
    }

    public DateOnly AssessmentDate { get; }
    public DateOnly OriginalDueDate { get; }
    public IReadOnlyList<ReportExtension> Extensions => _extensions;
    public DateOnly DueDate => _extensions.Count == 0 ? OriginalDueDate : _extensions[^1].NewDueDate;

    /// <summary>True when no report was submitted and the due date has passed.</summary>
    public bool IsOverdue(DateOnly today, DateOnly? submittedOn) => submittedOn is null ? today > DueDate : submittedOn > DueDate;

    /// <summary>Extends the term. Needs a reason, a later date, and the moment the candidate was notified.</summary>
    public Result Extend(DateOnly newDueDate, string reason, Guid grantedBy, DateTimeOffset? candidateNotifiedAt)
    {
        if (newDueDate <= DueDate)
        {
            return new DomainError("cmc.report.extension-not-later", $"The new due date must be after {DueDate:yyyy-MM-dd}.", Rule) { Args = [DueDate] };
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new DomainError("cmc.report.extension-reason-required", "An extension needs a reason.", Rule);
        }

        if (candidateNotifiedAt is null)
        {
            return new DomainError("cmc.report.candidate-not-notified", "The candidate must be told that more time is needed.", Rule);
        }

        _extensions.Add(new(newDueDate, reason.Trim(), grantedBy, candidateNotifiedAt.Value));
        return Result.Ok;
    }
}

public enum AdviceKind
{
    Positive,
    Negative,
}

/// <summary>
/// The assessors' advice: positive (they nominate the candidate, with grounds) or negative (insufficient,
/// with a clear rationale) (seed 000, "De conclusie van het verslag heeft twee mogelijkheden").
/// </summary>
public sealed record AssessmentAdvice(AdviceKind Kind, string Motivation)
{
    private const string Rule = "CMC-reglement: na een assessment";

    public static Result<AssessmentAdvice> Positive(string grounds) =>
        string.IsNullOrWhiteSpace(grounds)
            ? new DomainError("cmc.advice.grounds-required", "A positive advice states the grounds for nominating the candidate.", Rule)
            : new AssessmentAdvice(AdviceKind.Positive, grounds.Trim());

    public static Result<AssessmentAdvice> Negative(string rationale) =>
        string.IsNullOrWhiteSpace(rationale)
            ? new DomainError("cmc.advice.rationale-required", "A negative advice gives a clear rationale.", Rule)
            : new AssessmentAdvice(AdviceKind.Negative, rationale.Trim());
}

/// <summary>The assessment report, shared with the candidate and the decision-maker.</summary>
public sealed record AssessmentReport(IReadOnlyList<Guid> AssessorIds, DateOnly SubmittedOn, AssessmentAdvice Advice, string Text);

public enum DecisionOutcome
{
    Granted,
    Refused,
}

/// <summary>The certification decision (seed 000: the advice goes to the certificatiebeslisser).</summary>
public sealed record CertificationDecision(Guid DecisionMakerId, DecisionOutcome Outcome, DateOnly DecidedOn, string Motivation)
{
    private const string Rule = "CMC-reglement: certificatiebeslisser";

    /// <summary>
    /// Takes the decision. The decision-maker may not have assessed this candidate. Deviating from the advice
    /// needs a motivation (interpretation: the seed is silent; a decision against the advice must be explained).
    /// With an exemption there is no report: <paramref name="report"/> is null and the motivation is required.
    /// </summary>
    public static Result<CertificationDecision> Take(Guid decisionMakerId, IReadOnlyCollection<Guid> assessorsOfCandidate, AssessmentReport? report, DecisionOutcome outcome, DateOnly today, string? motivation)
    {
        if (assessorsOfCandidate.Contains(decisionMakerId))
        {
            return new DomainError("cmc.decision.decision-maker-was-assessor", "The decision-maker assessed this candidate and may not decide.", Rule);
        }

        var follows = report is not null &&
            (report.Advice.Kind == AdviceKind.Positive) == (outcome == DecisionOutcome.Granted);
        if (!follows && string.IsNullOrWhiteSpace(motivation))
        {
            return report is null
                ? new DomainError("cmc.decision.motivation-required-no-report", "A decision without an assessment report needs a motivation.", Rule)
                : new DomainError("cmc.decision.motivation-required", "A decision against the assessors' advice needs a motivation.", Rule);
        }

        return new CertificationDecision(decisionMakerId, outcome, today, string.IsNullOrWhiteSpace(motivation) ? report!.Advice.Motivation : motivation.Trim());
    }
}

/// <summary>What the assessors are told about a report that is not yet in (CMC-reglement: na een assessment, report "binnen 2 weken").</summary>
public enum ReportReminderKind
{
    /// <summary><see cref="CmcScheme.ReportReminderDaysBeforeDue"/> days before the due date (our design).</summary>
    DueSoon,
    /// <summary>From the day after the due date (our design).</summary>
    Overdue,
}

/// <summary>
/// The reminders to the assessors about the report term. Each goes once per due date: the markers hold the due date a
/// reminder was sent for, so a term extension (a new due date) starts the reminders afresh.
/// </summary>
public static class ReportReminders
{
    public static ReportReminderKind? Due(DateOnly dueDate, DateOnly today, DateOnly? dueSoonSentFor, DateOnly? overdueSentFor, CmcScheme scheme)
    {
        if (today > dueDate)
        {
            return overdueSentFor == dueDate ? null : ReportReminderKind.Overdue;
        }

        return today >= dueDate.AddDays(-scheme.ReportReminderDaysBeforeDue) && dueSoonSentFor != dueDate ? ReportReminderKind.DueSoon : null;
    }
}
