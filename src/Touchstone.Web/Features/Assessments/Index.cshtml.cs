using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.App.Standards;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Assessments;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Assessments;

/// <summary>My assessments, and starting a new one (subject, framework version, rater capacity, cycle).</summary>
public sealed class IndexModel(
    TouchstoneDbContext db, ListAssessmentsHandler list, GetFrameworkHandler frameworks, StartAssessmentHandler start, IStringLocalizer<SharedResource> t) : PageModel
{
    public List<AssessmentRow> Rows { get; private set; } = [];

    public List<SelectListItem> Subjects { get; private set; } = [];

    public List<SelectListItem> FrameworkOptions { get; private set; } = [];

    /// <summary>Framework key → whether it is a competency standard (its assessments open the profile page, not the heat map).</summary>
    public Dictionary<string, bool> IsCompetency { get; private set; } = [];

    public IEnumerable<SelectListItem> RoleOptions => Enum.GetValues<RaterRole>().Select(r => new SelectListItem(t["Assessments.Rater." + r], r.ToString()));

    [BindProperty]
    public StartInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var parts = (Input.Subject ?? string.Empty).Split(':', 2);
        var fw = (Input.Framework ?? string.Empty).Split('@', 2);
        if (parts.Length != 2 || fw.Length != 2 || !Enum.TryParse<SubjectKind>(parts[0], out var kind))
        {
            ModelState.AddModelError(string.Empty, t["Assessments.Start.Incomplete"]);
            await LoadAsync(ct);
            return Page();
        }

        var result = await start.HandleAsync(new StartAssessment(kind, parts[1], fw[0], fw[1], Input.RaterRole, Input.Cycle ?? string.Empty, Input.Team ?? string.Empty), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = t["Assessments.Started"].Value;
        return Redirect($"/Assessments/Rate/{result.Value.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await list.HandleAsync(null, ct);
        var versions = await frameworks.ListAsync(ct);
        FrameworkOptions = versions.Select(f => new SelectListItem($"{f.Title} ({f.Code}@{f.Version})", $"{f.Code}@{f.Version}")).ToList();
        IsCompetency = versions.ToDictionary(f => $"{f.Code}@{f.Version}", f => f.Kind == Touchstone.Domain.Standards.FrameworkKind.CompetencyStandard);
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var viewer = await AssessmentViewer.LoadAsync(db, me, ct);
        Subjects = [new SelectListItem(t["Assessments.Subject.Myself"], $"{SubjectKind.Person}:{me}")];
        var organisations = db.Set<Organisation>().AsNoTracking();
        if (!(viewer.Has(Role.Auditor) || viewer.Has(Role.BackOffice)))
        {
            organisations = viewer.OrganisationId is { } own && viewer.Has(Role.OrganisationContact) ? organisations.Where(o => o.Id == own) : organisations.Where(o => false);
        }

        Subjects.AddRange((await organisations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => new SelectListItem(o.Name, $"{SubjectKind.Organisation}:{o.Id}")));
        if (viewer.IsManager || viewer.Has(Role.Assessor))
        {
            var people = await db.Users.AsNoTracking().Where(u => u.Id != me && u.Grants.Any(g => g.Role == Role.Candidate))
                .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
            Subjects.AddRange(people.Select(p => new SelectListItem(p.DisplayName, $"{SubjectKind.Person}:{p.Id}")));
        }
    }

    public sealed class StartInput
    {
        public string? Subject { get; set; }

        public string? Framework { get; set; }

        public RaterRole RaterRole { get; set; } = RaterRole.Self;

        public string? Cycle { get; set; }

        public string? Team { get; set; }
    }
}
