using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Assessments;

/// <summary>One cell of the team heat map: a person's level on an item (null when unrated).</summary>
public sealed record HeatCell(string PersonId, string ItemCode, int? Level);

/// <summary>How many people are at each level on one item; Unrated counts people without a rating.</summary>
public sealed record LevelDistribution(string ItemCode, IReadOnlyDictionary<int, int> CountPerLevel, int Unrated);

/// <summary>
/// Development assessment of a department: who is at which level where
/// (Standaard Vakvolwassenheid, Gebruikersadvies: ontwikkelingsassessment).
/// </summary>
public sealed class TeamView
{
    private readonly Framework _framework;
    private readonly IReadOnlyList<Assessment> _assessments;

    private TeamView(Framework framework, IReadOnlyList<Assessment> assessments)
    {
        _framework = framework;
        _assessments = assessments;
    }

    /// <summary>Builds the view from one assessment per person (the subject id is the person).</summary>
    public static TeamView Build(Framework framework, IEnumerable<Assessment> assessments)
    {
        var list = assessments.Where(a => a.FrameworkCode == framework.Code && a.FrameworkVersion == framework.Version).ToList();
        var duplicate = list.GroupBy(a => a.SubjectId).FirstOrDefault(g => g.Count() > 1);
        return duplicate is not null
            ? throw new ArgumentException($"More than one assessment for person {duplicate.Key}: choose one per person.", nameof(assessments))
            : new TeamView(framework, list);
    }

    public IReadOnlyList<string> People => _assessments.Select(a => a.SubjectId).ToList();

    /// <summary>Item × person cells in framework order.</summary>
    public IReadOnlyList<HeatCell> HeatMap() =>
        (from item in _framework.RatableItems()
         from a in _assessments
         select new HeatCell(a.SubjectId, item.Code, GapAnalysis.LevelOf(a, item.Code))).ToList();

    /// <summary>Per item, the number of people at each level of the framework.</summary>
    public IReadOnlyList<LevelDistribution> Distribution() =>
        _framework.RatableItems().Select(item =>
        {
            var levels = _assessments.Select(a => GapAnalysis.LevelOf(a, item.Code)).ToList();
            var counts = _framework.Levels.ToDictionary(l => l.Number, l => levels.Count(x => x == l.Number));
            return new LevelDistribution(item.Code, counts, levels.Count(x => x is null));
        }).ToList();

    /// <summary>Filter: cells at exactly this level (optionally for one item).</summary>
    public IReadOnlyList<HeatCell> AtLevel(int level, string? itemCode = null) =>
        HeatMap().Where(c => c.Level == level && (itemCode is null || c.ItemCode == itemCode)).ToList();

    /// <summary>Filter: cells below the profile's required level (unrated counts as below).</summary>
    public IReadOnlyList<HeatCell> WithGap(TargetProfile profile) =>
        HeatMap().Where(c => profile.RequiredFor(c.ItemCode) is { } required && (c.Level ?? 0) < required).ToList();
}
