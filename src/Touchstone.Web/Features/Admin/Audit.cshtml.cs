using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Touchstone.App.Audit;
using Touchstone.App.Data;
using Touchstone.Web.Features.Shared;

namespace Touchstone.Web.Features.Admin;

/// <summary>The audit trail, newest first, filtered; and a check of its hash chain.</summary>
public sealed class AuditModel(TouchstoneDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<AuditRecord> Rows { get; private set; } = Paged<AuditRecord>.Empty;

    public VerificationResult? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        var (count, broken) = await new AuditVerifier(db).VerifyAsync(ct);
        Verification = broken is null
            ? new VerificationResult(true, t["Admin.Audit.Intact", count])
            : new VerificationResult(false, t["Admin.Audit.Broken", broken.Sequence, broken.Problem]);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var from = From is null ? (DateTimeOffset?)null : new DateTimeOffset(From.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = To is null ? (DateTimeOffset?)null : new DateTimeOffset(To.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var query = AuditQuery.Filter(db.AuditRecords.AsNoTracking(), Entity, Actor, from, to).OrderByDescending(r => r.Sequence);
        Rows = await Paged<AuditRecord>.CreateAsync(query, PageNumber, 50, ct);
    }

    public sealed record VerificationResult(bool Intact, string Text);
}
