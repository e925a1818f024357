using Touchstone.Domain.Common;

namespace Touchstone.Domain.Cases;

/// <summary>One allowed step of a case: from which state to which, and which roles may take it.</summary>
public sealed record CaseTransition(CaseType Type, CaseState From, CaseState To, IReadOnlyList<CaseRole> Roles, string Rule);

/// <summary>
/// The single transition table for comments, objections, complaints and appeals. Submission (creating a
/// case in <see cref="CaseState.Received"/>) is listed separately in <see cref="Submitters"/>.
/// </summary>
public static class CaseTransitions
{
    private static readonly CaseRole[] BackOffice = [CaseRole.BackOffice];
    private static readonly CaseRole[] Committee = [CaseRole.ExamCommittee];
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
        new(CaseType.Comment, CaseState.InHandling, CaseState.Decided, Committee, "Examenreglement 8.9, 12"),
        new(CaseType.Comment, CaseState.Decided, CaseState.Closed, BackOffice, "Examenreglement 8.9"),

        new(CaseType.Objection, CaseState.Received, CaseState.Admissibility, BackOffice, "Examenreglement 16"),
        new(CaseType.Objection, CaseState.Admissibility, CaseState.InHandling, [CaseRole.BackOffice, CaseRole.ExamCommittee], "Examenreglement 16"),
        // Declaring an objection inadmissible is a ruling on it, which belongs to the committee.
        new(CaseType.Objection, CaseState.Admissibility, CaseState.Inadmissible, Committee, "Examenreglement 16.3, 14"),
        new(CaseType.Objection, CaseState.InHandling, CaseState.Decided, Committee, "Examenreglement 14"),
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

    /// <summary>Whether <paramref name="role"/> may move a case of <paramref name="type"/> from one state to another.</summary>
    public static Result Check(CaseType type, CaseState from, CaseState to, CaseRole role)
    {
        var transition = Find(type, from, to);
        if (transition is null)
        {
            return new DomainError(
                "cases.transition.forbidden",
                $"A {type} case cannot go from {from} to {to}.") { Args = [type, from, to] };
        }

        return transition.Roles.Contains(role)
            ? Result.Ok
            : new DomainError(
                "cases.transition.role",
                $"{role} may not move a {type} case from {from} to {to}; allowed: {string.Join(", ", transition.Roles)}.",
                transition.Rule) { Args = [role, type, from, to, transition.Roles] };
    }

    /// <summary>Whether <paramref name="role"/> may submit or register a case of <paramref name="type"/>.</summary>
    public static Result CheckSubmission(CaseType type, CaseRole role) =>
        Submitters[type].Contains(role)
            ? Result.Ok
            : new DomainError("cases.submission.role", $"{role} may not submit a {type}.", "Examenreglement 11.1, 12, 13.1, 15") { Args = [role, type] };
}
