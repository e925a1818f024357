using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.Domain.Accounts;
using Touchstone.Web.Features.Account;
using Touchstone.Web.Features.Shared;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Admin;

/// <summary>Accounts: search, page through, invite.</summary>
public sealed class UsersModel(TouchstoneDbContext db, InviteUserHandler invite, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    public Paged<UserRow> Rows { get; private set; } = Paged<UserRow>.Empty;

    public IEnumerable<SelectListItem> RoleOptions =>
        Enum.GetValues<Role>().Select(r => new SelectListItem(t["Role." + r], r.ToString()));

    public IEnumerable<SelectListItem> SchemeOptions =>
        new[] { new SelectListItem(t["Admin.Users.AllSchemes"], string.Empty) }.Concat(Schemes.All.Select(s => new SelectListItem(s, s)));

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var scope = new RoleScope(Invite.Role, string.IsNullOrEmpty(Invite.Scheme) ? null : Invite.Scheme);
        var result = await invite.HandleAsync(new InviteUser(Invite.Email.Trim(), Invite.DisplayName, [scope], Invite.Reason), Links.For(Request), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = t["Admin.Users.Invited", result.Value.Email!].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(u => u.DisplayName.ToLower().Contains(q) || u.Email!.ToLower().Contains(q));
        }

        Rows = await Paged<UserRow>.CreateAsync(
            query.OrderBy(u => u.DisplayName).Select(u => new UserRow(u.Id, u.DisplayName, u.Email!, u.Grants.Select(g => new RoleScope(g.Role, g.Scheme)).ToList())),
            PageNumber,
            25,
            ct);
    }

    public sealed record UserRow(string Id, string DisplayName, string Email, List<RoleScope> Roles);

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200)]
        [Display(Name = "Common.Name")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Login.Email")]
        public string Email { get; set; } = string.Empty;

        public Role Role { get; set; } = Role.Candidate;

        public string? Scheme { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Common.Reason")]
        public string Reason { get; set; } = string.Empty;
    }
}
