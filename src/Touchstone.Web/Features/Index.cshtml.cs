using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Accounts;
using Touchstone.Domain.Accounts;

namespace Touchstone.Web.Features;

/// <summary>The home page: a welcome for the public, a section per held role for a signed-in person.</summary>
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<Role> Roles { get; private set; } = [];

    public string DisplayName { get; private set; } = string.Empty;

    public void OnGet()
    {
        Roles = User.Roles();
        DisplayName = User.FindFirst(TouchstoneClaimTypes.DisplayName)?.Value ?? string.Empty;
    }
}
