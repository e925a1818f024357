using Touchstone.Domain.Calendar;
using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>The course of a request to inspect marked work (art. 10.1): requested, then scheduled and held, or refused.</summary>
public enum InspectionStatus
{
    Requested,
    Scheduled,
    Held,
    Refused,
}

/// <summary>A component the candidate asks to inspect, with the date its result was published (sent).</summary>
public sealed record InspectionComponent(string Code, DateOnly? ResultSentOn);

/// <summary>
/// Art. 10.1: the candidate may inspect the marking of his exam work for three months after the result was
/// published; Cinses decides how, and the inspection always takes place at its office in The Hague; the right is
/// personal. The request must be made within the three months; the appointment Cinses makes for it may fall after
/// them (a timely request is not lost by the planning).
/// <para>
/// Retention (10.3): the work is kept until six months after the exam. While a timely request is open (requested
/// or scheduled) the work it concerns is not deleted, even after those six months, since deleting it would defeat
/// the right of 10.1 — the same hold as for an open objection or appeal (see <see cref="ResultRules.CheckWorkDeletion"/>).
/// </para>
/// </summary>
public static class InspectionRules
{
    private const string Rule = "Examenreglement 10.1";

    /// <summary>Requested or scheduled: the inspection is still to come.</summary>
    public static bool IsPending(InspectionStatus status) => status is InspectionStatus.Requested or InspectionStatus.Scheduled;

    /// <summary>Art. 10.1: a request names at least one component whose result was published, within three months, and none is open already.</summary>
    public static Result CheckRequest(IReadOnlyCollection<InspectionComponent> components, bool requestOpen, DateOnly today, WorkingDayCalendar calendar, ExamRegulation regulation)
    {
        var errors = new List<DomainError>();
        if (components.Count == 0)
        {
            errors.Add(new("exams.inspection.no-component", "Choose the component(s) whose marked work you want to inspect.", Rule));
        }

        foreach (var component in components)
        {
            if (component.ResultSentOn is not { } sentOn)
            {
                errors.Add(new("exams.inspection.no-result", $"The result of {component.Code} has not been published; inspection is possible once it has.", Rule) { Args = [component.Code] });
                continue;
            }

            // Components published together give the same error once.
            foreach (var error in ResultRules.CheckInspection(sentOn, today, calendar, regulation).Errors.Where(e => !errors.Contains(e)).ToList())
            {
                errors.Add(error);
            }
        }

        if (requestOpen)
        {
            errors.Add(new("exams.inspection.already-open", "An inspection request for this exam is already open.", Rule));
        }

        return Result.From(errors);
    }

    /// <summary>Art. 10.1: Cinses sets the moment; a pending request is scheduled (or moved) to a moment still to come.</summary>
    public static Result CheckSchedule(InspectionStatus status, DateTimeOffset at, DateTimeOffset now)
    {
        if (!IsPending(status))
        {
            return NotOpen(status);
        }

        return at > now
            ? Result.Ok
            : new DomainError("exams.inspection.in-past", $"An inspection is scheduled for a moment still to come, not {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC.", Rule) { Args = [at] };
    }

    /// <summary>An inspection is recorded as held only once scheduled and once its moment has come.</summary>
    public static Result CheckHeld(InspectionStatus status, DateTimeOffset? scheduledAt, DateTimeOffset now)
    {
        if (status != InspectionStatus.Scheduled || scheduledAt is not { } at)
        {
            return new DomainError("exams.inspection.not-scheduled", "Only a scheduled inspection can be recorded as held.", Rule);
        }

        return now >= at
            ? Result.Ok
            : new DomainError("exams.inspection.not-yet", $"The inspection is scheduled for {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC; it cannot have been held yet.", Rule) { Args = [at] };
    }

    /// <summary>A pending request may be refused (for instance: not the candidate himself, the right is personal), always with the reason.</summary>
    public static Result CheckRefusal(InspectionStatus status, string? reason)
    {
        if (!IsPending(status))
        {
            return NotOpen(status);
        }

        return string.IsNullOrWhiteSpace(reason)
            ? new DomainError("exams.inspection.refusal-reason", "A refusal states its reason.", Rule)
            : Result.Ok;
    }

    private static DomainError NotOpen(InspectionStatus status) =>
        new("exams.inspection.closed-request", $"The request is {status} and can no longer be changed.", Rule) { Args = [status] };
}
