using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Common;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Assessments;

/// <summary>
/// Team view filters: framework version, team (department), rater capacity (manager by default), optionally one
/// item group (a task code such as "T3", or "competencies"), a level to highlight and a target profile for the gaps.
/// People come in pages of <paramref name="PageSize"/> (all on one page when null); the distribution always
/// counts every person of the selection, not only the page.
/// </summary>
public sealed record TeamViewQuery(string FrameworkCode, string FrameworkVersion, string? Team, RaterRole RaterRole = RaterRole.Manager,
    string? ItemGroup = null, int? Level = null, string? Preset = null, int Page = 1, int? PageSize = null);

/// <summary>A person in the team view, with the cycle of the assessment shown.</summary>
public sealed record TeamMember(string Id, string Name, string Cycle);

/// <summary>
/// The computed team view: the people of this page, the items shown (the group filter), levels and gaps per cell,
/// and the distribution per level over all <see cref="PeopleTotal"/> people of the selection.
/// </summary>
public sealed class TeamViewResult
{
    private readonly TeamView _view;
    private readonly int _first;
    private readonly IReadOnlyList<int> _columns;
    private readonly bool[]? _gaps;

    public TeamViewResult(Framework framework, TeamView view, IReadOnlyList<TeamMember> people, int firstPerson, IReadOnlyList<int> itemColumns,
        IReadOnlyList<LevelDistribution> distribution, bool[]? gaps, IReadOnlyList<string> teams, int page, int pages)
    {
        (Framework, _view, People, _first, _columns, Distribution, _gaps, Teams, Page, Pages) =
            (framework, view, people, firstPerson, itemColumns, distribution, gaps, teams, page, pages);
        Items = itemColumns.Select(c => view.Items[c]).ToList();
    }

    public Framework Framework { get; }

    /// <summary>The people on this page, in name order.</summary>
    public IReadOnlyList<TeamMember> People { get; }

    /// <summary>Everyone in the selection (all pages).</summary>
    public int PeopleTotal => _view.People.Count;

    /// <summary>Index of this page's first person among all people of the selection.</summary>
    public int FirstPerson => _first;

    /// <summary>The items shown, in framework order.</summary>
    public IReadOnlyList<RatableItem> Items { get; }

    /// <summary>Per shown item, the number of people at each level, over every person of the selection.</summary>
    public IReadOnlyList<LevelDistribution> Distribution { get; }

    /// <summary>The teams in the viewer's scope that have finalised assessments in the chosen capacity.</summary>
    public IReadOnlyList<string> Teams { get; }

    /// <summary>True when the viewer sees every team (a director); false when only the teams they manage.</summary>
    public bool AllTeams { get; init; }

    public int Page { get; }

    public int Pages { get; }

    /// <summary>Level of the person (index into <see cref="People"/>) on the item (index into <see cref="Items"/>).</summary>
    public int? Level(int person, int item) => _view.LevelAt(_first + person, _columns[item]);

    /// <summary>Whether that cell is below the chosen target profile (never without a profile).</summary>
    public bool IsGap(int person, int item) => _gaps is not null && _gaps[((_first + person) * _view.Items.Count) + _columns[item]];
}

/// <summary>
/// Development assessment of a department (Standaard Vakvolwassenheid, Gebruikersadvies): for every person
/// their latest finalised assessment in the chosen capacity, as a heat map item × person with the
/// distribution per level.
/// </summary>
/// <remarks>
/// Scope. There is no team or manager entity: a team is the label a person assessment carries
/// (<see cref="AssessmentRecord.Team"/>) and the manager of a person is whoever rates that person in the Manager
/// capacity. So a Back office user <em>manages</em> a team when they are the Manager rater of at least one person
/// assessment in that team (in any state, against any framework version), and sees that whole team (every member,
/// in every capacity filter, also people another manager of the same team rated). People assessed without a team
/// label are seen only by their own manager rater, one by one. A Director sees every team
/// (<see cref="AssessmentViewer.SeesAllTeams"/>). The scope applies to the heat map, the distribution, the team
/// list of the filter and the XLSX export alike, since they all come from this handler.
/// </remarks>
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
        if (!viewer.SeesAllTeams)
        {
            var managed = await db.Set<AssessmentRecord>().AsNoTracking()
                .Where(a => a.SubjectKind == SubjectKind.Person && a.RaterRole == RaterRole.Manager && a.RaterId == viewer.UserId)
                .Select(a => new { a.Team, a.SubjectId }).Distinct().ToListAsync(ct);
            var managedTeams = managed.Where(m => m.Team.Length > 0).Select(m => m.Team).Distinct().ToList();
            var managedPeople = managed.Where(m => m.Team.Length == 0).Select(m => m.SubjectId).Distinct().ToList();
            source = source.Where(a => managedTeams.Contains(a.Team) || (a.Team == string.Empty && managedPeople.Contains(a.SubjectId)));
        }

        var teams = await source.Select(a => a.Team).Distinct().OrderBy(t => t).ToListAsync(ct);
        if (!string.IsNullOrEmpty(query.Team))
        {
            source = source.Where(a => a.Team == query.Team);
        }

        // One assessment per person: the latest cycle (then the latest finalised). Pick from the light header
        // columns first, then read only the ratings JSON of the chosen assessments, straight into a level grid.
        var headers = await source.Select(a => new { a.Id, a.SubjectId, a.SubjectName, a.Cycle, a.FinalisedAt }).ToListAsync(ct);
        var chosen = headers.GroupBy(h => h.SubjectId)
            .Select(g => g.OrderByDescending(h => h.Cycle, StringComparer.Ordinal).ThenByDescending(h => h.FinalisedAt).First())
            .OrderBy(h => h.SubjectName, StringComparer.CurrentCulture).ThenBy(h => h.SubjectId, StringComparer.Ordinal)
            .ToList();
        var ids = chosen.Select(h => h.Id).ToList();
        var ratings = await db.Set<AssessmentRecord>().AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.RatingsJson }).ToDictionaryAsync(a => a.Id, a => a.RatingsJson, ct);
        var allItems = framework.RatableItems();
        var itemIndex = allItems.Select((item, i) => (item.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var levels = new int?[chosen.Count * allItems.Count];
        for (var p = 0; p < chosen.Count; p++)
        {
            AssessmentRecord.ReadLevels(ratings.GetValueOrDefault(chosen[p].Id, "[]"), itemIndex, levels.AsSpan(p * allItems.Count, allItems.Count));
        }

        var view = TeamView.FromLevels(framework, chosen.Select(h => h.SubjectId).ToList(), levels);
        var columns = Enumerable.Range(0, allItems.Count).Where(i => query.ItemGroup switch
        {
            null or "" => true,
            "competencies" => allItems[i].ParentCode is null,
            var task => allItems[i].ParentCode == task,
        }).ToList();
        var shown = columns.Select(c => allItems[c].Code).ToHashSet();
        var distribution = view.Distribution().Where(d => shown.Contains(d.ItemCode)).ToList();
        var gaps = !string.IsNullOrEmpty(query.Preset) && TargetProfiles.Resolve(framework, query.Preset) is { IsSuccess: true } profile
            ? view.GapGrid(profile.Value)
            : null;

        var size = query.PageSize is > 0 ? query.PageSize.Value : Math.Max(1, chosen.Count);
        var pages = Math.Max(1, (chosen.Count + size - 1) / size);
        var page = Math.Clamp(query.Page, 1, pages);
        var first = (page - 1) * size;
        var people = chosen.Skip(first).Take(size).Select(h => new TeamMember(h.SubjectId, h.SubjectName, h.Cycle)).ToList();
        return new TeamViewResult(framework, view, people, first, columns, distribution, gaps, teams, page, pages) { AllTeams = viewer.SeesAllTeams };
    }
}
