using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.PersonCertification;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.PersonCertification;

/// <summary>What expires when (staff), and suspension, reinstatement or withdrawal by the decision-maker.</summary>
public sealed class CertificatesModel(TouchstoneDbContext db, GetExpiryOverviewHandler overview, ChangeCertificateStatusHandler change) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Months { get; set; } = 12;

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public CertificateStatus To { get; set; } = CertificateStatus.Suspended;

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<ExpiryRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await overview.HandleAsync(new GetExpiryOverview(Months), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await CmcActors.ForAsync(User, db, ct);
        var result = await change.HandleAsync(new ChangeCertificateStatus((Number ?? "").Trim().ToUpperInvariant(), To, Reason), actor, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            Rows = await overview.HandleAsync(new GetExpiryOverview(Months), ct);
            return Page();
        }

        TempData["Message"] = $"{Number}: {To}";
        return RedirectToPage();
    }
}
