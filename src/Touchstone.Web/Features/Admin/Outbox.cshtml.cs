using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Web.Features.Shared;

namespace Touchstone.Web.Features.Admin;

/// <summary>The e-mail outbox: what was sent, what waits, what failed; searchable by recipient or subject.</summary>
public sealed class OutboxModel(TouchstoneDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<OutboxMessage> Rows { get; private set; } = Paged<OutboxMessage>.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Outbox.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(m => m.To.ToLower().Contains(q) || m.Subject.ToLower().Contains(q));
        }

        // Ids are time-ordered (UUID v7): a stable newest-first order even when timestamps are equal.
        Rows = await Paged<OutboxMessage>.CreateAsync(query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id), PageNumber, 25, ct);
    }
}
