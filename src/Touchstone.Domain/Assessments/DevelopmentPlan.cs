using Touchstone.Domain.Common;
using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Assessments;

/// <summary>Status of a development-plan action.</summary>
public enum ActionStatus
{
    Open,
    InProgress,
    Done,
}

/// <summary>A goal of a development plan, linked to the gap items it addresses.</summary>
public sealed record PlanGoal(Guid Id, string Title, EquatableList<string> LinkedItems);

/// <summary>An action towards a goal, with due date and status.</summary>
public sealed record PlanAction(Guid Id, Guid GoalId, string Description, DateOnly DueDate, ActionStatus Status);

/// <summary>
/// A personal development plan (POP) that follows from a gap analysis
/// (Standaard Vakvolwassenheid, Gebruikersadvies: "Persoonlijk Ontwikkel Plan").
/// </summary>
public sealed class DevelopmentPlan
{
    private readonly List<PlanGoal> _goals = [];
    private readonly List<PlanAction> _actions = [];

    public Guid Id { get; init; }
    public required string PersonId { get; init; }

    /// <summary>The assessment whose gaps the plan addresses.</summary>
    public Guid AssessmentId { get; init; }

    public IReadOnlyList<PlanGoal> Goals => _goals;
    public IReadOnlyList<PlanAction> Actions => _actions;

    /// <summary>The allowed status changes of an action (one table for the POP procedure).</summary>
    public static IReadOnlyList<(ActionStatus From, ActionStatus To)> StatusTransitions { get; } =
    [
        (ActionStatus.Open, ActionStatus.InProgress),
        (ActionStatus.Open, ActionStatus.Done),
        (ActionStatus.InProgress, ActionStatus.Done),
        (ActionStatus.InProgress, ActionStatus.Open),
        (ActionStatus.Done, ActionStatus.InProgress),
    ];

    /// <summary>Adds a goal; it must link to at least one item that is a gap in <paramref name="gaps"/>.</summary>
    public Result AddGoal(Guid id, string title, IEnumerable<string> linkedItems, IReadOnlyList<GapItem> gaps)
    {
        var links = linkedItems.Distinct().ToList();
        if (links.Count == 0)
        {
            return new DomainError("pop.goal-unlinked", "A goal must link to at least one gap item.", AssessmentRules.UsageAdvice);
        }

        var errors = links.Where(code => !gaps.Any(g => g.ItemCode == code && g.IsGap))
            .Select(code => new DomainError("pop.not-a-gap", $"'{code}' is not a gap item of the assessment.", AssessmentRules.UsageAdvice) { Args = [code] })
            .ToList();
        if (errors.Count > 0)
        {
            return Result.From(errors);
        }

        _goals.Add(new PlanGoal(id, title, links.ToEquatableList()));
        return Result.Ok;
    }

    /// <summary>Adds an open action to an existing goal.</summary>
    public Result AddAction(Guid id, Guid goalId, string description, DateOnly dueDate)
    {
        if (_goals.All(g => g.Id != goalId))
        {
            return new DomainError("pop.unknown-goal", "The action's goal does not exist in this plan.", AssessmentRules.UsageAdvice);
        }

        _actions.Add(new PlanAction(id, goalId, description, dueDate, ActionStatus.Open));
        return Result.Ok;
    }

    /// <summary>Changes an action's status if <see cref="StatusTransitions"/> allows it.</summary>
    public Result SetStatus(Guid actionId, ActionStatus status)
    {
        var index = _actions.FindIndex(a => a.Id == actionId);
        if (index < 0)
        {
            return new DomainError("pop.unknown-action", "The action does not exist in this plan.", AssessmentRules.UsageAdvice);
        }

        var action = _actions[index];
        if (!StatusTransitions.Contains((action.Status, status)))
        {
            return new DomainError("pop.status-forbidden", $"An action cannot go from {action.Status} to {status}.", AssessmentRules.UsageAdvice) { Args = [action.Status, status] };
        }

        _actions[index] = action with { Status = status };
        return Result.Ok;
    }

    /// <summary>Share of actions done, 0–100 (0 when there are no actions yet).</summary>
    public int Progress => Percent(_actions);

    /// <summary>Share of a goal's actions done, 0–100.</summary>
    public int GoalProgress(Guid goalId) => Percent(_actions.Where(a => a.GoalId == goalId).ToList());

    /// <summary>Actions not done whose due date is before <paramref name="today"/>.</summary>
    public IReadOnlyList<PlanAction> Overdue(DateOnly today) =>
        _actions.Where(a => a.Status != ActionStatus.Done && a.DueDate < today).ToList();

    /// <summary>Restores persisted goals and actions without rule checks (persistence layer).</summary>
    public void Restore(IEnumerable<PlanGoal> goals, IEnumerable<PlanAction> actions)
    {
        _goals.AddRange(goals);
        _actions.AddRange(actions);
    }

    private static int Percent(List<PlanAction> actions) =>
        actions.Count == 0 ? 0 : (int)Math.Round(100m * actions.Count(a => a.Status == ActionStatus.Done) / actions.Count, MidpointRounding.AwayFromZero);
}
