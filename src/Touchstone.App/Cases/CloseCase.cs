using Touchstone.App.Data;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

/// <summary>Closes a decided case (an upheld appeal only after its follow-up is recorded).</summary>
public sealed class CloseCaseHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(Guid caseId, CaseActor actor, CancellationToken ct)
    {
        var dossier = await CaseAccess.FindVisibleAsync(db, caseId, actor, ct);
        if (dossier is null)
        {
            return new DomainError("cases.not-found", "No such case.");
        }

        var c = dossier.Case;
        var closed = c.Close(actor.RoleFor(c, c.State, CaseState.Closed), actor.Name, CaseClock.Today(time));
        if (!closed.IsSuccess)
        {
            return closed;
        }

        dossier.LastChangedAt = time.GetUtcNow();
        await ExamResultLink.SyncHoldAsync(db, dossier.ExamComponentId, ct);
        await db.Because($"{dossier.Reference} closed").SaveChangesAsync(ct);
        return Result.Ok;
    }
}

public sealed record RecordFollowUp(Guid CaseId, string FollowUp);

/// <summary>Records how the appeals board's binding ruling was carried out (Examenreglement 15).</summary>
public sealed class RecordFollowUpHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(RecordFollowUp command, CaseActor actor, CancellationToken ct)
    {
        var dossier = await CaseAccess.FindVisibleAsync(db, command.CaseId, actor, ct);
        if (dossier is null)
        {
            return new DomainError("cases.not-found", "No such case.");
        }

        if (string.IsNullOrWhiteSpace(command.FollowUp))
        {
            return new DomainError("cases.follow-up.required", "Describe how the ruling was carried out.");
        }

        var recorded = dossier.Case.RecordFollowUp(command.FollowUp.Trim(), actor.StaffRole, actor.Name, CaseClock.Today(time));
        if (!recorded.IsSuccess)
        {
            return recorded;
        }

        dossier.LastChangedAt = time.GetUtcNow();
        await db.Because($"{dossier.Reference}: follow-up of the board's ruling recorded").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
