using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.App.PersonCertification;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.PersonCertification;

/// <summary>
/// Back office keeps the ATP and ACP register as the register holder publishes it (seed 001 step 3): per institute or
/// practice the first and last day of its listing. The CMC routes check against these dates.
/// </summary>
public sealed class RegistersModel(TouchstoneDbContext db, SetRegisterListingHandler save, TimeProvider time, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public Guid? OrganisationId { get; set; }

    [BindProperty]
    public DateOnly? ListedFrom { get; set; }

    [BindProperty]
    public DateOnly? ListedUntil { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await CmcActors.ForAsync(User, db, ct);
        var result = await save.HandleAsync(new SetRegisterListing(OrganisationId ?? Guid.Empty, ListedFrom, ListedUntil, Reason), actor, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = t["Cmc.Registers.Saved"].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        Rows = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.AtpInstitute || o.Kind == OrganisationKind.AcpPractice)
            .OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new Row(o.Id, o.Name, o.Kind, o.Town, o.RegisterListedFrom, o.RegisterListedUntil)).ToListAsync(ct);
    }

    public sealed record Row(Guid Id, string Name, OrganisationKind Kind, string Town, DateOnly? ListedFrom, DateOnly? ListedUntil)
    {
        public bool ListedOn(DateOnly day) => ListedFrom is { } from && from <= day && (ListedUntil is null || day <= ListedUntil);
    }
}
