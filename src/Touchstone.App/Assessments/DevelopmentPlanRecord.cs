using System.Text.Json;
using Touchstone.App.Common;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Assessments;

/// <summary>A person's development plan (POP) on one assessment; goals and actions kept as JSON text.</summary>
public sealed class DevelopmentPlanRecord : Entity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required string PersonId { get; set; }

    public Guid AssessmentId { get; set; }

    /// <summary>Name of the target profile whose gaps the goals address.</summary>
    public required string ProfileName { get; set; }

    /// <summary>The profile's uniform level (custom profiles are stored per item in <see cref="CustomTargetsJson"/>).</summary>
    public int? ProfileLevel { get; set; }

    public string CustomTargetsJson { get; set; } = "[]";

    public string GoalsJson { get; set; } = "[]";

    public string ActionsJson { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }

    public DevelopmentPlan ToDomain()
    {
        var plan = new DevelopmentPlan { Id = Id, PersonId = PersonId, AssessmentId = AssessmentId };
        var goals = JsonSerializer.Deserialize<List<GoalData>>(GoalsJson, Json) ?? [];
        var actions = JsonSerializer.Deserialize<List<ActionData>>(ActionsJson, Json) ?? [];
        plan.Restore(
            goals.Select(g => new PlanGoal(g.Id, g.Title, g.Items.ToEquatableList())),
            actions.Select(a => new PlanAction(a.Id, a.Goal, a.Description, a.Due, a.Status)));
        return plan;
    }

    public void CopyFrom(DevelopmentPlan plan)
    {
        GoalsJson = JsonSerializer.Serialize(plan.Goals.Select(g => new GoalData(g.Id, g.Title, [.. g.LinkedItems])), Json);
        ActionsJson = JsonSerializer.Serialize(plan.Actions.Select(a => new ActionData(a.Id, a.GoalId, a.Description, a.DueDate, a.Status)), Json);
    }

    public IReadOnlyList<TargetLevel> CustomTargets() =>
        JsonSerializer.Deserialize<List<TargetLevel>>(CustomTargetsJson, Json) ?? [];

    public void SetCustomTargets(IEnumerable<TargetLevel> targets) => CustomTargetsJson = JsonSerializer.Serialize(targets.ToList(), Json);

    private sealed record GoalData(Guid Id, string Title, List<string> Items);

    private sealed record ActionData(Guid Id, Guid Goal, string Description, DateOnly Due, ActionStatus Status);
}
