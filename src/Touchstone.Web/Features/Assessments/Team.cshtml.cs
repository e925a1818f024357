using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Assessments;

/// <summary>
/// Team view for managers: heat map item × person, distribution per level, filters; XLSX export. People come
/// 50 to a page (all on one page with all=true); the distribution and the export cover everyone of the selection.
/// </summary>
public sealed class TeamModel(TouchstoneDbContext db, GetFrameworkHandler frameworks, GetTeamViewHandler teamView) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Framework { get; set; } = "vakvolwassenheid@1.0";

    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public RaterRole Rater { get; set; } = RaterRole.Manager;

    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Preset { get; set; }

    /// <summary>Page of people (query parameter p, as the shared pager writes it).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>All people on one page instead of <see cref="PeoplePerPage"/> at a time.</summary>
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public const int PeoplePerPage = 50;

    public TeamViewResult? Result { get; private set; }

    private readonly Dictionary<(int? Level, bool Gap), string> _cells = [];

    public List<FrameworkSummary> Frameworks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Frameworks = (await frameworks.ListAsync(ct)).Where(f => f.Kind == Touchstone.Domain.Standards.FrameworkKind.CompetencyStandard).ToList();
        var result = await ComputeAsync(All ? null : PeoplePerPage, ct);
        if (result.IsSuccess)
        {
            Result = result.Value;
        }
        else
        {
            ModelState.AddErrors(result.Errors);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var result = await ComputeAsync(null, ct);
        return result.IsSuccess
            ? File(AssessmentExports.TeamXlsx(result.Value), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "teamoverzicht.xlsx")
            : BadRequest();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var result = await ComputeAsync(null, ct);
        return result.IsSuccess
            ? File(AssessmentExports.TeamPdf(result.Value, Team), "application/pdf", "teamoverzicht.pdf")
            : BadRequest();
    }

    /// <summary>The heat-map cells of one item row for the people of this page, written straight to the response.</summary>
    public IHtmlContent Row(int item) => new HeatRow(this, item);

    /// <summary>
    /// Markup of one heat-map cell: short classes (h0–h4 heat step, hn unrated, d dimmed by the level filter, g below
    /// the profile) and the level digit; a handful of distinct strings, so 24,000 cells cost no formatting.
    /// </summary>
    private string Cell(int? level, bool gap)
    {
        if (!_cells.TryGetValue((level, gap), out var html))
        {
            var levels = Result!.Framework.Levels;
            var css = Level is not null && level != Level ? "d"
                : AssessmentExports.HeatStep(level, levels.Min(l => l.Number), levels.Max(l => l.Number)) is { } step ? "h" + step.ToString(CultureInfo.InvariantCulture)
                : "hn";
            html = $"<td class=\"{css}{(gap ? " g" : string.Empty)}\">{level?.ToString(CultureInfo.InvariantCulture) ?? "—"}</td>";
            _cells[(level, gap)] = html;
        }

        return html;
    }

    private async Task<Touchstone.Domain.Common.Result<TeamViewResult>> ComputeAsync(int? pageSize, CancellationToken ct)
    {
        var viewer = await AssessmentViewer.LoadAsync(db, User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        var fw = Framework.Split('@', 2);
        return await teamView.HandleAsync(viewer, new TeamViewQuery(fw[0], fw.Length > 1 ? fw[1] : string.Empty, Team, Rater, Group, Level, Preset, PageNumber, pageSize), ct);
    }

    private sealed class HeatRow(TeamModel page, int item) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var result = page.Result!;
            for (var person = 0; person < result.People.Count; person++)
            {
                writer.Write(page.Cell(result.Level(person, item), result.IsGap(person, item)));
            }
        }
    }
}
