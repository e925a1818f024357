using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.Accounts;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.PersonCertification;

/// <summary>Back office keeps the qualification record of each CMC assessor.</summary>
public sealed class AssessorsModel(TouchstoneDbContext db, SaveAssessorQualificationHandler save, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? UserId { get; set; }

    [BindProperty]
    public DateOnly? TrainingCompletedOn { get; set; }

    [BindProperty]
    public bool KnowsCmcScheme { get; set; }

    [BindProperty]
    public DateOnly? ValidUntil { get; set; }

    [BindProperty]
    public List<Guid> EmployerIds { get; set; } = [];

    [BindProperty]
    public string? DeclaredRelations { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ValidUntil is null || string.IsNullOrEmpty(UserId))
        {
            ModelState.AddModelError(string.Empty, t["Cmc.Assessors.Required"].Value);
            await LoadAsync(ct);
            return Page();
        }

        var actor = await CmcActors.ForAsync(User, db, ct);
        var relations = (DeclaredRelations ?? "").Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await save.HandleAsync(new SaveAssessorQualification(UserId, TrainingCompletedOn, KnowsCmcScheme, ValidUntil.Value, EmployerIds, relations), actor, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = t["Cmc.Assessors.Saved"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var assessorIds = db.RoleGrants.Where(g => g.Role == Role.Assessor && (g.Scheme == null || g.Scheme == Schemes.Cmc)).Select(g => g.UserId);
        var users = await db.Users.AsNoTracking().Where(u => assessorIds.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var profiles = await db.Set<AssessorProfile>().AsNoTracking().ToDictionaryAsync(p => p.UserId, ct);
        var relatedIds = profiles.Values.SelectMany(p => p.DeclaredRelationUserIds).Distinct().ToArray();
        var emails = await db.Users.AsNoTracking().Where(u => relatedIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? "", ct);
        var orgs = await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        Organisations = orgs.Select(o => (o.Id, o.Name)).ToArray();
        Rows = users.Select(u => profiles.TryGetValue(u.Id, out var p)
            ? new Row(u.Id, u.DisplayName, p.AssessmentTrainingCompletedOn, p.KnowsCmcScheme, p.ValidUntil,
                string.Join(", ", p.EmployerIds.Select(e => orgs.FirstOrDefault(o => o.Id == e)?.Name ?? e.ToString())),
                string.Join(", ", p.DeclaredRelationUserIds.Select(r => emails.GetValueOrDefault(r, r))))
            : new Row(u.Id, u.DisplayName, null, false, null, "", "")).ToArray();
    }

    public sealed record Row(string UserId, string Name, DateOnly? Training, bool KnowsScheme, DateOnly? ValidUntil, string Employers, string Relations);
}
