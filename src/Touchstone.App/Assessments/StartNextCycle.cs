using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Common;

namespace Touchstone.App.Assessments;

/// <summary>Start a new cycle (e.g. next year's audit) by copying an assessment's ratings and findings.</summary>
public sealed record StartNextCycle(Guid FromAssessmentId, string Cycle);

public sealed class StartNextCycleHandler(TouchstoneDbContext db, GetFrameworkHandler frameworks, TimeProvider time, ICurrentActor actor)
{
    public async Task<Result<AssessmentRecord>> HandleAsync(StartNextCycle command, CancellationToken ct)
    {
        var loaded = await AssessmentSession.LoadAsync(db, frameworks, actor.Id, command.FromAssessmentId, track: false, ct);
        if (!loaded.IsSuccess)
        {
            return Result<AssessmentRecord>.Failure(loaded.Errors);
        }

        var (record, assessment, _, viewer) = loaded.Value;
        var cycle = command.Cycle.Trim();
        if (cycle.Length == 0 || cycle == record.Cycle)
        {
            return new DomainError("assessment.cycle-required", "Give the new cycle a label different from the previous one (e.g. the year).", StartAssessmentHandler.Rule);
        }

        if (!viewer.CanStart(record.SubjectKind, record.SubjectId, record.RaterRole))
        {
            return new DomainError("assessment.next-cycle-not-allowed", "You may not start this kind of assessment of this subject.", StartAssessmentHandler.Rule);
        }

        var exists = await db.Set<AssessmentRecord>().AnyAsync(a => a.SubjectKind == record.SubjectKind && a.SubjectId == record.SubjectId
            && a.FrameworkCode == record.FrameworkCode && a.FrameworkVersion == record.FrameworkVersion && a.RaterId == actor.Id && a.Cycle == cycle, ct);
        if (exists)
        {
            return new DomainError("assessment.cycle-exists", $"There already is an assessment for cycle {cycle}.", StartAssessmentHandler.Rule) { Args = [cycle] };
        }

        var copy = assessment.CopyToNewCycle(Guid.CreateVersion7(), cycle, actor.Id);
        var next = AssessmentRecord.From(copy, record.SubjectName, viewer.DisplayName, record.Team, time.GetUtcNow());
        db.Add(next);
        await db.Because($"new cycle {cycle} copied from cycle {record.Cycle}").SaveChangesAsync(ct);
        return next;
    }
}
