using Touchstone.Domain.Common;
using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Assessments;

/// <summary>Cumulative level rules of a competency (Standaard Vakvolwassenheid, competenties: cumulatief).</summary>
public static class CompetencyLevels
{
    /// <summary>
    /// The highest level whose required indicators (for a cumulative competency: all indicators of that level
    /// and every level below) are all checked; 0 when even Basis is not fully met.
    /// </summary>
    public static int Derive(Competency competency, IEnumerable<string> checkedIndicators)
    {
        var done = checkedIndicators.ToHashSet();
        var levels = competency.Indicators.Select(i => i.Level).Distinct().Order();
        var reached = 0;
        foreach (var level in levels)
        {
            if (!competency.RequiredFor(level).All(i => done.Contains(i.Code)))
            {
                break;
            }

            reached = level;
        }

        return reached;
    }

    /// <summary>Ok when the checked indicators support the claimed level; otherwise lists every missing indicator.</summary>
    public static Result Validate(Competency competency, int claimedLevel, IEnumerable<string> checkedIndicators)
    {
        var done = checkedIndicators.ToHashSet();
        var missing = competency.RequiredFor(claimedLevel).Where(i => !done.Contains(i.Code)).ToList();
        return Result.From(missing.Select(i => new DomainError("competency.indicator-missing",
            $"Level {claimedLevel} of '{competency.Name}' requires indicator {i.Code} (level {i.Level}): {i.Text}", AssessmentRules.Cumulative) { Args = [claimedLevel, competency.Name, i.Code, i.Level, i.Text] }));
    }
}

/// <summary>One item compared between two assessments (self vs manager, last year vs this year).</summary>
public sealed record ComparisonRow(string ItemCode, string Title, string? LeftValue, decimal? LeftScore, string? RightValue, decimal? RightScore)
{
    /// <summary>Right minus left; null when either side is unrated.</summary>
    public decimal? Delta => LeftScore is { } l && RightScore is { } r ? r - l : null;

    /// <summary>True when the two sides differ (including one side unrated): highlight it.</summary>
    public bool Differs => LeftValue != RightValue;
}

/// <summary>Side-by-side comparison of two assessments of the same framework version.</summary>
public static class AssessmentComparison
{
    /// <summary>One row per ratable item, in framework order.</summary>
    public static Result<IReadOnlyList<ComparisonRow>> Compare(Framework framework, Assessment left, Assessment right)
    {
        if (left.FrameworkCode != right.FrameworkCode || left.FrameworkVersion != right.FrameworkVersion
            || left.FrameworkCode != framework.Code || left.FrameworkVersion != framework.Version)
        {
            return new DomainError("comparison.framework-mismatch", "Both assessments must use the same framework version.", AssessmentRules.Procedure);
        }

        return framework.RatableItems().Select(i =>
        {
            var l = left.RatingOf(i.Code);
            var r = right.RatingOf(i.Code);
            return new ComparisonRow(i.Code, i.Title, l?.ValueCode, l?.Score, r?.ValueCode, r?.Score);
        }).ToList();
    }
}

/// <summary>A required level for one item.</summary>
public sealed record TargetLevel(string ItemCode, int Level);

/// <summary>
/// The levels of the preset profiles, taken from the framework's own levels (Standaard Vakvolwassenheid,
/// Gebruikersadvies: a trainee must at least meet Basis at the end of the internship; "proficient" is Vakbekwaam).
/// A level is found by its code or, failing that, its name, so a version that renumbers its levels keeps its presets.
/// </summary>
/// <param name="InternEndTerms">The Basis level: what an intern must reach on everything.</param>
/// <param name="Proficient">The Vakbekwaam level.</param>
public sealed record TargetPresets(CompetencyLevel InternEndTerms, CompetencyLevel Proficient)
{
    public const string BasisCode = "basis";
    public const string ProficientCode = "vakbekwaam";

    /// <summary>The presets of a competency standard; refused when it has no Basis or no Vakbekwaam level.</summary>
    public static Result<TargetPresets> Of(Framework framework)
    {
        var basis = Find(framework, BasisCode);
        var proficient = Find(framework, ProficientCode);
        var missing = new[] { (BasisCode, basis), (ProficientCode, proficient) }.Where(x => x.Item2 is null)
            .Select(x => new DomainError("profile.preset-level-missing", $"{framework.Key} has no level '{x.Item1}' for the preset profiles.", AssessmentRules.UsageAdvice) { Args = [framework.Key, x.Item1] })
            .ToList();
        return missing.Count > 0 ? Result<TargetPresets>.Failure(missing) : new TargetPresets(basis!, proficient!);
    }

    private static CompetencyLevel? Find(Framework framework, string code) =>
        framework.Levels.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? framework.Levels.FirstOrDefault(l => string.Equals(l.Name, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A target profile: the level required per item (tasks × dimensions and competencies).</summary>
public sealed record TargetProfile(string Name, EquatableList<TargetLevel> Targets)
{
    /// <summary>The required level for an item, or null when the profile does not cover it.</summary>
    public int? RequiredFor(string itemCode) => Targets.FirstOrDefault(t => t.ItemCode == itemCode)?.Level;

    /// <summary>The same level on every ratable item of the framework.</summary>
    public static TargetProfile Uniform(Framework framework, string name, int level) =>
        new(name, framework.RatableItems().Select(i => new TargetLevel(i.Code, level)).ToEquatableList());

    /// <summary>Intern end terms: Basis everywhere (Standaard Vakvolwassenheid, Gebruikersadvies).</summary>
    public static Result<TargetProfile> InternEndTerms(Framework framework) =>
        FromPresets(framework, p => Uniform(framework, "Eindtermen stagiair", p.InternEndTerms.Number));

    /// <summary>Vakbekwaam everywhere (named after the framework's level).</summary>
    public static Result<TargetProfile> Proficient(Framework framework) =>
        FromPresets(framework, p => Uniform(framework, p.Proficient.Name, p.Proficient.Number));

    private static Result<TargetProfile> FromPresets(Framework framework, Func<TargetPresets, TargetProfile> profile)
    {
        var presets = TargetPresets.Of(framework);
        return presets.IsSuccess ? profile(presets.Value) : Result<TargetProfile>.Failure(presets.Errors);
    }

    /// <summary>A custom profile; every item must exist and every level must be a level of the framework.</summary>
    public static Result<TargetProfile> Custom(Framework framework, string name, IEnumerable<TargetLevel> targets)
    {
        var list = targets.ToList();
        var errors = new List<DomainError>();
        foreach (var t in list)
        {
            if (!framework.HasItem(t.ItemCode))
            {
                errors.Add(new DomainError("profile.unknown-item", $"'{t.ItemCode}' is not an item of {framework.Key}.", AssessmentRules.UsageAdvice) { Args = [t.ItemCode, framework.Key] });
            }

            if (framework.LevelByNumber(t.Level) is null)
            {
                errors.Add(new DomainError("profile.bad-level", $"Level {t.Level} for '{t.ItemCode}' is not a level of {framework.Key}.", AssessmentRules.UsageAdvice) { Args = [t.Level, t.ItemCode, framework.Key] });
            }
        }

        errors.AddRange(list.GroupBy(t => t.ItemCode).Where(g => g.Count() > 1)
            .Select(g => new DomainError("profile.duplicate-item", $"'{g.Key}' has more than one target.", AssessmentRules.UsageAdvice) { Args = [g.Key] }));
        return errors.Count > 0 ? Result<TargetProfile>.Failure(errors) : new TargetProfile(name, list.ToEquatableList());
    }
}

/// <summary>Gap between the assessed and the required level of one item.</summary>
public sealed record GapItem(string ItemCode, string Title, int? Actual, int Required)
{
    /// <summary>Levels still to go (an unrated item counts from 0).</summary>
    public int Gap => Math.Max(0, Required - (Actual ?? 0));

    public bool IsGap => Gap > 0;
}

/// <summary>Gap analysis of a competency assessment against a target profile.</summary>
public static class GapAnalysis
{
    /// <summary>One entry per item the profile covers, in framework order.</summary>
    public static IReadOnlyList<GapItem> Compute(Framework framework, Assessment assessment, TargetProfile profile) =>
        framework.RatableItems()
            .Where(i => profile.RequiredFor(i.Code) is not null)
            .Select(i => new GapItem(i.Code, i.Title, LevelOf(assessment, i.Code), profile.RequiredFor(i.Code)!.Value))
            .ToList();

    /// <summary>The level number an assessment gives an item (its score on the level scale), or null.</summary>
    public static int? LevelOf(Assessment assessment, string itemCode) =>
        assessment.RatingOf(itemCode) is { } r ? LevelOfScore(r.Score) : null;

    /// <summary>The level number a rating's score stands for on the level scale (the score is the level number).</summary>
    public static int LevelOfScore(decimal score) => (int)score;
}
