using Microsoft.AspNetCore.Authorization;
using Touchstone.Domain.Accounts;

namespace Touchstone.Web.Infrastructure.Auth;

/// <summary>The authorization policies. Every page and API route names one of these (or allows anonymous access).</summary>
public static class Policies
{
    public const string Administrator = "admin";

    /// <summary>Certification-body and exam-institute staff: back office, director, administrator.</summary>
    public const string Staff = "staff";

    /// <summary>Everyone with a part in CMC person certification; each use case checks what the person may do on which application.</summary>
    public const string Cmc = "cmc";

    /// <summary>Staff who keep the CMC register: back office, decision-maker, administrator.</summary>
    public const string CmcStaff = "cmc-staff";

    public static string ForRole(Role role) => "role:" + role;

    public static IServiceCollection AddTouchstoneAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            // A page or route without an explicit rule needs at least a signed-in user.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Administrator, p => p.RequireRole(nameof(Role.Administrator)))
            .AddPolicy(Staff, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.Director), nameof(Role.Administrator)))
            .AddPolicy(Cmc, p => p.RequireRole(nameof(Role.Candidate), nameof(Role.OrganisationContact), nameof(Role.BackOffice), nameof(Role.Assessor), nameof(Role.DecisionMaker), nameof(Role.Administrator)))
            .AddPolicy(CmcStaff, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.DecisionMaker), nameof(Role.Administrator)));
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
