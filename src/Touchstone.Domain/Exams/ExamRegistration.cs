using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>States of a candidate's registration for one exam session.</summary>
public enum RegistrationState
{
    /// <summary>Registered (via the trainer course, collectively by the training provider, or a resit) (art. 6.4, 6.5).</summary>
    Registered,

    /// <summary>Cancelled in writing before the exam (art. 6.7).</summary>
    Cancelled,

    /// <summary>Excluded before the exam because of a fraud exclusion (art. 7.9).</summary>
    Excluded,

    /// <summary>Identified and admitted; signed the attendance list (art. 7.7).</summary>
    Present,

    /// <summary>Did not appear (art. 7.1).</summary>
    Absent,

    /// <summary>Refused at the start: late, unidentified, or without required materials (art. 7.3, 7.6).</summary>
    Refused,

    /// <summary>Further participation refused during the exam (art. 7.8).</summary>
    Removed,

    /// <summary>Sat the exam and handed in the work (art. 7.11).</summary>
    Completed,

    /// <summary>The exam was declared invalid, on the day (7.8) or afterwards for fraud (7.9).</summary>
    Invalidated,
}

/// <summary>Who acts on a registration.</summary>
public enum RegistrationActor
{
    TrainingProvider,
    BackOffice,
    Examiner,
    Director,
}

/// <summary>An allowed transition, who may make it, whether a reason is required and the article it rests on.</summary>
public sealed record RegistrationTransition(RegistrationState From, RegistrationState To, IReadOnlyList<RegistrationActor> Actors, bool ReasonRequired, string Rule);

/// <summary>One recorded transition (audit: who, when, what, why).</summary>
public sealed record RegistrationEvent(RegistrationState From, RegistrationState To, RegistrationActor Actor, string ActorId, DateTimeOffset At, string? Reason);

/// <summary>The one place that lists the transitions of an exam registration.</summary>
public static class RegistrationTransitions
{
    private static readonly RegistrationActor[] Office = [RegistrationActor.TrainingProvider, RegistrationActor.BackOffice];
    private static readonly RegistrationActor[] Examiner = [RegistrationActor.Examiner];
    private static readonly RegistrationActor[] Director = [RegistrationActor.Director];

    public static IReadOnlyList<RegistrationTransition> Table { get; } =
    [
        new(RegistrationState.Registered, RegistrationState.Cancelled, Office, false, "Examenreglement 6.7"),
        new(RegistrationState.Registered, RegistrationState.Excluded, [RegistrationActor.Director, RegistrationActor.BackOffice], true, "Examenreglement 7.9"),
        new(RegistrationState.Registered, RegistrationState.Present, Examiner, false, "Examenreglement 7.7"),
        new(RegistrationState.Registered, RegistrationState.Absent, Examiner, false, "Examenreglement 7.1"),
        new(RegistrationState.Registered, RegistrationState.Refused, Examiner, true, "Examenreglement 7.3, 7.6"),
        new(RegistrationState.Present, RegistrationState.Removed, Examiner, true, "Examenreglement 7.8"),
        new(RegistrationState.Present, RegistrationState.Completed, Examiner, false, "Examenreglement 7.11"),
        new(RegistrationState.Present, RegistrationState.Invalidated, Examiner, true, "Examenreglement 7.8"),
        new(RegistrationState.Removed, RegistrationState.Invalidated, [RegistrationActor.Examiner, RegistrationActor.Director], true, "Examenreglement 7.8"),
        new(RegistrationState.Completed, RegistrationState.Invalidated, Director, true, "Examenreglement 7.9"),
    ];

    /// <summary>The transition, or an error naming why it is not allowed.</summary>
    public static Result<RegistrationTransition> Find(RegistrationState from, RegistrationState to, RegistrationActor actor)
    {
        var transition = Table.FirstOrDefault(t => t.From == from && t.To == to);
        if (transition is null)
        {
            return new DomainError("exams.registration.transition-not-allowed", $"A registration cannot go from {from} to {to}.", "Examenreglement 6-7") { Args = [from, to] };
        }

        return transition.Actors.Contains(actor)
            ? transition
            : new DomainError("exams.registration.actor-not-allowed", $"{actor} may not move a registration from {from} to {to}.", transition.Rule) { Args = [actor, from, to] };
    }
}

/// <summary>A candidate's registration for one exam session, with its history.</summary>
public sealed class ExamRegistration
{
    public required string CandidateId { get; init; }

    public required DateOnly ExamDate { get; init; }

    public RegistrationState State { get; set; } = RegistrationState.Registered;

    public List<RegistrationEvent> History { get; init; } = [];

    /// <summary>Moves the registration if the table allows it for this actor; records the event.</summary>
    public Result Transition(RegistrationState to, RegistrationActor actor, string actorId, DateTimeOffset now, string? reason = null)
    {
        var found = RegistrationTransitions.Find(State, to, actor);
        if (!found.IsSuccess)
        {
            return Result.Failure([.. found.Errors]);
        }

        if (found.Value.ReasonRequired && string.IsNullOrWhiteSpace(reason))
        {
            return new DomainError("exams.registration.reason-required", $"Moving to {to} needs a reason.", found.Value.Rule) { Args = [to] };
        }

        History.Add(new(State, to, actor, actorId, now, reason));
        State = to;
        return Result.Ok;
    }
}
