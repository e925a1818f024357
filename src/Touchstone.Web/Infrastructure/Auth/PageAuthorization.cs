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
        // The public diploma check's address (Examenreglement 10.6) is /verify; /Public/Verify keeps working for older links.
        conventions.AddPageRoute("/Public/Verify", "verify");

        conventions.AuthorizeFolder("/Admin", Policies.Administrator);

        // Standards: any signed-in user may browse (fallback policy). Assessments: signed-in users; which
        // assessment a user may see or change is decided per assessment (AssessmentViewer). The team view is for managers.
        conventions.AuthorizePage("/Assessments/Team", Policies.Managers);
        conventions.AuthorizeFolder("/Exams/Sessions", Policies.ExamsStaff);
        conventions.AuthorizeFolder("/Exams/Results", Policies.ExamsStaff);
        conventions.AuthorizeFolder("/Exams/Diplomas", Policies.ExamsStaff);
        conventions.AuthorizeFolder("/Exams/Inspections", Policies.ExamsStaff);
        conventions.AuthorizeFolder("/Exams/Registrations", Policies.ExamsRegistrar);
        conventions.AuthorizeFolder("/Exams/ExamDay", Policies.ExamsExaminer);
        conventions.AuthorizeFolder("/Exams/Marking", Policies.ExamsMarker);
        conventions.AuthorizeFolder("/Exams/Committee", Policies.ExamsCommittee);
        conventions.AuthorizeFolder("/Exams/MyResults", Policies.ExamsCandidate);
        conventions.AuthorizeFolder("/Exams/Independence", Policies.ExamsIndependence);
        // Cases: the committee sees objections and comments; complaints are filtered further per case (13.1).
        conventions.AuthorizeFolder("/Cases", Policies.CaseWork);
        conventions.AuthorizePage("/Cases/New", Policies.CaseStaff);
        conventions.AuthorizePage("/Cases/Deadlines", Policies.CaseStaff);
        conventions.AuthorizeFolder("/PersonCertification", Policies.Cmc);
        conventions.AuthorizePage("/PersonCertification/Apply", Policies.ForRole(Domain.Accounts.Role.Candidate));
        conventions.AuthorizePage("/PersonCertification/Ce", Policies.ForRole(Domain.Accounts.Role.Candidate));
        conventions.AuthorizePage("/PersonCertification/Nominate", Policies.ForRole(Domain.Accounts.Role.OrganisationContact));
        conventions.AuthorizePage("/PersonCertification/Assessors", Policies.Staff);
        conventions.AuthorizePage("/PersonCertification/Registers", Policies.Staff);
        conventions.AuthorizePage("/PersonCertification/Certificates", Policies.CmcStaff);
    }
}
