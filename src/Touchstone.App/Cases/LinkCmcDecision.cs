using Touchstone.App.Data;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

/// <summary>Staff link an objection to the CMC application whose certification decision it contests.</summary>
public sealed record LinkCmcDecision(Guid CaseId, Guid ApplicationId);

/// <summary>
/// Links the objection to the application (<see cref="CmcDecisionLink"/>): the terms then count from the decision's
/// date. Only before admissibility is judged, so the terms that judged it never change afterwards.
/// </summary>
public sealed class LinkCmcDecisionHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(LinkCmcDecision command, CaseActor actor, CancellationToken ct)
    {
        var dossier = await CaseAccess.FindVisibleAsync(db, command.CaseId, actor, ct);
        if (dossier is null)
        {
            return new DomainError("cases.not-found", "No such case.");
        }

        if (!CmcDecisionLink.Applies(dossier.Case.Type, dossier.Case.SchemeCode))
        {
            return new DomainError("cases.cmc-link.not-applicable", "Only an objection against a CMC certification decision is linked to a CMC application.", "Examenreglement 14 (by analogy)");
        }

        var target = await CmcDecisionLink.FindAsync(db, command.ApplicationId, ct);
        if (target is null)
        {
            return new DomainError("cases.cmc-link.not-found", "No such CMC application.");
        }

        var applied = CmcDecisionLink.Apply(dossier, target);
        if (!applied.IsSuccess)
        {
            return applied;
        }

        dossier.LastChangedAt = time.GetUtcNow();
        await db.Because($"{dossier.Reference} linked to the CMC application of {target.CandidateName} by {actor.Name}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
