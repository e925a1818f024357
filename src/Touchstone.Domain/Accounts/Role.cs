namespace Touchstone.Domain.Accounts;

/// <summary>
/// The roles of the rulebook (DOMAIN.md "Roles"). The anonymous public visitor has no role.
/// One account may hold several roles, each optionally scoped to a scheme.
/// </summary>
public enum Role
{
    Candidate,
    OrganisationContact,
    TrainingProvider,
    Assessor,
    Auditor,
    Marker,
    Examiner,
    ConstructionTeamMember,
    ExamCommitteeMember,
    Visitor,
    DecisionMaker,
    Director,
    BackOffice,
    Administrator,
}

/// <summary>The schemes a role can be scoped to.</summary>
public static class Schemes
{
    public const string Cmc = "CMC";
    public const string Atp = "ATP";
    public const string Acp = "ACP";
    public const string Maatstaf = "MAATSTAF";
    public const string Lmp = "LMP";

    public static IReadOnlyList<string> All { get; } = [Cmc, Atp, Acp, Maatstaf, Lmp];

    public static bool IsKnown(string? scheme) => scheme is null || All.Contains(scheme);
}

/// <summary>A role held by an account, possibly limited to one scheme (null = every scheme).</summary>
public sealed record RoleScope(Role Role, string? Scheme)
{
    /// <summary>Whether this grant covers acting as <paramref name="role"/> within <paramref name="scheme"/>.</summary>
    public bool Covers(Role role, string? scheme) => Role == role && (Scheme is null || scheme is null || Scheme == scheme);

    public override string ToString() => Scheme is null ? Role.ToString() : $"{Role}@{Scheme}";

    public static bool TryParse(string text, out RoleScope? scope)
    {
        scope = null;
        var parts = text.Split('@', 2);
        if (!Enum.TryParse<Role>(parts[0], out var role) || !Enum.IsDefined(role))
        {
            return false;
        }

        var scheme = parts.Length == 2 ? parts[1] : null;
        if (!Schemes.IsKnown(scheme))
        {
            return false;
        }

        scope = new RoleScope(role, scheme);
        return true;
    }
}
