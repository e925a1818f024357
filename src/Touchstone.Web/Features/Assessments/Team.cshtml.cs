using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Assessments;

/// <summary>Team view for managers: heat map item × person, distribution per level, filters; XLSX export.</summary>
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

    public TeamViewResult? Result { get; private set; }

    public List<FrameworkSummary> Frameworks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Frameworks = (await frameworks.ListAsync(ct)).Where(f => f.Kind == Touchstone.Domain.Standards.FrameworkKind.CompetencyStandard).ToList();
        var result = await ComputeAsync(ct);
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
        var result = await ComputeAsync(ct);
        return result.IsSuccess
            ? File(AssessmentExports.TeamXlsx(result.Value), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "teamoverzicht.xlsx")
            : BadRequest();
    }

    private async Task<Touchstone.Domain.Common.Result<TeamViewResult>> ComputeAsync(CancellationToken ct)
    {
        var viewer = await AssessmentViewer.LoadAsync(db, User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        var fw = Framework.Split('@', 2);
        return await teamView.HandleAsync(viewer, new TeamViewQuery(fw[0], fw.Length > 1 ? fw[1] : string.Empty, Team, Rater, Group, Level, Preset), ct);
    }
}
