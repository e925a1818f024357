namespace Touchstone.Domain.Exams;

/// <summary>
/// An exam as data (Examenreglement 8.1, 8.2): its components, each with a marking scheme, and the
/// pass rule. Loaded from a framework file by <see cref="ExamBlueprintParser"/>; an exam keeps the
/// blueprint version it was taken against.
/// </summary>
public sealed record ExamBlueprint(
    string Id,
    string Version,
    string Name,
    string Source,
    PassRule PassRule,
    IReadOnlyList<ExamComponent> Components)
{
    /// <summary>The component with this code; throws when the blueprint has none (a programming error).</summary>
    public ExamComponent Component(string code) =>
        Components.FirstOrDefault(c => c.Code == code)
        ?? throw new KeyNotFoundException($"Blueprint {Id} {Version} has no component '{code}'.");

    /// <summary>The single component marked with a scheme of type <typeparamref name="TScheme"/>.</summary>
    public TScheme Scheme<TScheme>()
        where TScheme : MarkingScheme =>
        Components.Select(c => c.Scheme).OfType<TScheme>().Single();
}

/// <summary>Art. 8.6 / 9.2: the exam is passed when every component reaches <see cref="MinimumBand"/>.</summary>
public sealed record PassRule(ResultBand MinimumBand)
{
    public bool Passed(IEnumerable<ResultBand> componentBands) => componentBands.All(b => b >= MinimumBand);
}

/// <summary>One exam component (art. 8.1): a code, a Dutch name, the article it rests on and its marking scheme.</summary>
public sealed record ExamComponent(string Code, string Name, string Article, MarkingScheme Scheme);

/// <summary>How a component's raw marks become points and a <see cref="ResultBand"/>.</summary>
public abstract record MarkingScheme
{
    /// <summary>Highest number of points in this component.</summary>
    public abstract int MaxPoints { get; }

    /// <summary>An optional reading of an ambiguous seed passage, shown to staff.</summary>
    public string? Interpretation { get; init; }
}

/// <summary>
/// (a) Multiple choice marked by a cut score and a band table (art. 8.3, 8.7). The stated
/// percentage is informative; the band table decides.
/// </summary>
public sealed record MultipleChoiceScheme(int Questions, int PointsPerQuestion, decimal CutPercentage, BandTable Bands)
    : MarkingScheme
{
    public override int MaxPoints => Questions * PointsPerQuestion;

    public ResultBand BandFor(int points) => Bands.BandFor(points);
}

/// <summary>One item with its maximum and minimum points (art. 8.7, "Opdrachten").</summary>
public sealed record ScoredItem(int Number, int Max, int Min);

/// <summary>
/// (b) Per-item minimums plus a total threshold (art. 8.7, "Opdrachten"): Voldoende when every item
/// reaches its minimum, Goed when moreover the total reaches <see cref="GoodTotal"/>, else Onvoldoende.
/// </summary>
public sealed record ItemMinimumsScheme(IReadOnlyList<ScoredItem> Items, int TotalMax, int GoodTotal, ResultBand SecondMarkingWhenBelow)
    : MarkingScheme
{
    public override int MaxPoints => TotalMax;

    /// <summary>The band for one marker's points per item (art. 8.4: each marker's points convert on their own).</summary>
    public ResultBand BandFor(IReadOnlyList<int> points)
    {
        if (points.Count != Items.Count)
        {
            throw new ArgumentException($"Expected points for {Items.Count} items, got {points.Count}.", nameof(points));
        }

        var total = 0;
        var allMinimums = true;
        for (var i = 0; i < Items.Count; i++)
        {
            var p = points[i];
            var item = Items[i];
            if (p < 0 || p > item.Max)
            {
                throw new ArgumentOutOfRangeException(nameof(points), p, $"Item {item.Number} scores 0 to {item.Max}.");
            }

            total += p;
            allMinimums &= p >= item.Min;
        }

        if (!allMinimums)
        {
            return ResultBand.Onvoldoende;
        }

        return total >= GoodTotal ? ResultBand.Goed : ResultBand.Voldoende;
    }

    /// <summary>Checks one marker's points against the item maximums.</summary>
    public Common.Result CheckPoints(IReadOnlyList<int> points)
    {
        if (points.Count != Items.Count)
        {
            return new Common.DomainError("exams.assignments.item-count", $"Points are needed for all {Items.Count} assignments.", "Examenreglement 8.7") { Args = [Items.Count] };
        }

        var errors = new List<Common.DomainError>();
        for (var i = 0; i < Items.Count; i++)
        {
            if (points[i] < 0 || points[i] > Items[i].Max)
            {
                errors.Add(new("exams.assignments.points-out-of-range", $"Assignment {Items[i].Number} scores 0 to {Items[i].Max}, not {points[i]}.", "Examenreglement 8.7") { Args = [Items[i].Number, Items[i].Max, points[i]] });
            }
        }

        return Common.Result.From(errors);
    }
}

/// <summary>A step of a criteria table: at least <see cref="Met"/> criteria observed as V give <see cref="Points"/>.</summary>
public sealed record CriteriaStep(int Met, int Points);

/// <summary>
/// A practical part with its steps, highest step first, and — where the blueprint gives it — the number of criteria the
/// examiner observes in it (null: not stated, so no upper bound is applied).
/// </summary>
public sealed record CriteriaPart(int Number, IReadOnlyList<CriteriaStep> Steps, int? Criteria)
{
    public int MaxPoints => Steps.Count == 0 ? 0 : Steps.Max(s => s.Points);

    /// <summary>Points for the number of criteria met: the highest step reached, else 0.</summary>
    public int PointsFor(int met)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(met);
        var best = 0;
        foreach (var step in Steps)
        {
            if (met >= step.Met && step.Points > best)
            {
                best = step.Points;
            }
        }

        return best;
    }
}

/// <summary>Art. 8.7: an on-the-spot resit of at most <see cref="MaxParts"/> part(s) when the total is at least <see cref="MinimumTotal"/>.</summary>
public sealed record ResitRule(int MaxParts, int MinimumTotal);

/// <summary>
/// (c) "Criteria met → points" per part, summed and banded (art. 8.7, "Praktijkexamen").
/// </summary>
public sealed record CriteriaPointsScheme(IReadOnlyList<CriteriaPart> Parts, decimal? CutPercentage, BandTable Bands, ResitRule? OnTheSpotResit)
    : MarkingScheme
{
    public override int MaxPoints => Bands.MaxPoints;

    public int TotalPoints(IReadOnlyList<int> criteriaMet)
    {
        if (criteriaMet.Count != Parts.Count)
        {
            throw new ArgumentException($"Expected criteria counts for {Parts.Count} parts, got {criteriaMet.Count}.", nameof(criteriaMet));
        }

        var total = 0;
        for (var i = 0; i < Parts.Count; i++)
        {
            total += Parts[i].PointsFor(criteriaMet[i]);
        }

        return total;
    }

    public ResultBand BandFor(IReadOnlyList<int> criteriaMet) => Bands.BandFor(TotalPoints(criteriaMet));
}
