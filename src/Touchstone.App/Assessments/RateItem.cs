using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.App.Standards;
using Touchstone.Domain.Common;

namespace Touchstone.App.Assessments;

/// <summary>An uploaded evidence file.</summary>
public sealed record EvidenceUpload(string FileName, byte[] Content);

/// <summary>Rate one item on the assessment's scale, with a comment and optionally a new evidence file.</summary>
public sealed record RateItem(Guid AssessmentId, Guid? ExpectedVersion, string ItemCode, string ValueCode, string Comment, EvidenceUpload? Evidence = null);

/// <summary>
/// Only the rater may rate, only in a draft, only values on the framework's scale. A refused rating is
/// written to the audit trail as well as returned (a rating outside the scale or a change to a finalised
/// assessment is a signal worth keeping).
/// </summary>
public sealed class RateItemHandler(TouchstoneDbContext db, GetFrameworkHandler frameworks, FileStore files, ICurrentActor actor)
{
    public async Task<Result> HandleAsync(RateItem command, CancellationToken ct)
    {
        var loaded = await AssessmentSession.LoadAsync(db, frameworks, actor.Id, command.AssessmentId, track: true, ct);
        if (!loaded.IsSuccess)
        {
            return Result.From(loaded.Errors);
        }

        var (record, assessment, framework, _) = loaded.Value;
        var evidence = assessment.RatingOf(command.ItemCode)?.Evidence.ToList() ?? [];
        StoredFile? upload = null;
        if (command.Evidence is { } file)
        {
            var added = files.Add(file.FileName, file.Content, UploadPolicy.Documents);
            if (!added.IsSuccess)
            {
                return Result.From(added.Errors);
            }

            upload = added.Value;
            evidence.Add(upload.Id.ToString());
        }

        var rated = assessment.Rate(framework, actor.Id, command.ItemCode, command.ValueCode, command.Comment.Trim(), evidence);
        if (!rated.IsSuccess)
        {
            await AssessmentSession.AuditRefusalAsync(db, record.Id, $"rate {command.ItemCode} = '{command.ValueCode}'", rated.Errors, ct);
            return rated;
        }

        record.CopyFrom(assessment);
        return await AssessmentSession.SaveAsync(db, record, command.ExpectedVersion,
            $"rate {command.ItemCode} = {command.ValueCode}" + (upload is null ? string.Empty : $" with evidence {upload.FileName}"), ct);
    }
}
