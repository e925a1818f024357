using Touchstone.Domain.Common;

namespace Touchstone.Domain.Cases;

/// <summary>
/// One allowed step of a case: from which state to which, and which roles may take it. A step marked
/// <paramref name="ByDecider"/> may also (or only) be taken by the body that decides cases of that type in
/// the case's scheme (<see cref="CaseTypeConfig.DecidedBy"/>): the exam committee for LMP objections, the
/// director for CMC objections against a certification decision.
/// </summary>
public sealed record CaseTransition(CaseType Type, CaseState From, CaseState To, IReadOnlyList<CaseRole> Roles, string Rule, bool ByDecider = false)
{
    /// <summary>The roles allowed when cases of this type are decided by <paramref name="decider"/>.</summary>
    public IReadOnlyList<CaseRole> RolesWith(CaseRole decider) =>
        ByDecider && !Roles.Contains(decider) ? [.. Roles, decider] : Roles;
}

/// <summary>
/// The single transition table for comments, objections, complaints and appeals. Submission (creating a
/// case in <see cref="CaseState.Received"/>) is listed separately in <see cref="Submitters"/>.
/// </summary>
public static class CaseTransitions
{
    private static readonly CaseRole[] BackOffice = [CaseRole.BackOffice];
    private static readonly CaseRole[] DeciderOnly = [];
    private static readonly CaseRole[] Director = [CaseRole.Director];
    private static readonly CaseRole[] OfficeOrDirector = [CaseRole.BackOffice, CaseRole.Director];

    /// <summary>Who may submit (or register on someone's behalf) a case of each type.</summary>
    public static IReadOnlyDictionary<CaseType, IReadOnlyList<CaseRole>> Submitters { get; } =
        new Dictionary<CaseType, IReadOnlyList<CaseRole>>
        {
            // Art. 12: candidates, trainers and other stakeholders.
            [CaseType.Comment] = [CaseRole.Candidate, CaseRole.Public, CaseRole.BackOffice],
            // Art. 11.1: only the candidate (or a representative on his behalf); back office registers the post.
            [CaseType.Objection] = [CaseRole.Candidate, CaseRole.BackOffice],
            [CaseType.Complaint] = [CaseRole.Candidate, CaseRole.Public, CaseRole.BackOffice],
            // Art. 15: the appeal is lodged with the Examenkamer; the institute records it.
            [CaseType.Appeal] = [CaseRole.Candidate, CaseRole.Public, CaseRole.BackOffice],
        };

    /// <summary>Every allowed step. Anything not listed is forbidden.</summary>
    public static IReadOnlyList<CaseTransition> All { get; } =
    [
        new(CaseType.Comment, CaseState.Received, CaseState.Admissibility, BackOffice, "Examenreglement 12"),
        new(CaseType.Comment, CaseState.Admissibility, CaseState.InHandling, BackOffice, "Examenreglement 12"),
        // A late comment is registered and marked late, never refused at the door.
        new(CaseType.Comment, CaseState.Admissibility, CaseState.Inadmissible, BackOffice, "Examenreglement 12"),
        new(CaseType.Comment, CaseState.InHandling, CaseState.Decided, DeciderOnly, "Examenreglement 8.9, 12", ByDecider: true),
        new(CaseType.Comment, CaseState.Decided, CaseState.Closed, BackOffice, "Examenreglement 8.9"),

        new(CaseType.Objection, CaseState.Received, CaseState.Admissibility, BackOffice, "Examenreglement 16"),
        new(CaseType.Objection, CaseState.Admissibility, CaseState.InHandling, BackOffice, "Examenreglement 16", ByDecider: true),
        // Declaring an objection inadmissible is a ruling on it, which belongs to the deciding body.
        new(CaseType.Objection, CaseState.Admissibility, CaseState.Inadmissible, DeciderOnly, "Examenreglement 16.3, 14", ByDecider: true),
        new(CaseType.Objection, CaseState.InHandling, CaseState.Decided, DeciderOnly, "Examenreglement 14", ByDecider: true),
        new(CaseType.Objection, CaseState.Decided, CaseState.Closed, BackOffice, "Examenreglement 14"),

        // Complaints are handled confidentially by or on behalf of the director.
        new(CaseType.Complaint, CaseState.Received, CaseState.Admissibility, OfficeOrDirector, "Examenreglement 13.1"),
        new(CaseType.Complaint, CaseState.Admissibility, CaseState.InHandling, Director, "Examenreglement 13.1"),
        new(CaseType.Complaint, CaseState.Admissibility, CaseState.Inadmissible, Director, "Examenreglement 13.1"),
        new(CaseType.Complaint, CaseState.InHandling, CaseState.Decided, Director, "Examenreglement 13.1"),
        new(CaseType.Complaint, CaseState.Decided, CaseState.Closed, OfficeOrDirector, "Examenreglement 13.1"),

        // The appeals board is external: back office records its steps; the director closes once its
        // ruling has been carried out.
        new(CaseType.Appeal, CaseState.Received, CaseState.Admissibility, BackOffice, "Examenreglement 15"),
        new(CaseType.Appeal, CaseState.Admissibility, CaseState.InHandling, BackOffice, "Examenreglement 15"),
        new(CaseType.Appeal, CaseState.Admissibility, CaseState.Inadmissible, BackOffice, "Examenreglement 15"),
        new(CaseType.Appeal, CaseState.InHandling, CaseState.Decided, BackOffice, "Examenreglement 15"),
        new(CaseType.Appeal, CaseState.Decided, CaseState.Closed, Director, "Examenreglement 15"),
    ];

    /// <summary>The step from <paramref name="from"/> to <paramref name="to"/>, if it exists for the type.</summary>
    public static CaseTransition? Find(CaseType type, CaseState from, CaseState to) =>
        All.FirstOrDefault(t => t.Type == type && t.From == from && t.To == to);

    /// <summary>The roles that may take the step, given the scheme's deciding body; empty when the step does not exist.</summary>
    public static IReadOnlyList<CaseRole> Roles(CaseType type, CaseState from, CaseState to, CaseRole decider) =>
        Find(type, from, to)?.RolesWith(decider) ?? [];

    /// <summary>
    /// Whether <paramref name="role"/> may move a case of <paramref name="type"/> from one state to another,
    /// when cases of that type are decided by <paramref name="decider"/> (from the scheme's configuration).
    /// </summary>
    public static Result Check(CaseType type, CaseState from, CaseState to, CaseRole role, CaseRole decider)
    {
        var transition = Find(type, from, to);
        if (transition is null)
        {
            return new DomainError(
                "cases.transition.forbidden",
                $"A {type} case cannot go from {from} to {to}.") { Args = [type, from, to] };
        }

        var roles = transition.RolesWith(decider);
        return roles.Contains(role)
            ? Result.Ok
            : new DomainError(
                "cases.transition.role",
                $"{role} may not move a {type} case from {from} to {to}; allowed: {string.Join(", ", roles)}.",
                transition.Rule) { Args = [role, type, from, to, roles] };
    }

    /// <summary>Whether <paramref name="role"/> may submit or register a case of <paramref name="type"/>.</summary>
    public static Result CheckSubmission(CaseType type, CaseRole role) =>
        Submitters[type].Contains(role)
            ? Result.Ok
            : new DomainError("cases.submission.role", $"{role} may not submit a {type}.", "Examenreglement 11.1, 12, 13.1, 15") { Args = [role, type] };
}
