using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Web.Features.Shared;

namespace Touchstone.Web.Features.Admin;

/// <summary>The e-mail outbox: what was sent, what waits, what failed.</summary>
public sealed class OutboxModel(TouchstoneDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<OutboxMessage> Rows { get; private set; } = Paged<OutboxMessage>.Empty;

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await Paged<OutboxMessage>.CreateAsync(db.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAt), PageNumber, 25, ct);
}
