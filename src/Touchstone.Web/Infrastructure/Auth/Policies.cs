using Microsoft.AspNetCore.Authorization;
using Touchstone.App.Accounts;
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

    /// <summary>Who works on comments, objections, complaints and appeals: back office, director, exam committee.</summary>
    public const string CaseWork = "case-work";

    /// <summary>Who registers posted letters and watches the deadlines: back office and director.</summary>
    public const string CaseStaff = "case-staff";

    /// <summary>Everyone with a part in CMC person certification; each use case checks what the person may do on which application.</summary>
    public const string Cmc = "cmc";

    /// <summary>Staff who keep the CMC register: back office, decision-maker, administrator.</summary>
    public const string CmcStaff = "cmc-staff";

    public static string ForRole(Role role) => "role:" + role;

    /// <summary>Exams (LMP): exam-institute staff.</summary>
    public const string ExamsStaff = "exams:staff";

    /// <summary>Exams (LMP): who registers candidates: training providers and staff.</summary>
    public const string ExamsRegistrar = "exams:registrar";

    /// <summary>Exams (LMP): the examiner on the exam day (and staff).</summary>
    public const string ExamsExaminer = "exams:examiner";

    /// <summary>Exams (LMP): markers of the assignments.</summary>
    public const string ExamsMarker = "exams:marker";

    /// <summary>Exams (LMP): exam committee members and the director.</summary>
    public const string ExamsCommittee = "exams:committee";

    /// <summary>Exams (LMP): those who declare their independence (committee members, examiners, markers).</summary>
    public const string ExamsIndependence = "exams:independence";

    /// <summary>Exams (LMP): a candidate seeing his own results.</summary>
    public const string ExamsCandidate = "exams:candidate";

    public static IServiceCollection AddTouchstoneAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            // A page or route without an explicit rule needs at least a signed-in user.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Administrator, p => p.RequireRole(nameof(Role.Administrator)))
            .AddPolicy(Staff, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.Director), nameof(Role.Administrator)))
            .AddPolicy(Managers, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.Director)))
            .AddPolicy(CaseWork, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.Director), nameof(Role.ExamCommitteeMember)))
            .AddPolicy(CaseStaff, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.Director)))
            .AddPolicy(Cmc, p => p.RequireRole(nameof(Role.Candidate), nameof(Role.OrganisationContact), nameof(Role.BackOffice), nameof(Role.Assessor), nameof(Role.DecisionMaker), nameof(Role.Administrator)))
            .AddPolicy(CmcStaff, p => p.RequireRole(nameof(Role.BackOffice), nameof(Role.DecisionMaker), nameof(Role.Administrator)));
        services.AddAuthorization(o =>
        {
            o.AddPolicy(ExamsStaff, p => p.RequireAssertion(c => HoldsLmp(c.User, Role.Director, Role.BackOffice)));
            o.AddPolicy(ExamsRegistrar, p => p.RequireAssertion(c => HoldsLmp(c.User, Role.TrainingProvider, Role.Director, Role.BackOffice)));
            o.AddPolicy(ExamsExaminer, p => p.RequireAssertion(c => HoldsLmp(c.User, Role.Examiner, Role.Director, Role.BackOffice)));
            o.AddPolicy(ExamsMarker, p => p.RequireAssertion(c => HoldsLmp(c.User, Role.Marker)));
            o.AddPolicy(ExamsCommittee, p => p.RequireAssertion(c => HoldsLmp(c.User, Role.ExamCommitteeMember, Role.Director)));
            o.AddPolicy(ExamsIndependence, p => p.RequireAssertion(c => HoldsLmp(c.User, Role.ExamCommitteeMember, Role.ConstructionTeamMember, Role.Examiner, Role.Marker)));
            o.AddPolicy(ExamsCandidate, p => p.RequireAssertion(c => HoldsLmp(c.User, Role.Candidate)));
            foreach (var role in Enum.GetValues<Role>())
            {
                o.AddPolicy(ForRole(role), p => p.RequireRole(role.ToString()));
            }
        });
        return services;
    }

    /// <summary>Whether the user holds one of the roles for the LMP scheme (an unscoped grant covers every scheme).</summary>
    public static bool HoldsLmp(System.Security.Claims.ClaimsPrincipal user, params Role[] roles) =>
        roles.Any(r => user.Holds(r, Schemes.Lmp));
}
