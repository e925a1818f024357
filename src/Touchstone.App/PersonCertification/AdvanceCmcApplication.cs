using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// A step that needs no more data than a note: accept the contract, complete the dossier (checked against the
/// route's checklist), request the dossier review, record the assessment held (on or after its planned date), register, withdraw.
/// </summary>
public sealed record AdvanceCmcApplication(Guid ApplicationId, CmcStep Step, string? Note = null);

public sealed class AdvanceCmcApplicationHandler(TouchstoneDbContext db, TimeProvider time)
{
    private static readonly CmcStep[] Simple =
        [CmcStep.AcceptContract, CmcStep.CompleteDossier, CmcStep.RequestReview, CmcStep.RecordAssessmentHeld, CmcStep.Register, CmcStep.Withdraw];

    public async Task<Result> HandleAsync(AdvanceCmcApplication command, CmcActor actor, CancellationToken ct)
    {
        if (!Simple.Contains(command.Step))
        {
            throw new ArgumentException($"{command.Step} has its own use case.", nameof(command));
        }

        var app = await CmcLookups.LoadAsync(db, command.ApplicationId, ct);
        if (app is null)
        {
            return CmcLookups.NotFound();
        }

        if (command.Step == CmcStep.RecordAssessmentHeld && actor.Has(CmcRole.Assessor) && !app.IsAssessor(actor.UserId))
        {
            return CmcApplication.NotAPlannedAssessor();
        }

        if (CmcLookups.RoleFor(actor, app, command.Step) is not { } role)
        {
            // The domain names the roles that may; an actor outside the application gets the plain refusal.
            var anyRole = actor.Roles.Count > 0 && CmcLookups.MaySee(actor, app) ? actor.Roles.First() : CmcRole.Candidate;
            var why = CmcProcess.Next(app.Route, app.State, command.Step, anyRole);
            return why.IsSuccess ? CmcActor.NotAllowed(command.Step.ToString()) : Result.Failure([.. why.Errors]);
        }

        var now = time.GetUtcNow();
        if (command.Step == CmcStep.RecordAssessmentHeld && app.AssessmentDate is { } plannedOn)
        {
            var held = CmcApplication.MayRecordHeld(plannedOn, DateOnly.FromDateTime(now.UtcDateTime));
            if (!held.IsSuccess)
            {
                return Result.Failure([.. await CmcLookups.RecordRefusalAsync(db, nameof(CmcApplicationRecord), app.Id.ToString(), "AssessmentHeldRefused", held.Errors, ct)]);
            }
        }

        if (command.Step == CmcStep.CompleteDossier)
        {
            var missing = DossierChecklist.Missing(app.Route, app.Documents.Select(d => d.Type), app.ExemptionClaimed);
            if (missing.Count > 0)
            {
                return Result.Failure(missing.Select(m => new DomainError("cmc.dossier.missing", $"Missing: {m.Document}. {m.Reason}", m.Rule) { Args = [m.Document, m.Reason] }).ToArray());
            }
        }

        if (command.Step == CmcStep.Withdraw && string.IsNullOrWhiteSpace(command.Note))
        {
            return new DomainError("cmc.withdraw.reason-required", "Give a reason for withdrawing the application.");
        }

        var taken = app.Take(command.Step, role, actor.UserId, now, command.Note?.Trim());
        if (!taken.IsSuccess)
        {
            return taken;
        }

        if (command.Step == CmcStep.Register && app.CertificateNumber is { } number)
        {
            var certificate = await db.Set<CmcCertificateRecord>().Include(c => c.Tokens).FirstAsync(c => c.Number == number, ct);
            certificate.RegisteredAt = now;
            certificate.RefreshTokens();
        }

        await db.Because($"CMC {command.Step}" + (command.Note is null ? "" : ": " + command.Note)).SaveChangesAsync(ct);
        return Result.Ok;
    }
}
