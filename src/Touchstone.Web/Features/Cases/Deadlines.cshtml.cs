using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Touchstone.App.Cases;

namespace Touchstone.Web.Features.Cases;

/// <summary>Open cases with their due dates: reminders before, overdue flagged, appeal notices sent once.</summary>
public sealed class DeadlinesModel(DeadlinesBoardHandler board, NotifyOverdueCasesHandler notify, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<DeadlineRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await board.HandleAsync(User.ToCaseActor(), ct);

    public async Task<IActionResult> OnPostNotifyAsync(CancellationToken ct)
    {
        var told = await notify.HandleAsync(ct);
        TempData["Message"] = t["Cases.Deadlines.Notified", told].Value;
        return RedirectToPage();
    }
}
