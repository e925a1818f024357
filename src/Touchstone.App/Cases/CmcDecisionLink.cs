using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Cases;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Cases;

/// <summary>The CMC application an objection contests, with its decision as far as it was taken.</summary>
public sealed record CmcDecisionTarget(Guid ApplicationId, string CandidateName, CmcApplicationState State, DecisionOutcome? Decision, DateOnly? DecidedOn)
{
    /// <summary>The decision was taken and sent: the objection terms count from <see cref="DecidedOn"/>.</summary>
    public bool IsDecided => Decision is not null && DecidedOn is not null;
}

/// <summary>
/// Links an objection against a CMC certification decision to the application it is about: the counterpart of
/// <see cref="ExamResultLink"/>. The decision's date is the date it was sent (<see cref="DecideCmcHandler"/> queues the
/// letter to the candidate in the same save), so the case's reference date — from which the objection terms are
/// computed and against which "not before the decision was known" is judged (Examenreglement 14, 16.3 by analogy) —
/// is the decision date, not what the letter or the form said.
/// </summary>
public static class CmcDecisionLink
{
    /// <summary>Whether cases of this type and scheme contest a CMC certification decision.</summary>
    public static bool Applies(CaseType type, string schemeCode) =>
        type == CaseType.Objection && string.Equals(schemeCode, Schemes.Cmc, StringComparison.OrdinalIgnoreCase);

    public static Task<CmcDecisionTarget?> FindAsync(TouchstoneDbContext db, Guid? applicationId, CancellationToken ct) =>
        applicationId is not { } id
            ? Task.FromResult<CmcDecisionTarget?>(null)
            : db.Set<CmcApplicationRecord>().AsNoTracking().Where(a => a.Id == id)
                .Select(a => new CmcDecisionTarget(a.Id, a.CandidateName, a.State, a.Decision, a.DecidedOn)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The applications staff choose from: every refused application, newest decision first. A grant is not offered: it
    /// cannot be objected against (<see cref="CertificationObjection"/>).
    /// </summary>
    public static async Task<IReadOnlyList<CmcDecisionTarget>> DecidedAsync(TouchstoneDbContext db, CancellationToken ct) =>
        await db.Set<CmcApplicationRecord>().AsNoTracking().Where(a => a.Decision == DecisionOutcome.Refused && a.DecidedOn != null)
            .OrderByDescending(a => a.DecidedOn).ThenBy(a => a.CandidateName)
            .Select(a => new CmcDecisionTarget(a.Id, a.CandidateName, a.State, a.Decision, a.DecidedOn)).ToListAsync(ct);

    /// <summary>
    /// Points the objection at the application and moves the case's reference date to the decision's date when there
    /// is one. Without a decision the case keeps its date; the checklist then declares it premature. A granted decision
    /// is refused (<see cref="CertificationObjection.Contestable"/>).
    /// </summary>
    public static Domain.Common.Result Apply(CaseDossier dossier, CmcDecisionTarget target)
    {
        var contestable = CertificationObjection.Contestable(target.Decision);
        if (!contestable.IsSuccess)
        {
            return contestable;
        }

        // Also without a decision the link may only change before the admissibility ruling (the date then stays).
        var corrected = dossier.Case.CorrectReferenceDate(target.DecidedOn ?? dossier.Case.ReferenceDate);
        if (corrected.IsSuccess)
        {
            dossier.CmcApplicationId = target.ApplicationId;
        }

        return corrected;
    }

    /// <summary>
    /// An upheld (or partly upheld) objection against the refusal that still stands: the decision-maker, told by e-mail when
    /// the objection was decided (<see cref="DecideCaseHandler"/>), has not yet taken the new decision on the application.
    /// </summary>
    public static bool AwaitsNewDecision(Case objection, CmcDecisionTarget target) =>
        objection.Type == CaseType.Objection && objection.Outcome is CaseOutcome.Upheld or CaseOutcome.PartlyUpheld
        && target.State == CmcApplicationState.Refused && target.DecidedOn is { } refusedOn && refusedOn <= objection.ReferenceDate;

    /// <summary>The upheld objections against the current refusal of an application, which let the decision-maker grant.</summary>
    public static Task<bool> HasUpheldObjectionAsync(TouchstoneDbContext db, Guid applicationId, DateOnly? decidedOn, CancellationToken ct) =>
        db.Set<CaseDossier>().AnyAsync(d => d.CmcApplicationId == applicationId
            && (d.Case.Outcome == CaseOutcome.Upheld || d.Case.Outcome == CaseOutcome.PartlyUpheld)
            && (decidedOn == null || d.Case.ReferenceDate >= decidedOn), ct);
}
