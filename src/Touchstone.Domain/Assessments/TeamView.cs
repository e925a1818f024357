using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Assessments;

/// <summary>One cell of the team heat map: a person's level on an item (null when unrated).</summary>
public sealed record HeatCell(string PersonId, string ItemCode, int? Level);

/// <summary>How many people are at each level on one item; Unrated counts people without a rating.</summary>
public sealed record LevelDistribution(string ItemCode, IReadOnlyDictionary<int, int> CountPerLevel, int Unrated);

/// <summary>
/// Development assessment of a department: who is at which level where
/// (Standaard Vakvolwassenheid, Gebruikersadvies: ontwikkelingsassessment).
/// Kept as a dense grid person × item (framework item order) so a department of hundreds is aggregated in one pass.
/// </summary>
public sealed class TeamView
{
    private readonly Framework _framework;
    private readonly IReadOnlyList<string> _people;
    private readonly IReadOnlyList<RatableItem> _items;
    private readonly int?[] _levels;

    private TeamView(Framework framework, IReadOnlyList<string> people, IReadOnlyList<RatableItem> items, int?[] levels)
    {
        _framework = framework;
        _people = people;
        _items = items;
        _levels = levels;
    }

    /// <summary>Builds the view from one assessment per person (the subject id is the person).</summary>
    public static TeamView Build(Framework framework, IEnumerable<Assessment> assessments)
    {
        var list = assessments.Where(a => a.FrameworkCode == framework.Code && a.FrameworkVersion == framework.Version).ToList();
        var items = framework.RatableItems();
        var levels = new int?[list.Count * items.Count];
        for (var p = 0; p < list.Count; p++)
        {
            for (var i = 0; i < items.Count; i++)
            {
                levels[(p * items.Count) + i] = GapAnalysis.LevelOf(list[p], items[i].Code);
            }
        }

        return FromLevels(framework, list.Select(a => a.SubjectId).ToList(), levels);
    }

    /// <summary>
    /// Builds the view from levels already read per person: row p holds person p's level on each of the framework's
    /// ratable items in framework order (null = unrated), so levels.Length = people × items.
    /// </summary>
    public static TeamView FromLevels(Framework framework, IReadOnlyList<string> people, int?[] levels)
    {
        var items = framework.RatableItems();
        if (levels.Length != people.Count * items.Count)
        {
            throw new ArgumentException($"Expected {people.Count} × {items.Count} levels, got {levels.Length}.", nameof(levels));
        }

        var duplicate = people.GroupBy(p => p).FirstOrDefault(g => g.Count() > 1);
        return duplicate is not null
            ? throw new ArgumentException($"More than one assessment for person {duplicate.Key}: choose one per person.", nameof(people))
            : new TeamView(framework, people, items, levels);
    }

    public IReadOnlyList<string> People => _people;

    /// <summary>The framework's ratable items in order: the columns of the grid.</summary>
    public IReadOnlyList<RatableItem> Items => _items;

    /// <summary>The level of person number <paramref name="person"/> on item number <paramref name="item"/> (indexes into People and Items).</summary>
    public int? LevelAt(int person, int item) => _levels[(person * _items.Count) + item];

    /// <summary>Item × person cells in framework order.</summary>
    public IReadOnlyList<HeatCell> HeatMap()
    {
        var cells = new List<HeatCell>(_levels.Length);
        for (var i = 0; i < _items.Count; i++)
        {
            for (var p = 0; p < _people.Count; p++)
            {
                cells.Add(new HeatCell(_people[p], _items[i].Code, LevelAt(p, i)));
            }
        }

        return cells;
    }

    /// <summary>Per item, the number of people at each level of the framework (one pass over the grid).</summary>
    public IReadOnlyList<LevelDistribution> Distribution()
    {
        var numbers = _framework.Levels.Select(l => l.Number).ToList();
        var counts = new int[_items.Count, numbers.Count];
        var unrated = new int[_items.Count];
        for (var p = 0; p < _people.Count; p++)
        {
            for (var i = 0; i < _items.Count; i++)
            {
                if (LevelAt(p, i) is not { } level)
                {
                    unrated[i]++;
                }
                else if (numbers.IndexOf(level) is var at and >= 0)
                {
                    counts[i, at]++;
                }
            }
        }

        return _items.Select((item, i) => new LevelDistribution(
            item.Code, numbers.Select((n, at) => (n, at)).ToDictionary(x => x.n, x => counts[i, x.at]), unrated[i])).ToList();
    }

    /// <summary>
    /// Gap mask in the grid's layout (index person × Items.Count + item): true where the person's level is below the
    /// profile's required level (unrated counts as below); items the profile does not target are never a gap.
    /// </summary>
    public bool[] GapGrid(TargetProfile profile)
    {
        var required = _items.Select(i => profile.RequiredFor(i.Code)).ToArray();
        var gaps = new bool[_levels.Length];
        for (var cell = 0; cell < _levels.Length; cell++)
        {
            gaps[cell] = required[cell % _items.Count] is { } needed && (_levels[cell] ?? 0) < needed;
        }

        return gaps;
    }

    /// <summary>Filter: cells at exactly this level (optionally for one item).</summary>
    public IReadOnlyList<HeatCell> AtLevel(int level, string? itemCode = null) =>
        HeatMap().Where(c => c.Level == level && (itemCode is null || c.ItemCode == itemCode)).ToList();

    /// <summary>Filter: cells below the profile's required level (unrated counts as below).</summary>
    public IReadOnlyList<HeatCell> WithGap(TargetProfile profile)
    {
        var gaps = GapGrid(profile);
        return (from i in Enumerable.Range(0, _items.Count)
                from p in Enumerable.Range(0, _people.Count)
                where gaps[(p * _items.Count) + i]
                select new HeatCell(_people[p], _items[i].Code, LevelAt(p, i))).ToList();
    }
}
