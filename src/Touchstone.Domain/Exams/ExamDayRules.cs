using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>How a candidate entered the exam room (art. 7.1, 7.6).</summary>
public enum EntryDecision
{
    /// <summary>Present before the start (art. 7.1).</summary>
    OnTime,

    /// <summary>Arrived after the start and admitted by the examiner; the lost time is not made up.</summary>
    AdmittedLate,

    /// <summary>Arrived after the start and refused by the examiner (art. 7.6).</summary>
    RefusedLate,
}

/// <summary>
/// The exam-day rules of art. 7.1, 7.6 and 7.7.
/// <para>
/// Late entry. Art. 7.1 requires the candidate to be present before the start of the exam component; art. 7.6
/// lets the examiner refuse a latecomer. The regulation sets no grace period after the start and does not give a
/// latecomer extra time: admitting him is the examiner's choice, and the component ends at its planned time —
/// the start plus the duration set by the committee (6.3) plus any extra time approved under 6.2. Only the
/// arrival time decides whether the candidate is late; a candidate who arrives when the component has ended
/// cannot be admitted to it.
/// </para>
/// <para>
/// Data confirmation. Art. 7.7: the candidate checks his data on the attendance list (name and date of birth as
/// registered) and signs it for approval; corrections he gives are recorded with it. The check happens before or
/// during the exam, so it is recorded at admission or while the candidate is present, and it must be on record
/// before the work is handed in (7.11).
/// </para>
/// </summary>
public static class ExamDayRules
{
    private const string LateRule = "Examenreglement 7.1, 7.6";
    private const string DataRule = "Examenreglement 7.7";

    /// <summary>Art. 7.1: the candidate is present before the start; arriving after the start minute is late.</summary>
    public static bool IsLate(TimeOnly startsAt, TimeOnly arrivedAt) => arrivedAt > startsAt;

    /// <summary>Art. 6.2, 6.3: the planned end of the component for this candidate; a late arrival does not move it.</summary>
    public static TimeOnly EndsAt(TimeOnly startsAt, int durationMinutes, int approvedExtraMinutes) =>
        startsAt.AddMinutes(durationMinutes + approvedExtraMinutes);

    /// <summary>
    /// Art. 7.1, 7.6: admission at the arrival time. On time before or at the start; after the start the examiner
    /// admits late (no extra time); after the planned end there is nothing left to sit.
    /// </summary>
    public static Result<EntryDecision> Admit(TimeOnly startsAt, TimeOnly arrivedAt, TimeOnly endsAt)
    {
        if (!IsLate(startsAt, arrivedAt))
        {
            return EntryDecision.OnTime;
        }

        return arrivedAt >= endsAt
            ? new DomainError("exams.entry.after-end", $"The candidate arrived at {arrivedAt:HH:mm}, when the component had ended ({endsAt:HH:mm}); he cannot be admitted.", LateRule) { Args = [arrivedAt, endsAt] }
            : EntryDecision.AdmittedLate;
    }

    /// <summary>Art. 7.6: only a candidate who arrived after the start can be refused for being late.</summary>
    public static Result<EntryDecision> RefuseLate(TimeOnly startsAt, TimeOnly arrivedAt) =>
        IsLate(startsAt, arrivedAt)
            ? EntryDecision.RefusedLate
            : new DomainError("exams.entry.not-late", $"The candidate arrived at {arrivedAt:HH:mm}, not after the start at {startsAt:HH:mm}: he is not late.", LateRule) { Args = [arrivedAt, startsAt] };

    /// <summary>Art. 7.7: a confirmation is the candidate's signature for approval; corrections he gives are kept with it.</summary>
    public static Result CheckDataConfirmation(bool signedByCandidate) =>
        signedByCandidate
            ? Result.Ok
            : new DomainError("exams.data.not-signed", "The candidate checks his name and date of birth on the attendance list and signs it; record his signature and any corrections he gives.", DataRule);

    /// <summary>Art. 7.7, 7.11: the work is handed in only once the candidate has confirmed his data.</summary>
    public static Result CheckHandIn(bool dataConfirmed) =>
        dataConfirmed
            ? Result.Ok
            : new DomainError("exams.data.not-confirmed", "The candidate has not yet checked and signed his data on the attendance list.", DataRule);
}
