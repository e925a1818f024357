using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.PersonCertification;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.PersonCertification;

/// <summary>The consultant's continuing-education log and live dashboard (Bijlage Permanente Educatie).</summary>
public sealed class CeModel(TouchstoneDbContext db, GetCeDashboardHandler dashboard, AddCeActivityHandler add, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    public CeView View { get; private set; } = null!;

    public CmcScheme Scheme => CmcSchemeFile.Current;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || Input.Start is null || Input.End is null || Input.Amount is null)
        {
            if (Input.Start is null || Input.End is null || Input.Amount is null)
            {
                ModelState.AddModelError(string.Empty, t["Cmc.Ce.Required"].Value);
            }

            await LoadAsync(ct);
            return Page();
        }

        var actor = await CmcActors.ForAsync(User, db, ct);
        var result = await add.HandleAsync(new AddCeActivity(
            Input.Title ?? "", Input.Start.Value, Input.End.Value, Input.Amount.Value, Input.Unit, Input.EqfLevel, Input.Category,
            Input.EvidenceKind, Input.EvidenceDate, Input.EvidenceHours, Input.PeopleInvolved, Input.SelfDeclarationReason), actor, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = t["Cmc.Ce.Added", Input.Title ?? ""].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var id = (await CmcActors.ForAsync(User, db, ct)).UserId;
        View = await dashboard.HandleAsync(new GetCeDashboard(id), ct);
    }

    public sealed class ActivityInput
    {
        public string? Title { get; set; }

        public DateOnly? Start { get; set; }

        public DateOnly? End { get; set; }

        public decimal? Amount { get; set; }

        public CeUnit Unit { get; set; }

        public int? EqfLevel { get; set; }

        public CeCategory Category { get; set; }

        public EvidenceKind? EvidenceKind { get; set; }

        public DateOnly? EvidenceDate { get; set; }

        public decimal? EvidenceHours { get; set; }

        public string? PeopleInvolved { get; set; }

        public string? SelfDeclarationReason { get; set; }
    }
}
