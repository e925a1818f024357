using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Touchstone.App.Cases;
using Touchstone.Domain.Cases;
using Touchstone.Web.Features.Shared;

namespace Touchstone.Web.Features.Cases;

/// <summary>The register of complaints and objections: filters, pages, spreadsheet export.</summary>
public sealed class IndexModel(CaseRegisterHandler register, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Scheme { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<CaseRow> Rows { get; private set; } = Paged<CaseRow>.Empty;

    public IEnumerable<SelectListItem> TypeOptions => CaseWeb.Types(t, withAppeal: true, withAll: true);

    public IEnumerable<SelectListItem> StateOptions => CaseWeb.States(t);

    public IEnumerable<SelectListItem> SchemeOptions => new[] { new SelectListItem(t["Cases.All"], string.Empty) }.Concat(CaseWeb.Schemes());

    private CaseFilter Filter => new(Type, State, Scheme, Year, Q);

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await Paged<CaseRow>.CreateAsync(register.Query(Filter, User.ToCaseActor()), PageNumber, 25, ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        File(await register.ExportAsync(Filter, User.ToCaseActor(), ct),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "register-klachten-bezwaren.xlsx");
}
