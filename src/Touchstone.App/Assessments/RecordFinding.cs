using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Common;

namespace Touchstone.App.Assessments;

/// <summary>An audit finding on one requirement: type, the questions asked (one per line) and the reasoned position.</summary>
public sealed record RecordFinding(Guid AssessmentId, Guid? ExpectedVersion, string ItemCode, string TypeCode, string Questions, string Position);

public sealed class RecordFindingHandler(TouchstoneDbContext db, GetFrameworkHandler frameworks, ICurrentActor actor)
{
    /// <summary>The Maatstaf's finding scale (strength … major nonconformity).</summary>
    public const string FindingScale = "bevinding";

    public async Task<Result> HandleAsync(RecordFinding command, CancellationToken ct)
    {
        var loaded = await AssessmentSession.LoadAsync(db, frameworks, actor.Id, command.AssessmentId, track: true, ct);
        if (!loaded.IsSuccess)
        {
            return Result.From(loaded.Errors);
        }

        var (record, assessment, framework, _) = loaded.Value;
        var questions = command.Questions.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = assessment.RecordFinding(framework, actor.Id, command.ItemCode, FindingScale, command.TypeCode, questions, command.Position ?? string.Empty);
        if (!result.IsSuccess)
        {
            await AssessmentSession.AuditRefusalAsync(db, record.Id, $"finding {command.ItemCode} = '{command.TypeCode}'", result.Errors, ct);
            return result;
        }

        record.CopyFrom(assessment);
        return await AssessmentSession.SaveAsync(db, record, command.ExpectedVersion, $"audit finding {command.ItemCode} = {command.TypeCode}", ct);
    }
}
