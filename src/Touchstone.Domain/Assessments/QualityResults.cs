using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Assessments;

/// <summary>Aggregate of one section (cluster or component) for a heat map.</summary>
public sealed record SectionResult(
    string SectionCode,
    string Title,
    string Kind,
    int ItemCount,
    int RatedCount,
    decimal? AverageScore,
    IReadOnlyDictionary<string, int> CountsPerValue);

/// <summary>Which ratings and findings count as improvement points.</summary>
/// <param name="ScoreBelow">A rating scoring below this is an improvement point.</param>
/// <param name="FindingTypes">Finding types that call for improvement.</param>
public sealed record ImprovementPolicy(decimal ScoreBelow, EquatableList<string> FindingTypes)
{
    /// <summary>
    /// Maatstaf 2016 §zelfevaluatie ("waar verbeteringen nodig zijn"): on the file's 1–4 self-evaluation scale anything
    /// below 3 ("aanwezig en werkt aantoonbaar") needs improvement; every improvement opportunity or nonconformity does too.
    /// </summary>
    public static ImprovementPolicy Default { get; } = new(3m, new[] { "verbeterkans", "minor", "major" });
}

/// <summary>An item that needs improvement, with the reason.</summary>
public sealed record ImprovementPoint(string ItemCode, string Text, string? RatingValue, string? FindingType);

/// <summary>Results of a quality-standard assessment (self-evaluation or audit): heat map and improvement points.</summary>
public static class QualityResults
{
    /// <summary>
    /// Aggregates ratings per section at every depth (per component and per cluster): average score over the
    /// rated items and the count per scale value.
    /// </summary>
    public static IReadOnlyList<SectionResult> Aggregate(Framework framework, Assessment assessment)
    {
        var scale = framework.FindScale(assessment.ScaleCode)
            ?? throw new InvalidOperationException($"Scale {assessment.ScaleCode} missing from {framework.Key}.");
        return framework.AllSections().Select(section =>
        {
            var ratings = section.AllRequirements().Select(r => assessment.RatingOf(r.Code)).OfType<Rating>().ToList();
            var counts = scale.Values.ToDictionary(v => v.Code, v => ratings.Count(r => r.ValueCode == v.Code));
            return new SectionResult(
                section.Code,
                section.Title,
                section.Kind,
                section.AllRequirements().Count(),
                ratings.Count,
                ratings.Count == 0 ? null : Math.Round(ratings.Average(r => r.Score), 2),
                counts);
        }).ToList();
    }

    /// <summary>Items rated below the policy's threshold or carrying a finding that calls for improvement, in document order.</summary>
    public static IReadOnlyList<ImprovementPoint> ImprovementPoints(Framework framework, Assessment assessment, ImprovementPolicy? policy = null)
    {
        policy ??= ImprovementPolicy.Default;
        var points = new List<ImprovementPoint>();
        foreach (var requirement in framework.AllRequirements())
        {
            var rating = assessment.RatingOf(requirement.Code);
            var finding = assessment.FindingOf(requirement.Code);
            var low = rating is not null && rating.Score < policy.ScoreBelow;
            var flagged = finding is not null && policy.FindingTypes.Contains(finding.TypeCode);
            if (low || flagged)
            {
                points.Add(new ImprovementPoint(requirement.Code, requirement.Text, low ? rating!.ValueCode : null, flagged ? finding!.TypeCode : null));
            }
        }

        return points;
    }
}

/// <summary>How an item changed between two assessment cycles.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>Whether a change concerns the rating or the audit finding of an item.</summary>
public enum ChangeAspect
{
    Rating,
    Finding,
}

/// <summary>One difference between two cycles.</summary>
public sealed record ItemChange(string ItemCode, ChangeAspect Aspect, ChangeKind Kind, string? Before, string? After);

/// <summary>Differences between two cycles of an assessment (e.g. last year's audit and this year's).</summary>
public static class CycleDiff
{
    /// <summary>Per item: rating or finding added, removed or changed (value, type, position, questions, comment or evidence).</summary>
    public static IReadOnlyList<ItemChange> Between(Assessment previous, Assessment current)
    {
        var changes = new List<ItemChange>();
        Compare(changes, ChangeAspect.Rating,
            previous.Ratings.ToDictionary(r => r.ItemCode), current.Ratings.ToDictionary(r => r.ItemCode), r => r.ValueCode);
        Compare(changes, ChangeAspect.Finding,
            previous.Findings.ToDictionary(f => f.ItemCode), current.Findings.ToDictionary(f => f.ItemCode), f => f.TypeCode);
        return changes.OrderBy(c => c.ItemCode, StringComparer.Ordinal).ThenBy(c => c.Aspect).ToList();
    }

    private static void Compare<T>(List<ItemChange> changes, ChangeAspect aspect, Dictionary<string, T> before, Dictionary<string, T> after, Func<T, string> show)
        where T : notnull
    {
        foreach (var (code, old) in before)
        {
            if (!after.TryGetValue(code, out var now))
            {
                changes.Add(new ItemChange(code, aspect, ChangeKind.Removed, show(old), null));
            }
            else if (!old.Equals(now))
            {
                changes.Add(new ItemChange(code, aspect, ChangeKind.Changed, show(old), show(now)));
            }
        }

        changes.AddRange(after.Where(a => !before.ContainsKey(a.Key)).Select(a => new ItemChange(a.Key, aspect, ChangeKind.Added, null, show(a.Value))));
    }
}
