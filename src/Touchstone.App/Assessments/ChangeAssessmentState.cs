using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Common;

namespace Touchstone.App.Assessments;

/// <summary>Submit, return to draft or finalise an assessment.</summary>
public sealed record ChangeAssessmentState(Guid AssessmentId, Guid? ExpectedVersion, AssessmentState Target);

/// <summary>
/// The rater submits or takes back; a coordinator (auditor/back office for organisations, manager for persons)
/// returns or finalises. A finalised assessment is locked; attempts to change it are refused and audited.
/// </summary>
public sealed class ChangeAssessmentStateHandler(TouchstoneDbContext db, GetFrameworkHandler frameworks, TimeProvider time, ICurrentActor actor)
{
    public async Task<Result> HandleAsync(ChangeAssessmentState command, CancellationToken ct)
    {
        var loaded = await AssessmentSession.LoadAsync(db, frameworks, actor.Id, command.AssessmentId, track: true, ct);
        if (!loaded.IsSuccess)
        {
            return Result.From(loaded.Errors);
        }

        var view = loaded.Value;
        var (record, assessment, _, _) = view;
        var asRater = view.IsRater && AssessmentTransitions.Check(assessment.State, command.Target, AssessmentActor.Rater).IsSuccess;
        Result result = asRater || !view.CanCoordinate
            ? assessment.TransitionTo(command.Target, AssessmentActor.Rater, actor.Id)
            : assessment.TransitionTo(command.Target, AssessmentActor.Coordinator, actor.Id);
        if (!result.IsSuccess)
        {
            await AssessmentSession.AuditRefusalAsync(db, record.Id, $"{record.State} → {command.Target}", result.Errors, ct);
            return result;
        }

        record.State = assessment.State;
        var now = time.GetUtcNow();
        if (command.Target == AssessmentState.Submitted)
        {
            record.SubmittedAt = now;
        }
        else if (command.Target == AssessmentState.Finalised)
        {
            record.FinalisedAt = now;
        }

        return await AssessmentSession.SaveAsync(db, record, command.ExpectedVersion, $"assessment {command.Target.ToString().ToLowerInvariant()}", ct);
    }
}
