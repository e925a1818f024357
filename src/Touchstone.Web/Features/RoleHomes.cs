using Touchstone.Domain.Accounts;

namespace Touchstone.Web.Features;

/// <summary>A task on a role's home page.</summary>
public sealed record HomeTask(string TextKey, string Href);

/// <summary>What each role sees on its home page. Capabilities add their tasks here.</summary>
public static class RoleHomes
{
    public static Dictionary<Role, List<HomeTask>> Tasks { get; } = new()
    {
        [Role.Administrator] =
        [
            new("Nav.Users", "/Admin/Users"),
            new("Nav.Audit", "/Admin/Audit"),
            new("Nav.Outbox", "/Admin/Outbox"),
        ],
        [Role.BackOffice] =
        [
            new("Nav.Cases", "/Cases"),
            new("Cases.New.Title", "/Cases/New"),
            new("Nav.CaseDeadlines", "/Cases/Deadlines"),
        ],
        [Role.Director] =
        [
            new("Nav.Cases", "/Cases"),
            new("Nav.CaseDeadlines", "/Cases/Deadlines"),
            new("Cases.Report.Title", "/Cases/Report"),
        ],
        [Role.ExamCommitteeMember] =
        [
            new("Nav.Cases", "/Cases?type=Objection"),
            new("Cases.Comments.Title", "/Cases/Comments"),
            new("Cases.Report.Title", "/Cases/Report"),
        ],
        [Role.Candidate] =
        [
            new("Nav.CaseSubmit", "/Public/Cases/Submit"),
        ],
    };

    public static IReadOnlyList<HomeTask> For(Role role) => Tasks.TryGetValue(role, out var tasks) ? tasks : [];
}
