using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Touchstone.App.Data;
using Touchstone.Domain.Accounts;

namespace Touchstone.App.Accounts;

public static class TouchstoneClaimTypes
{
    /// <summary>A role limited to a scheme, as "Role@SCHEME" (an unscoped grant gives just the role claim).</summary>
    public const string ScopedRole = "touchstone:scoped-role";

    public const string DisplayName = "touchstone:display-name";

    public static IEnumerable<RoleScope> Scopes(this ClaimsPrincipal user) =>
        user.FindAll(ScopedRole).Select(c => RoleScope.TryParse(c.Value, out var s) ? s : null).OfType<RoleScope>();

    /// <summary>Whether the user may act as <paramref name="role"/> within <paramref name="scheme"/>.</summary>
    public static bool Holds(this ClaimsPrincipal user, Role role, string? scheme = null) =>
        user.Scopes().Any(s => s.Covers(role, scheme));

    public static IReadOnlyList<Role> Roles(this ClaimsPrincipal user) =>
        user.Scopes().Select(s => s.Role).Distinct().Order().ToList();
}

/// <summary>Puts the user's role grants into the cookie: a role claim per role and a scoped-role claim per grant.</summary>
public sealed class TouchstoneClaimsFactory(
    UserManager<User> users, IOptions<IdentityOptions> options, TouchstoneDbContext db)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TouchstoneClaimTypes.DisplayName, user.DisplayName));
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == user.Id).ToListAsync();
        foreach (var grant in grants)
        {
            identity.AddClaim(new Claim(TouchstoneClaimTypes.ScopedRole, grant.ToScope().ToString()));
        }

        foreach (var role in grants.Select(g => g.Role).Distinct())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
        }

        return identity;
    }
}
