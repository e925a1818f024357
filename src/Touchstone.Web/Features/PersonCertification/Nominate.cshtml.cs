using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.PersonCertification;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.PersonCertification;

/// <summary>An ACP practice nominates one of its consultants, optionally with the exemption ground.</summary>
public sealed class NominateModel(TouchstoneDbContext db, NominateConsultantHandler nominate) : PageModel
{
    [BindProperty]
    public string? ConsultantEmail { get; set; }

    [BindProperty]
    public string? Town { get; set; }

    [BindProperty]
    public ExemptionGroundKind? ExemptionKind { get; set; }

    [BindProperty]
    public string? ExemptionEvidence { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await CmcActors.ForAsync(User, db, ct);
        var result = await nominate.HandleAsync(new NominateConsultant(ConsultantEmail ?? "", Town ?? "", ExemptionKind, ExemptionEvidence), actor, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            return Page();
        }

        return Redirect($"/PersonCertification/Application/{result.Value}");
    }
}
