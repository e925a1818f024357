namespace Touchstone.Domain.Standards;

/// <summary>What sort of normative text a framework is; decides which parts of the file are required.</summary>
public enum FrameworkKind
{
    /// <summary>A quality standard such as the Maatstaf: a tree of sections with requirements.</summary>
    QualityStandard,

    /// <summary>A competency standard such as the Standaard Vakvolwassenheid: tasks, competencies, levels.</summary>
    CompetencyStandard,

    /// <summary>A certification scheme's requirement list (ATP, ACP): a tree of sections with requirements.</summary>
    Scheme,
}

/// <summary>Where a framework's text comes from and how it must be credited.</summary>
public sealed record FrameworkSource
{
    public required string Title { get; init; }
    public string Publisher { get; init; } = "";
    public string Year { get; init; } = "";
    public string Licence { get; init; } = "";
    public required string Attribution { get; init; }
}

/// <summary>One value on a rating scale. Values are ordered by ascending <see cref="Score"/>.</summary>
public sealed record ScaleValue(string Code, string Label, decimal Score);

/// <summary>An ordered rating scale (self-evaluation scale, audit finding types, competency levels).</summary>
public sealed record RatingScale
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Values in ascending score order (the loader refuses any other order).</summary>
    public required EquatableList<ScaleValue> Values { get; init; }

    /// <summary>The value with this code, or null when the code is not on the scale.</summary>
    public ScaleValue? Find(string code) => Values.FirstOrDefault(v => v.Code == code);
}

/// <summary>A requirement (leaf item) of a quality standard, e.g. Maatstaf "K1.3".</summary>
public sealed record Requirement(string Code, string Text);

/// <summary>A node in a framework's tree: a cluster (e.g. Koers) or a component (e.g. Oriëntatie).</summary>
public sealed record FrameworkSection
{
    public required string Code { get; init; }

    /// <summary>Free label of the tree level, e.g. "cluster" or "component".</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>The one-line aim of the section (Maatstaf components have one).</summary>
    public string Aim { get; init; } = "";

    public EquatableList<FrameworkSection> Sections { get; init; } = EquatableList<FrameworkSection>.Empty;
    public EquatableList<Requirement> Requirements { get; init; } = EquatableList<Requirement>.Empty;

    /// <summary>All requirements in this section and below, in document order.</summary>
    public IEnumerable<Requirement> AllRequirements() =>
        Requirements.Concat(Sections.SelectMany(s => s.AllRequirements()));
}

/// <summary>An EA sector code on which certificates may be issued (Maatstaf 2016: 34–38).</summary>
public sealed record EaCode(int Code, string Description);

/// <summary>A level of a competency standard (0 Nog niet, 1 Basis, 2 Vakbekwaam, 3 Vakvolwassen).</summary>
public sealed record CompetencyLevel(string Code, int Number, string Name, string Description);

/// <summary>A descriptor dimension of a competency standard (A attitude, B behaviour, C cognition, D drives).</summary>
public sealed record Dimension(string Code, string Name, string Description);

/// <summary>Whether a task is part of the primary process or a secondary activity.</summary>
public enum TaskType
{
    Primary,
    Secondary,
}

/// <summary>The descriptor of one task at one level in one dimension; empty when the standard leaves the cell empty.</summary>
public sealed record TaskDescriptor(string Dimension, string Level, string Text);

/// <summary>A task of a competency standard with its level × dimension descriptors.</summary>
public sealed record CompetencyTask
{
    public required string Code { get; init; }
    public required int Number { get; init; }
    public required string Name { get; init; }
    public required TaskType Type { get; init; }
    public string Description { get; init; } = "";

    /// <summary>One entry per (dimension, level ≥ 1) pair; empty cells have empty text.</summary>
    public EquatableList<TaskDescriptor> Descriptors { get; init; } = EquatableList<TaskDescriptor>.Empty;

    /// <summary>The descriptor text for a cell ("" when empty or absent).</summary>
    public string Descriptor(string dimension, string level) =>
        Descriptors.FirstOrDefault(d => d.Dimension == dimension && d.Level == level)?.Text ?? "";

    /// <summary>Item code for rating this task in one dimension, e.g. "T3.A".</summary>
    public string ItemCode(string dimension) => $"{Code}.{dimension}";
}

/// <summary>A behavioural indicator of a competency at one level. Code is derived: competency.level.index.</summary>
public sealed record Indicator(string Code, int Level, string Text);

/// <summary>A competency with its definition and indicators per level.</summary>
public sealed record Competency
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public string Definition { get; init; } = "";

    /// <summary>
    /// When true, the indicators of a level include those of every lower level
    /// (Standaard Vakvolwassenheid: "alles wat bij Basis staat geldt ook voor Vakbekwaam").
    /// </summary>
    public bool Cumulative { get; init; } = true;

    public EquatableList<Indicator> Indicators { get; init; } = EquatableList<Indicator>.Empty;

    /// <summary>The indicators listed at exactly this level.</summary>
    public IEnumerable<Indicator> IndicatorsAt(int level) => Indicators.Where(i => i.Level == level);

    /// <summary>The indicators someone at this level must show (all lower levels too when cumulative).</summary>
    public IEnumerable<Indicator> RequiredFor(int level) =>
        Indicators.Where(i => Cumulative ? i.Level <= level : i.Level == level);
}

/// <summary>An item of a framework that can be rated in an assessment.</summary>
public sealed record RatableItem(string Code, string Title, string? ParentCode);

/// <summary>
/// A versioned normative framework loaded from a data file (DOMAIN.md §1). Assessments keep the
/// code and version they were made against.
/// </summary>
public sealed record Framework
{
    /// <summary>Code of the scale derived from <see cref="Levels"/> for competency standards.</summary>
    public const string LevelScaleCode = "niveau";

    public required string Code { get; init; }
    public required string Version { get; init; }
    public required string Title { get; init; }
    public required string Language { get; init; }
    public required FrameworkKind Kind { get; init; }
    public required FrameworkSource Source { get; init; }

    /// <summary>Interpretation notes: readings chosen where the source is silent or ambiguous.</summary>
    public EquatableList<string> Notes { get; init; } = EquatableList<string>.Empty;

    public EquatableList<RatingScale> Scales { get; init; } = EquatableList<RatingScale>.Empty;
    public EquatableList<EaCode> EaCodes { get; init; } = EquatableList<EaCode>.Empty;
    public EquatableList<FrameworkSection> Sections { get; init; } = EquatableList<FrameworkSection>.Empty;
    public EquatableList<CompetencyLevel> Levels { get; init; } = EquatableList<CompetencyLevel>.Empty;
    public EquatableList<Dimension> Dimensions { get; init; } = EquatableList<Dimension>.Empty;
    public EquatableList<CompetencyTask> Tasks { get; init; } = EquatableList<CompetencyTask>.Empty;
    public EquatableList<Competency> Competencies { get; init; } = EquatableList<Competency>.Empty;

    /// <summary>"code@version", the key an assessment stores.</summary>
    public string Key => $"{Code}@{Version}";

    /// <summary>All requirements of the section tree in document order.</summary>
    public IEnumerable<Requirement> AllRequirements() => Sections.SelectMany(s => s.AllRequirements());

    /// <summary>All sections at every depth, parents before children.</summary>
    public IEnumerable<FrameworkSection> AllSections()
    {
        var stack = new Stack<FrameworkSection>(Sections.Reverse());
        while (stack.Count > 0)
        {
            var section = stack.Pop();
            yield return section;
            foreach (var child in section.Sections.Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>
    /// The scale with this code. For competency standards the code <see cref="LevelScaleCode"/>
    /// gives the level scale (score = level number).
    /// </summary>
    public RatingScale? FindScale(string code)
    {
        var scale = Scales.FirstOrDefault(s => s.Code == code);
        if (scale is null && code == LevelScaleCode && Levels.Count > 0)
        {
            scale = new RatingScale
            {
                Code = LevelScaleCode,
                Name = "Niveau",
                Values = Levels.OrderBy(l => l.Number).Select(l => new ScaleValue(l.Code, l.Name, l.Number)).ToEquatableList(),
            };
        }

        return scale;
    }

    /// <summary>The level with this number, or null.</summary>
    public CompetencyLevel? LevelByNumber(int number) => Levels.FirstOrDefault(l => l.Number == number);

    /// <summary>
    /// The items an assessment can rate: requirements for quality standards and schemes; for
    /// competency standards every task × dimension (e.g. "T1.A") and every competency.
    /// </summary>
    public IReadOnlyList<RatableItem> RatableItems()
    {
        if (Kind != FrameworkKind.CompetencyStandard)
        {
            return AllSections()
                .SelectMany(s => s.Requirements.Select(r => new RatableItem(r.Code, r.Text, s.Code)))
                .ToList();
        }

        var items = new List<RatableItem>();
        foreach (var task in Tasks)
        {
            items.AddRange(Dimensions.Select(d => new RatableItem(task.ItemCode(d.Code), $"{task.Name} — {d.Name}", task.Code)));
        }

        items.AddRange(Competencies.Select(c => new RatableItem(c.Code, c.Name, null)));
        return items;
    }

    /// <summary>True when an assessment may rate this item code.</summary>
    public bool HasItem(string itemCode) => RatableItems().Any(i => i.Code == itemCode);
}
