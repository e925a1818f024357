using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Common;

namespace Touchstone.App.Assessments;

/// <summary>Add a goal (linked to gap items of the profile), add an action, or change an action's status.</summary>
public abstract record ChangeDevelopmentPlan(Guid AssessmentId);

public sealed record AddPlanGoal(Guid AssessmentId, string Preset, IReadOnlyList<TargetLevel> CustomTargets, string Title, IReadOnlyList<string> LinkedItems)
    : ChangeDevelopmentPlan(AssessmentId);

public sealed record AddPlanAction(Guid AssessmentId, Guid GoalId, string Description, DateOnly DueDate) : ChangeDevelopmentPlan(AssessmentId);

public sealed record SetPlanActionStatus(Guid AssessmentId, Guid ActionId, ActionStatus Status) : ChangeDevelopmentPlan(AssessmentId);

/// <summary>
/// The POP of a person on one competency assessment. The person and their manager (back office or director)
/// may change it; goals must address real gaps (Standaard Vakvolwassenheid, Gebruikersadvies).
/// </summary>
public sealed class ChangeDevelopmentPlanHandler(TouchstoneDbContext db, GetFrameworkHandler frameworks, TimeProvider time, ICurrentActor actor)
{
    public async Task<Result> HandleAsync(ChangeDevelopmentPlan command, CancellationToken ct)
    {
        var loaded = await AssessmentSession.LoadAsync(db, frameworks, actor.Id, command.AssessmentId, track: false, ct);
        if (!loaded.IsSuccess)
        {
            return Result.From(loaded.Errors);
        }

        var view = loaded.Value;
        if (view.Record.SubjectKind != SubjectKind.Person || !(view.Record.SubjectId == actor.Id || view.Viewer.IsManager))
        {
            return new DomainError("pop.not-allowed", "Only the person and their manager may change the development plan.", AssessmentRules.UsageAdvice);
        }

        var record = await db.Set<DevelopmentPlanRecord>().FirstOrDefaultAsync(p => p.AssessmentId == command.AssessmentId, ct);
        Result result;
        string reason;
        switch (command)
        {
            case AddPlanGoal goal:
                if (record is null)
                {
                    record = new DevelopmentPlanRecord
                    {
                        PersonId = view.Record.SubjectId, AssessmentId = view.Record.Id, ProfileName = goal.Preset, CreatedAt = time.GetUtcNow(),
                    };
                    record.SetCustomTargets(goal.CustomTargets);
                    db.Add(record);
                }

                var profile = TargetProfiles.Resolve(view.Framework, record.ProfileName, record.CustomTargets());
                if (!profile.IsSuccess)
                {
                    return Result.From(profile.Errors);
                }

                var plan = record.ToDomain();
                var gaps = GapAnalysis.Compute(view.Framework, view.Assessment, profile.Value);
                if (string.IsNullOrWhiteSpace(goal.Title))
                {
                    return new DomainError("pop.title-required", "A goal needs a title.", AssessmentRules.UsageAdvice);
                }

                result = plan.AddGoal(Guid.CreateVersion7(), goal.Title.Trim(), goal.LinkedItems, gaps);
                record.CopyFrom(plan);
                reason = $"POP goal '{goal.Title.Trim()}'";
                break;
            case AddPlanAction action:
                if (record is null)
                {
                    return new DomainError("pop.no-goal", "Add a goal before adding actions.", AssessmentRules.UsageAdvice);
                }

                if (string.IsNullOrWhiteSpace(action.Description))
                {
                    return new DomainError("pop.description-required", "An action needs a description.", AssessmentRules.UsageAdvice);
                }

                var withAction = record.ToDomain();
                result = withAction.AddAction(Guid.CreateVersion7(), action.GoalId, action.Description.Trim(), action.DueDate);
                record.CopyFrom(withAction);
                reason = $"POP action '{action.Description.Trim()}' due {action.DueDate:yyyy-MM-dd}";
                break;
            case SetPlanActionStatus status:
                if (record is null)
                {
                    return new DomainError("pop.unknown-action", "The action does not exist in this plan.", AssessmentRules.UsageAdvice);
                }

                var withStatus = record.ToDomain();
                result = withStatus.SetStatus(status.ActionId, status.Status);
                record.CopyFrom(withStatus);
                reason = $"POP action status {status.Status}";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(command));
        }

        if (!result.IsSuccess)
        {
            return result;
        }

        await db.Because(reason).SaveChangesAsync(ct);
        return Result.Ok;
    }
}
