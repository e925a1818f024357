using System.Security.Claims;
using Touchstone.Domain.Accounts;

namespace Touchstone.Web.Features;

/// <summary>One entry of the main navigation: shown to anyone (no roles) or to holders of one of the roles.</summary>
public sealed record NavItem(string TextKey, string Href, params Role[] Roles);

/// <summary>The main navigation per role. Capabilities add their entries to <see cref="Items"/>.</summary>
public static class Navigation
{
    public static List<NavItem> Items { get; } =
    [
        new("Nav.Home", "/"),
        new("Nav.Standards", "/Standards"),
        new("Nav.Assessments", "/Assessments", Role.Candidate, Role.OrganisationContact, Role.Auditor, Role.Assessor, Role.BackOffice, Role.Director),
        new("Nav.TeamView", "/Assessments/Team", Role.BackOffice, Role.Director),
        new("Nav.Users", "/Admin/Users", Role.Administrator),
        new("Nav.Audit", "/Admin/Audit", Role.Administrator),
        new("Nav.Outbox", "/Admin/Outbox", Role.Administrator),
        new("Exams.Nav.Sessions", "/Exams/Sessions", Role.Director, Role.BackOffice),
        new("Exams.Nav.Results", "/Exams/Results", Role.Director, Role.BackOffice),
        new("Exams.Nav.Diplomas", "/Exams/Diplomas", Role.Director, Role.BackOffice),
        new("Exams.Nav.Inspections", "/Exams/Inspections", Role.Director, Role.BackOffice),
        new("Exams.Nav.Registrations", "/Exams/Registrations", Role.TrainingProvider, Role.Director, Role.BackOffice),
        new("Exams.Nav.ExamDay", "/Exams/ExamDay", Role.Examiner),
        new("Exams.Nav.Marking", "/Exams/Marking", Role.Marker),
        new("Exams.Nav.Committee", "/Exams/Committee", Role.ExamCommitteeMember, Role.Director),
        new("Exams.Nav.Independence", "/Exams/Independence", Role.ExamCommitteeMember, Role.ConstructionTeamMember, Role.Examiner, Role.Marker),
        new("Exams.Nav.MyResults", "/Exams/MyResults", Role.Candidate),
        new("Nav.Cases", "/Cases", Role.BackOffice, Role.Director, Role.ExamCommitteeMember),
        new("Nav.CaseDeadlines", "/Cases/Deadlines", Role.BackOffice, Role.Director),
        new("Cmc.Nav.Applications", "/PersonCertification", Role.Candidate, Role.OrganisationContact, Role.BackOffice, Role.Assessor, Role.DecisionMaker),
        new("Cmc.Nav.Ce", "/PersonCertification/Ce", Role.Candidate),
        new("Cmc.Nav.Assessors", "/PersonCertification/Assessors", Role.BackOffice),
        new("Cmc.Nav.Registers", "/PersonCertification/Registers", Role.BackOffice),
        new("Cmc.Nav.Certificates", "/PersonCertification/Certificates", Role.BackOffice, Role.DecisionMaker),
        new("Cmc.Nav.Register", "/Public/Register"),
        new("Exams.Nav.Verify", "/verify"),
    ];

    public static IEnumerable<NavItem> For(ClaimsPrincipal user) =>
        Items.Where(i => i.Roles.Length == 0 || i.Roles.Any(r => user.IsInRole(r.ToString())));
}
