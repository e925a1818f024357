using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Common;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Assessments;

/// <summary>
/// Team view filters: framework version, team (department), rater capacity (manager by default), optionally one
/// item group (a task code such as "T3", or "competencies") and a level to highlight.
/// </summary>
public sealed record TeamViewQuery(string FrameworkCode, string FrameworkVersion, string? Team, RaterRole RaterRole = RaterRole.Manager,
    string? ItemGroup = null, int? Level = null, string? Preset = null);

/// <summary>The computed team view: people (id → name), the items shown, the heat map and the distribution.</summary>
public sealed record TeamViewResult(
    Framework Framework, IReadOnlyList<(string Id, string Name, string Cycle)> People, IReadOnlyList<RatableItem> Items,
    IReadOnlyDictionary<(string Person, string Item), int?> Cells, IReadOnlyList<LevelDistribution> Distribution,
    IReadOnlySet<(string Person, string Item)> Gaps, IReadOnlyList<string> Teams);

/// <summary>
/// Development assessment of a department (Standaard Vakvolwassenheid, Gebruikersadvies): for every person
/// their latest finalised assessment in the chosen capacity, as a heat map item × person with the
/// distribution per level. Managers (back office, director) see every team.
/// </summary>
public sealed class GetTeamViewHandler(TouchstoneDbContext db, GetFrameworkHandler frameworks)
{
    public async Task<Result<TeamViewResult>> HandleAsync(AssessmentViewer viewer, TeamViewQuery query, CancellationToken ct)
    {
        if (!viewer.IsManager)
        {
            return new DomainError("team.not-allowed", "Only managers (back office, director) see the team view.", AssessmentRules.UsageAdvice);
        }

        var framework = await frameworks.FindAsync(query.FrameworkCode, query.FrameworkVersion, ct);
        if (framework is null || framework.Kind != FrameworkKind.CompetencyStandard)
        {
            return new DomainError("team.unknown-framework", "Choose an imported competency standard.", AssessmentRules.UsageAdvice);
        }

        var source = db.Set<AssessmentRecord>().AsNoTracking().Where(a => a.SubjectKind == SubjectKind.Person
            && a.FrameworkCode == framework.Code && a.FrameworkVersion == framework.Version && a.RaterRole == query.RaterRole
            && a.State == AssessmentState.Finalised);
        var teams = await source.Select(a => a.Team).Distinct().OrderBy(t => t).ToListAsync(ct);
        if (!string.IsNullOrEmpty(query.Team))
        {
            source = source.Where(a => a.Team == query.Team);
        }

        // One assessment per person: the latest cycle (then the latest finalised). Pick the ids from the light
        // header columns first so only one assessment per person is read and parsed.
        var headers = await source.Select(a => new { a.Id, a.SubjectId, a.Cycle, a.FinalisedAt }).ToListAsync(ct);
        var ids = headers.GroupBy(h => h.SubjectId)
            .Select(g => g.OrderByDescending(h => h.Cycle, StringComparer.Ordinal).ThenByDescending(h => h.FinalisedAt).First().Id)
            .ToList();
        var latest = (await db.Set<AssessmentRecord>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(ct))
            .OrderBy(r => r.SubjectName, StringComparer.CurrentCulture)
            .ToList();
        var view = TeamView.Build(framework, latest.Select(r => r.ToDomainScoresOnly()));
        var items = framework.RatableItems().Where(i => query.ItemGroup switch
        {
            null or "" => true,
            "competencies" => i.ParentCode is null,
            var task => i.ParentCode == task,
        }).ToList();
        var itemCodes = items.Select(i => i.Code).ToHashSet();
        var heat = view.HeatMap();
        var cells = heat.Where(c => itemCodes.Contains(c.ItemCode)).ToDictionary(c => (c.PersonId, c.ItemCode), c => c.Level);
        var distribution = view.Distribution().Where(d => itemCodes.Contains(d.ItemCode)).ToList();
        var gaps = new HashSet<(string, string)>();
        if (!string.IsNullOrEmpty(query.Preset) && TargetProfiles.Resolve(framework, query.Preset) is { IsSuccess: true } profile)
        {
            // Same rule as TeamView.WithGap (unrated counts as below), over the cells already computed.
            var required = profile.Value.Targets.ToDictionary(t => t.ItemCode, t => t.Level);
            foreach (var ((person, item), level) in cells)
            {
                if (required.TryGetValue(item, out var needed) && (level ?? 0) < needed)
                {
                    gaps.Add((person, item));
                }
            }
        }

        return new TeamViewResult(framework, latest.Select(r => (r.SubjectId, r.SubjectName, r.Cycle)).ToList(), items, cells, distribution, gaps, teams);
    }
}
