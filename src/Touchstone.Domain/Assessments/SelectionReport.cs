using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Assessments;

/// <summary>Conclusion for one row of a selection report.</summary>
public enum SelectionConclusion
{
    Meets,
    BelowRequired,
    NotAssessed,
}

/// <summary>One task or competency: assessed vs required level with the conclusion.</summary>
public sealed record SelectionRow(string Code, string Name, bool IsTask, int? Assessed, int Required, SelectionConclusion Conclusion);

/// <summary>
/// Selection assessment (EVC) report model: for a candidate, per task and competency the assessed level against the
/// required level (Standaard Vakvolwassenheid, Gebruikersadvies: selectieassessment / EVC-tool).
/// </summary>
public sealed record SelectionReport(string CandidateId, string ProfileName, IReadOnlyList<SelectionRow> Rows)
{
    /// <summary>True when every row meets its requirement.</summary>
    public bool AllMet => Rows.All(r => r.Conclusion == SelectionConclusion.Meets);

    /// <summary>
    /// Builds the report. A task's assessed level is the lowest of its dimension ratings (interpretation: a task is
    /// mastered at a level only when attitude, behaviour, knowledge and drives all are) and its required level the
    /// highest of the profile's dimension targets; a task with an unrated dimension is not assessed.
    /// </summary>
    public static SelectionReport Build(Framework framework, Assessment assessment, TargetProfile profile)
    {
        var rows = new List<SelectionRow>();
        foreach (var task in framework.Tasks)
        {
            var codes = framework.Dimensions.Select(d => task.ItemCode(d.Code)).ToList();
            var required = codes.Select(profile.RequiredFor).OfType<int>().DefaultIfEmpty(0).Max();
            var levels = codes.Select(c => GapAnalysis.LevelOf(assessment, c)).ToList();
            int? assessed = levels.Any(l => l is null) ? null : levels.Min();
            rows.Add(new SelectionRow(task.Code, task.Name, true, assessed, required, Conclude(assessed, required)));
        }

        foreach (var competency in framework.Competencies)
        {
            var required = profile.RequiredFor(competency.Code) ?? 0;
            var assessed = GapAnalysis.LevelOf(assessment, competency.Code);
            rows.Add(new SelectionRow(competency.Code, competency.Name, false, assessed, required, Conclude(assessed, required)));
        }

        return new SelectionReport(assessment.SubjectId, profile.Name, rows);
    }

    private static SelectionConclusion Conclude(int? assessed, int required) =>
        assessed is null ? SelectionConclusion.NotAssessed
        : assessed >= required ? SelectionConclusion.Meets
        : SelectionConclusion.BelowRequired;
}
