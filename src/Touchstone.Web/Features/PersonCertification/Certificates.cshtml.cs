using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.PersonCertification;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.PersonCertification;

/// <summary>
/// What expires when (staff); suspension, reinstatement or withdrawal by the decision-maker; correction of the holder's
/// name or town on the register by back office.
/// </summary>
public sealed class CertificatesModel(TouchstoneDbContext db, GetExpiryOverviewHandler overview, ChangeCertificateStatusHandler change, CorrectRegisterEntryHandler correct) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Months { get; set; } = 12;

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public CertificateStatus To { get; set; } = CertificateStatus.Suspended;

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public CorrectionInput Correction { get; set; } = new();

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

    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken ct)
    {
        var actor = await CmcActors.ForAsync(User, db, ct);
        var number = (Correction.Number ?? "").Trim().ToUpperInvariant();
        var result = await correct.HandleAsync(new CorrectRegisterEntry(number, Correction.Name ?? "", Correction.Town ?? "", Correction.Reason ?? ""), actor, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            Rows = await overview.HandleAsync(new GetExpiryOverview(Months), ct);
            return Page();
        }

        TempData["Message"] = $"{number}: {Correction.Name} ({Correction.Town})";
        return RedirectToPage();
    }

    public sealed class CorrectionInput
    {
        public string? Number { get; set; }

        public string? Name { get; set; }

        public string? Town { get; set; }

        public string? Reason { get; set; }
    }
}
