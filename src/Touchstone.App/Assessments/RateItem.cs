using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Common;

namespace Touchstone.App.Assessments;

/// <summary>An uploaded evidence file.</summary>
public sealed record EvidenceUpload(string FileName, byte[] Content);

/// <summary>Rate one item on the assessment's scale, with a comment and optionally a new evidence file.</summary>
/// <remarks>
/// <paramref name="Indicators"/>: for a competency, the indicators the rater ticked (null when none were offered).
/// With ticks, no chosen level means "derive it"; a chosen level must be supported by the ticks of that level and
/// every lower one (Standaard Vakvolwassenheid, cumulative competencies).
/// </remarks>
public sealed record RateItem(
    Guid AssessmentId, Guid? ExpectedVersion, string ItemCode, string ValueCode, string Comment, EvidenceUpload? Evidence = null, IReadOnlyList<string>? Indicators = null);

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

        var value = command.ValueCode;
        var competency = framework.Competencies.FirstOrDefault(c => c.Code == command.ItemCode);
        if (competency is not null && command.Indicators is { } ticked)
        {
            var claimed = framework.Levels.FirstOrDefault(l => l.Code == value);
            if (string.IsNullOrEmpty(value))
            {
                value = framework.LevelByNumber(CompetencyLevels.Derive(competency, ticked))?.Code ?? value;
            }
            else if (claimed is not null && CompetencyLevels.Validate(competency, claimed.Number, ticked) is { IsSuccess: false } unsupported)
            {
                await AssessmentSession.AuditRefusalAsync(db, record.Id, $"rate {command.ItemCode} = '{value}' with indicators {string.Join(",", ticked)}", unsupported.Errors, ct);
                return unsupported;
            }
        }

        var rated = assessment.Rate(framework, actor.Id, command.ItemCode, value, command.Comment.Trim(), evidence, command.Indicators);
        if (!rated.IsSuccess)
        {
            await AssessmentSession.AuditRefusalAsync(db, record.Id, $"rate {command.ItemCode} = '{command.ValueCode}'", rated.Errors, ct);
            return rated;
        }

        record.CopyFrom(assessment);
        return await AssessmentSession.SaveAsync(db, record, command.ExpectedVersion,
            $"rate {command.ItemCode} = {value}" + (upload is null ? string.Empty : $" with evidence {upload.FileName}"), ct);
    }
}
