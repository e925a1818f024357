using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.Domain.Accounts;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Admin;

/// <summary>One account: grant or revoke (scheme-scoped) roles, each with a reason for the audit trail.</summary>
public sealed class UserModel(TouchstoneDbContext db, ChangeRoleHandler handler, IStringLocalizer<SharedResource> t) : PageModel
{
    public User Account { get; private set; } = null!;

    public List<RoleGrant> Grants { get; private set; } = [];

    public string? Reason { get; private set; }

    public IEnumerable<SelectListItem> RoleOptions => Enum.GetValues<Role>().Select(r => new SelectListItem(t["Role." + r], r.ToString()));

    public IEnumerable<SelectListItem> SchemeOptions =>
        new[] { new SelectListItem(t["Admin.Users.AllSchemes"], string.Empty) }.Concat(Schemes.All.Select(s => new SelectListItem(s, s)));

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostGrantAsync(string id, Role role, string? scheme, string? reason, CancellationToken ct) =>
        ChangeAsync(id, role, scheme, reason, grant: true, ct);

    public Task<IActionResult> OnPostRevokeAsync(string id, Role role, string? scheme, string? reason, CancellationToken ct) =>
        ChangeAsync(id, role, scheme, reason, grant: false, ct);

    private async Task<IActionResult> ChangeAsync(string id, Role role, string? scheme, string? reason, bool grant, CancellationToken ct)
    {
        var scope = new RoleScope(role, string.IsNullOrEmpty(scheme) ? null : scheme);
        var result = await handler.HandleAsync(new ChangeRole(id, scope, grant, reason ?? string.Empty), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            Reason = reason;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Message"] = (grant ? t["Admin.Users.Granted"] : t["Admin.Users.Revoked"]).Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == id).OrderBy(g => g.Role).ToListAsync(ct);
        return true;
    }
}
