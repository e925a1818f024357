using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Adds a document to the dossier (BOX): checked by <see cref="UploadPolicy.Documents"/> before anything is stored.</summary>
public sealed record AddDossierDocument(Guid ApplicationId, DossierDocument Type, string FileName, byte[] Content);

public sealed class AddDossierDocumentHandler(TouchstoneDbContext db, FileStore files, TimeProvider time)
{
    public async Task<Result> HandleAsync(AddDossierDocument command, CmcActor actor, CancellationToken ct)
    {
        var app = await CmcLookups.LoadAsync(db, command.ApplicationId, ct);
        if (app is null)
        {
            return CmcLookups.NotFound();
        }

        var mayUpload = app.CandidateUserId == actor.UserId
            || (actor.Has(CmcRole.OrganisationContact) && app.OrganisationId == actor.OrganisationId)
            || actor.Has(CmcRole.BackOffice);
        if (!mayUpload)
        {
            return CmcActor.NotAllowed("upload documents");
        }

        if (CmcProcess.FinalStates.Contains(app.State) || app.State == CmcApplicationState.Granted)
        {
            return new DomainError("cmc.dossier.closed", "The application is closed; the dossier can no longer change.");
        }

        var stored = files.Add(command.FileName, command.Content, UploadPolicy.Documents);
        if (!stored.IsSuccess)
        {
            return Result.Failure([.. stored.Errors]);
        }

        app.Documents.Add(new CmcDossierDocumentRecord
        {
            ApplicationId = app.Id,
            Type = command.Type,
            FileId = stored.Value.Id,
            FileName = stored.Value.FileName,
            AddedOn = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            AddedBy = actor.UserId,
        });
        await db.Because($"Dossier document added: {command.Type}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
