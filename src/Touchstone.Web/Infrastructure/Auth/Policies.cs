using Microsoft.AspNetCore.Authorization;
using Touchstone.Domain.Accounts;

namespace Touchstone.Web.Infrastructure.Auth;

/// <summary>The authorization policies. Every page and API route names one of these (or allows anonymous access).</summary>
public static class Policies
{
    public const string Administrator = "admin";

    /// <summary>Certification-body and exam-institute staff: back office, director, administrator.</summary>
    public const string Staff = "staff";

    /// <summary>Managers of client managers (there is no manager role): back office and director.</summary>
    public const string Managers = "managers";

    public static string ForRole(Role role) => "role:" + role;

    public static IServiceCollection AddTouchstoneAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            // A page or route without an explicit rule needs at least a signed-in user.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Administrator, p => p.RequireRole(nameof(Role.Administrator)))
            .AddPolicy(Staff, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.Director), nameof(Role.Administrator)))
            .AddPolicy(Managers, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.Director)));
        services.AddAuthorization(o =>
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                o.AddPolicy(ForRole(role), p => p.RequireRole(role.ToString()));
            }
        });
        return services;
    }
}
