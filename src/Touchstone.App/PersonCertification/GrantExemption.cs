using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Back office records the exemption from the assessment with its ground (employment with or contract to an ACP practice).</summary>
public sealed record GrantExemption(Guid ApplicationId, ExemptionGroundKind Kind, Guid PracticeId, string Evidence);

public sealed class GrantExemptionHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(GrantExemption command, CmcActor actor, CancellationToken ct)
    {
        var app = await CmcLookups.LoadAsync(db, command.ApplicationId, ct);
        if (app is null)
        {
            return CmcLookups.NotFound();
        }

        if (!actor.Has(CmcRole.BackOffice))
        {
            return CmcActor.NotAllowed("grant an exemption");
        }

        var now = time.GetUtcNow();
        var ground = new ExemptionGround(command.Kind, command.PracticeId, command.Evidence ?? "");
        var employer = await db.Users.AsNoTracking().Where(u => u.Id == app.CandidateUserId).Select(u => u.OrganisationId).FirstOrDefaultAsync(ct);
        var valid = ground.Validate(await CmcLookups.RegisterAsync(db, OrganisationKind.AcpPractice, ct), employer, DateOnly.FromDateTime(now.UtcDateTime));
        var taken = valid.IsSuccess ? app.Take(CmcStep.GrantExemption, CmcRole.BackOffice, actor.UserId, now, $"{command.Kind}: {command.Evidence}") : valid;
        if (!taken.IsSuccess)
        {
            // An exemption from the assessment refused on its ground or at this stage is audited.
            var refused = await CmcLookups.RecordRefusalAsync(db, nameof(CmcApplicationRecord), app.Id.ToString(), "ExemptionRefused", taken.Errors, ct);
            return Result.Failure([.. refused]);
        }

        app.ExemptionKind = command.Kind;
        app.ExemptionEvidence = command.Evidence!.Trim();
        await db.Because("CMC exemption from the assessment").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
