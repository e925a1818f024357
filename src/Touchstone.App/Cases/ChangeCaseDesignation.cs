using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

public sealed record ChangeCaseDesignation(Guid CaseId, string UserId, bool Designate);

/// <summary>The director designates (or withdraws) a staff member who may see and handle one confidential complaint.</summary>
public sealed class ChangeCaseDesignationHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(ChangeCaseDesignation command, CaseActor actor, CancellationToken ct)
    {
        if (!actor.IsDirector)
        {
            return new DomainError("cases.designation.director-only", "Only the director designates who handles a complaint.", "Examenreglement 13.1");
        }

        var dossier = await db.Set<CaseDossier>().FirstOrDefaultAsync(d => d.Id == command.CaseId, ct);
        if (dossier is null)
        {
            return new DomainError("cases.not-found", "No such case.");
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == command.UserId, ct);
        if (user is null)
        {
            return new DomainError("cases.designation.unknown-user", "Unknown account.");
        }

        var existing = await db.Set<CaseDesignation>().FirstOrDefaultAsync(x => x.CaseId == command.CaseId && x.UserId == command.UserId, ct);
        if (command.Designate && existing is null)
        {
            db.Add(new CaseDesignation { CaseId = command.CaseId, UserId = command.UserId, DesignatedBy = actor.Id, DesignatedAt = time.GetUtcNow() });
        }
        else if (!command.Designate && existing is not null)
        {
            db.Remove(existing);
        }
        else
        {
            return Result.Ok;
        }

        dossier.LastChangedAt = time.GetUtcNow();
        var verb = command.Designate ? "designated to handle" : "no longer handles";
        await db.Because($"{user.DisplayName} {verb} {dossier.Reference}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
