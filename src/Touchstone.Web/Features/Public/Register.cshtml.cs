using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.PersonCertification;
using Touchstone.Web.Features.Shared;

namespace Touchstone.Web.Features.Public;

/// <summary>The public CMC register: search by name, town or certificate number; status and validity; paginated.</summary>
public sealed class RegisterModel(SearchCmcRegisterHandler search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<RegisterEntry> Rows { get; private set; } = Paged<RegisterEntry>.Empty;

    /// <summary>The search stopped at its result limit: there are more matches than <see cref="Paged{T}.Total"/>.</summary>
    public bool MoreThanTotal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = await search.HandleAsync(new SearchCmcRegister(Q, PageNumber, 25), ct);
        Rows = new Paged<RegisterEntry>(page.Items, page.Page, page.PageSize, page.Total);
        MoreThanTotal = page.MoreThanTotal;
    }
}
