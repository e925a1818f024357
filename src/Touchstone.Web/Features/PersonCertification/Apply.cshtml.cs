using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.PersonCertification;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.PersonCertification;

/// <summary>The CRP application form: individual, ATP graduate or recertification.</summary>
public sealed class ApplyModel(TouchstoneDbContext db, ApplyForCmcHandler apply) : PageModel
{
    [BindProperty]
    public CmcRoute Route { get; set; } = CmcRoute.Individual;

    [BindProperty]
    public string? Town { get; set; }

    [BindProperty]
    public Guid? AtpInstituteId { get; set; }

    [BindProperty]
    public DateOnly? DiplomaDate { get; set; }

    [BindProperty]
    public bool ClaimsExemption { get; set; }

    public IReadOnlyList<SelectListItem> Institutes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await CmcActors.ForAsync(User, db, ct);
        var result = await apply.HandleAsync(new ApplyForCmc(Route, Town ?? "", AtpInstituteId, DiplomaDate, ClaimsExemption), actor, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            await LoadAsync(ct);
            return Page();
        }

        return Redirect($"/PersonCertification/Application/{result.Value}");
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Institutes = await db.Set<Organisation>().AsNoTracking().Where(o => o.Kind == OrganisationKind.AtpInstitute).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync(ct);
}
