using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>
/// Who may take the decisions the Examenreglement gives to the director or the exam committee. The back office
/// administers the exam but decides none of these: a request for a special arrangement (6.2, 4.8), fraud found after
/// the exam (7.9) and a new term for the results (9.1).
/// </summary>
public static class ExamAuthority
{
    /// <summary>
    /// Art. 6.2, 4.8: the director decides on extra time, reading aloud and a dictionary; the committee (binding advice) on a
    /// medical request for another form of exam. <paramref name="actingAs"/> is null when the person is neither.
    /// </summary>
    public static Result CheckAccommodationDecider(AccommodationKind kind, AccommodationDecider? actingAs)
    {
        var decider = kind == AccommodationKind.Medical ? AccommodationDecider.ExamCommittee : AccommodationDecider.Director;
        return actingAs == decider
            ? Result.Ok
            : new DomainError("exams.accommodation.wrong-decider", $"A {kind} request is decided by the {decider}.", "Examenreglement 6.2") { Args = [kind, decider] };
    }

    /// <summary>
    /// Art. 7.8, 7.9: on the exam day the examiner declares the exam invalid; fraud found afterwards is established by the
    /// director, with its consequences (invalid exam, diploma revoked, five years' exclusion).
    /// </summary>
    public static Result CheckFraudFinding(RegistrationActor actor) =>
        actor is RegistrationActor.Director or RegistrationActor.Examiner
            ? Result.Ok
            : new DomainError("exams.fraud.director", "Fraud found after the exam is established by the director.", "Examenreglement 7.9");

    /// <summary>Art. 9.1: when the four weeks cannot be met, the director sets the new term.</summary>
    public static Result CheckResultsTerm(RegistrationActor actor) =>
        actor == RegistrationActor.Director
            ? Result.Ok
            : new DomainError("exams.results.term-director", "Only the director sets a new term for the results.", "Examenreglement 9.1");
}
