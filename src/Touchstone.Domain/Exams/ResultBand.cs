namespace Touchstone.Domain.Exams;

/// <summary>Result of an exam component (Examenreglement 8.4, 8.7): Onvoldoende &lt; Voldoende &lt; Goed.</summary>
public enum ResultBand
{
    Onvoldoende = 0,
    Voldoende = 1,
    Goed = 2,
}

/// <summary>One row of a band table: points <see cref="From"/> to <see cref="To"/> inclusive give <see cref="Band"/>.</summary>
public sealed record BandRange(ResultBand Band, int From, int To);

/// <summary>
/// A points-to-band table (Examenreglement 8.7). Ranges are contiguous from 0 to the maximum;
/// the table, not a percentage, is authoritative.
/// </summary>
public sealed class BandTable
{
    private readonly ResultBand[] _byPoints;

    public BandTable(IReadOnlyList<BandRange> ranges)
    {
        var problems = Validate(ranges, ranges.Count == 0 ? 0 : ranges.Max(r => r.To));
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(ranges));
        }

        Ranges = ranges;
        MaxPoints = ranges[^1].To;
        _byPoints = new ResultBand[MaxPoints + 1];
        foreach (var range in ranges)
        {
            for (var p = range.From; p <= range.To; p++)
            {
                _byPoints[p] = range.Band;
            }
        }
    }

    public IReadOnlyList<BandRange> Ranges { get; }

    public int MaxPoints { get; }

    /// <summary>Lowest points that give at least <paramref name="band"/>, or null when no range gives it.</summary>
    public int? LowestPointsFor(ResultBand band) =>
        Ranges.Where(r => r.Band >= band).Select(r => (int?)r.From).Min();

    public ResultBand BandFor(int points)
    {
        if (points < 0 || points > MaxPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, $"Points must lie between 0 and {MaxPoints}.");
        }

        return _byPoints[points];
    }

    /// <summary>Problems with a band table: gaps, overlaps, falling bands, not starting at 0 or not ending at <paramref name="maxPoints"/>.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<BandRange> ranges, int maxPoints)
    {
        var problems = new List<string>();
        if (ranges.Count == 0)
        {
            problems.Add("A band table needs at least one range.");
            return problems;
        }

        if (ranges[0].From != 0)
        {
            problems.Add($"The first band must start at 0 points, not {ranges[0].From}.");
        }

        for (var i = 0; i < ranges.Count; i++)
        {
            var r = ranges[i];
            if (r.To < r.From)
            {
                problems.Add($"Band {r.Band} ends ({r.To}) before it starts ({r.From}).");
            }

            if (i > 0)
            {
                var previous = ranges[i - 1];
                if (r.From != previous.To + 1)
                {
                    problems.Add($"Band {r.Band} must start at {previous.To + 1} (right after {previous.Band}), not {r.From}.");
                }

                if (r.Band <= previous.Band)
                {
                    problems.Add($"Band {r.Band} must be higher than the band before it ({previous.Band}).");
                }
            }
        }

        if (ranges[^1].To != maxPoints)
        {
            problems.Add($"The last band must end at the maximum of {maxPoints} points, not {ranges[^1].To}.");
        }

        return problems;
    }
}
