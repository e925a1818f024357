using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Touchstone.Web.Infrastructure.Auth;

/// <summary>
/// Which pages need what, in one place. Anything not listed needs a signed-in user (the fallback policy);
/// the authorization matrix test proves the result for every role.
/// </summary>
public static class PageAuthorization
{
    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToPage("/Index");
        conventions.AllowAnonymousToPage("/Account/Login");
        conventions.AllowAnonymousToPage("/Account/LoginWith2fa");
        conventions.AllowAnonymousToPage("/Account/ForgotPassword");
        conventions.AllowAnonymousToPage("/Account/ResetPassword");
        conventions.AllowAnonymousToPage("/Account/AccessDenied");
        conventions.AllowAnonymousToPage("/Account/Logout");
        conventions.AllowAnonymousToFolder("/Errors");
        conventions.AllowAnonymousToFolder("/Public");

        conventions.AuthorizeFolder("/Admin", Policies.Administrator);

        conventions.AuthorizeFolder("/PersonCertification", Policies.Cmc);
        conventions.AuthorizePage("/PersonCertification/Apply", Policies.ForRole(Domain.Accounts.Role.Candidate));
        conventions.AuthorizePage("/PersonCertification/Ce", Policies.ForRole(Domain.Accounts.Role.Candidate));
        conventions.AuthorizePage("/PersonCertification/Nominate", Policies.ForRole(Domain.Accounts.Role.OrganisationContact));
        conventions.AuthorizePage("/PersonCertification/Assessors", Policies.Staff);
        conventions.AuthorizePage("/PersonCertification/Certificates", Policies.CmcStaff);
    }
}
