using Microsoft.AspNetCore.Authorization;
using Touchstone.Domain.Accounts;

namespace Touchstone.Web.Infrastructure.Auth;

/// <summary>The authorization policies. Every page and API route names one of these (or allows anonymous access).</summary>
public static class Policies
{
    public const string Administrator = "admin";

    /// <summary>Certification-body and exam-institute staff: back office, director, administrator.</summary>
    public const string Staff = "staff";

    /// <summary>Who works on comments, objections, complaints and appeals: back office, director, exam committee.</summary>
    public const string CaseWork = "case-work";

    /// <summary>Who registers posted letters and watches the deadlines: back office and director.</summary>
    public const string CaseStaff = "case-staff";

    public static string ForRole(Role role) => "role:" + role;

    public static IServiceCollection AddTouchstoneAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            // A page or route without an explicit rule needs at least a signed-in user.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Administrator, p => p.RequireRole(nameof(Role.Administrator)))
            .AddPolicy(Staff, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.Director), nameof(Role.Administrator)))
            .AddPolicy(CaseWork, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.Director), nameof(Role.ExamCommitteeMember)))
            .AddPolicy(CaseStaff, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.Director)));
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
