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
        [Role.Candidate] =
        [
            new("Cmc.Apply.Title", "/PersonCertification/Apply"),
            new("Cmc.Nav.Applications", "/PersonCertification"),
            new("Cmc.Nav.Ce", "/PersonCertification/Ce"),
        ],
        [Role.OrganisationContact] =
        [
            new("Cmc.Nominate.Title", "/PersonCertification/Nominate"),
            new("Cmc.Nav.Applications", "/PersonCertification"),
        ],
        [Role.BackOffice] =
        [
            new("Cmc.Nav.Applications", "/PersonCertification"),
            new("Cmc.Nav.Assessors", "/PersonCertification/Assessors"),
            new("Cmc.Nav.Certificates", "/PersonCertification/Certificates"),
        ],
        [Role.Assessor] =
        [
            new("Cmc.Nav.Applications", "/PersonCertification"),
        ],
        [Role.DecisionMaker] =
        [
            new("Cmc.Nav.Applications", "/PersonCertification"),
            new("Cmc.Nav.Certificates", "/PersonCertification/Certificates"),
        ],
    };

    public static IReadOnlyList<HomeTask> For(Role role) => Tasks.TryGetValue(role, out var tasks) ? tasks : [];
}
