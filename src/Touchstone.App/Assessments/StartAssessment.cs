using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Common;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Assessments;

/// <summary>Start an assessment of an organisation or a person against a framework version, in a rater capacity.</summary>
public sealed record StartAssessment(
    SubjectKind SubjectKind, string SubjectId, string FrameworkCode, string FrameworkVersion, RaterRole RaterRole, string Cycle, string Team = "");

public sealed class StartAssessmentHandler(TouchstoneDbContext db, GetFrameworkHandler frameworks, TimeProvider time, ICurrentActor actor)
{
    public const string Rule = AssessmentRules.Procedure;

    public async Task<Result<AssessmentRecord>> HandleAsync(StartAssessment command, CancellationToken ct)
    {
        var viewer = await AssessmentViewer.LoadAsync(db, actor.Id, ct);
        if (!viewer.CanStart(command.SubjectKind, command.SubjectId, command.RaterRole))
        {
            return new DomainError("assessment.not-allowed", $"You may not start a {command.RaterRole} assessment of this {command.SubjectKind.ToString().ToLowerInvariant()}.", Rule) { Args = [command.RaterRole, command.SubjectKind] };
        }

        var framework = await frameworks.FindAsync(command.FrameworkCode, command.FrameworkVersion, ct);
        if (framework is null)
        {
            return new DomainError("assessment.unknown-framework", $"Framework {command.FrameworkCode}@{command.FrameworkVersion} is not imported.", Rule) { Args = [command.FrameworkCode, command.FrameworkVersion] };
        }

        var subjectName = await SubjectNameAsync(command.SubjectKind, command.SubjectId, ct);
        if (subjectName is null)
        {
            return new DomainError("assessment.unknown-subject", "The organisation or person to assess does not exist.", Rule);
        }

        var cycle = string.IsNullOrWhiteSpace(command.Cycle) ? time.GetUtcNow().Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : command.Cycle.Trim();
        var exists = await db.Set<AssessmentRecord>().AnyAsync(a => a.SubjectKind == command.SubjectKind && a.SubjectId == command.SubjectId
            && a.FrameworkCode == framework.Code && a.FrameworkVersion == framework.Version && a.RaterId == actor.Id && a.Cycle == cycle, ct);
        if (exists)
        {
            return new DomainError("assessment.exists", $"You already have an assessment of {subjectName} against {framework.Key} for cycle {cycle}.", Rule) { Args = [subjectName, framework.Key, cycle] };
        }

        var started = Assessment.Start(framework, Guid.CreateVersion7(), command.SubjectKind, command.SubjectId,
            ScaleFor(framework, command.RaterRole), command.RaterRole, actor.Id, cycle);
        if (!started.IsSuccess)
        {
            return Result<AssessmentRecord>.Failure(started.Errors);
        }

        var record = AssessmentRecord.From(started.Value, subjectName, viewer.DisplayName, command.Team.Trim(), time.GetUtcNow());
        db.Add(record);
        await db.Because($"start {command.RaterRole} assessment of {subjectName} against {framework.Key}").SaveChangesAsync(ct);
        return record;
    }

    /// <summary>
    /// The scale ratings use: the level scale for competency standards; otherwise the framework's first scale
    /// (the Maatstaf self-evaluation scale; auditors record findings on the finding scale in addition).
    /// </summary>
    public static string ScaleFor(Framework framework, RaterRole role) =>
        framework.Kind == FrameworkKind.CompetencyStandard ? Framework.LevelScaleCode : framework.Scales[0].Code;

    private async Task<string?> SubjectNameAsync(SubjectKind kind, string id, CancellationToken ct)
    {
        if (kind == SubjectKind.Organisation)
        {
            return Guid.TryParse(id, out var orgId)
                ? await db.Set<Organisation>().Where(o => o.Id == orgId).Select(o => o.Name).FirstOrDefaultAsync(ct)
                : null;
        }

        return await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
    }
}
