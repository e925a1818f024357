using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.Domain.Common;

namespace Touchstone.App.Exams;

public sealed record UploadWork(Guid RegistrationId, string Component, string FileName, byte[] Content);

/// <summary>Stores the candidate's handed-in work for a component (Examenreglement 7.11, kept per 10.3).</summary>
public sealed class UploadWorkHandler(TouchstoneDbContext db, FileStore files)
{
    public async Task<Result> HandleAsync(UploadWork cmd, CancellationToken ct)
    {
        var (registration, _) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        var component = registration?.Components.FirstOrDefault(c => c.Code == cmd.Component);
        if (component is null)
        {
            return LmpExam.NotFound("The component");
        }

        var stored = files.Add(cmd.FileName, cmd.Content, UploadPolicy.Documents);
        if (!stored.IsSuccess)
        {
            return Result.From(stored.Errors);
        }

        component.WorkFileId = stored.Value.Id;
        component.WorkPurgedAt = null;
        await db.Because($"work for {cmd.Component} handed in").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
