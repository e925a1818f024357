using Touchstone.Domain.Accounts;

namespace Touchstone.Web.Features;

/// <summary>A task on a role's home page.</summary>
public sealed record HomeTask(string TextKey, string Href);

/// <summary>What each role sees on its home page. Capabilities add their tasks here.</summary>
public static class RoleHomes
{
    // Each capability adds its own rows; a role's home shows the tasks of all its rows.
    public static List<(Role Role, HomeTask[] Tasks)> Entries { get; } =
    [
        (Role.OrganisationContact, [new("Home.Task.SelfEvaluation", "/Assessments"), new("Nav.Standards", "/Standards")]),
        (Role.Auditor, [new("Home.Task.Audits", "/Assessments"), new("Nav.Standards", "/Standards")]),
        (Role.Candidate, [new("Home.Task.SelfAssessment", "/Assessments")]),
        (Role.Assessor, [new("Home.Task.Selection", "/Assessments")]),
        (Role.BackOffice, [new("Nav.TeamView", "/Assessments/Team"), new("Nav.Assessments", "/Assessments"), new("Standards.Import.Title", "/Standards#import")]),
        (Role.Director, [new("Nav.TeamView", "/Assessments/Team"), new("Nav.Assessments", "/Assessments")]),
        (Role.Administrator,
        [
            new("Nav.Users", "/Admin/Users"),
            new("Nav.Audit", "/Admin/Audit"),
            new("Nav.Outbox", "/Admin/Outbox"),
            new("Standards.Import.Title", "/Standards#import"),
        ]),
        (Role.Director,
        [
            new("Exams.Nav.Sessions", "/Exams/Sessions"),
            new("Exams.Nav.Results", "/Exams/Results"),
            new("Exams.Nav.Diplomas", "/Exams/Diplomas"),
            new("Exams.Committee.Members", "/Exams/Committee/Members"),
        ]),
        (Role.BackOffice,
        [
            new("Exams.Nav.Sessions", "/Exams/Sessions"),
            new("Exams.Nav.Registrations", "/Exams/Registrations"),
            new("Exams.Nav.Results", "/Exams/Results"),
            new("Exams.Nav.Inspections", "/Exams/Inspections"),
        ]),
        (Role.TrainingProvider, [new("Exams.Nav.Registrations", "/Exams/Registrations")]),
        (Role.Examiner, [new("Exams.Nav.ExamDay", "/Exams/ExamDay")]),
        (Role.Marker, [new("Exams.Nav.Marking", "/Exams/Marking")]),
        (Role.ExamCommitteeMember, [new("Exams.Nav.Committee", "/Exams/Committee")]),
        (Role.ConstructionTeamMember, [new("Exams.Nav.Independence", "/Exams/Independence")]),
        (Role.Candidate, [new("Exams.Nav.MyResults", "/Exams/MyResults")]),
        (Role.BackOffice,
        [
            new("Nav.Cases", "/Cases"),
            new("Cases.New.Title", "/Cases/New"),
            new("Nav.CaseDeadlines", "/Cases/Deadlines"),
        ]),
        (Role.Director,
        [
            new("Nav.Cases", "/Cases"),
            new("Nav.CaseDeadlines", "/Cases/Deadlines"),
            new("Cases.Report.Title", "/Cases/Report"),
        ]),
        (Role.ExamCommitteeMember,
        [
            new("Nav.Cases", "/Cases?type=Objection"),
            new("Cases.Comments.Title", "/Cases/Comments"),
            new("Cases.Report.Title", "/Cases/Report"),
        ]),
        (Role.Candidate,
        [
            new("Nav.CaseSubmit", "/Public/Cases/Submit"),
        ]),
        (Role.Candidate,
        [
            new("Cmc.Apply.Title", "/PersonCertification/Apply"),
            new("Cmc.Nav.Applications", "/PersonCertification"),
            new("Cmc.Nav.Ce", "/PersonCertification/Ce"),
        ]),
        (Role.OrganisationContact,
        [
            new("Cmc.Nominate.Title", "/PersonCertification/Nominate"),
            new("Cmc.Nav.Applications", "/PersonCertification"),
        ]),
        (Role.BackOffice,
        [
            new("Cmc.Nav.Applications", "/PersonCertification"),
            new("Cmc.Nav.Assessors", "/PersonCertification/Assessors"),
            new("Cmc.Nav.Registers", "/PersonCertification/Registers"),
            new("Cmc.Nav.Certificates", "/PersonCertification/Certificates"),
        ]),
        (Role.Assessor,
        [
            new("Cmc.Nav.Applications", "/PersonCertification"),
        ]),
        (Role.DecisionMaker,
        [
            new("Cmc.Nav.Applications", "/PersonCertification"),
            new("Cmc.Nav.Certificates", "/PersonCertification/Certificates"),
        ]),
    ];

    public static IReadOnlyList<HomeTask> For(Role role) =>
        Entries.Where(e => e.Role == role).SelectMany(e => e.Tasks).DistinctBy(t => t.Href).ToList();
}
