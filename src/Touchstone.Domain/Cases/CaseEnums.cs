namespace Touchstone.Domain.Cases;

/// <summary>The kinds of case (Examenreglement 11–15). Which ones a scheme offers comes from <see cref="SchemeCaseConfig"/>.</summary>
public enum CaseType
{
    /// <summary>Zienswijze: a remark on questions or answer models after an exam; not an objection (8.8, 12).</summary>
    Comment,

    /// <summary>Bezwaar: against the result of an exam component (or a certification decision) (11, 14, 16).</summary>
    Objection,

    /// <summary>Klacht: about anything other than a result (13).</summary>
    Complaint,

    /// <summary>Beroep: to the external appeals board against a decided or overdue objection or complaint (13.2, 15).</summary>
    Appeal,
}

/// <summary>The life cycle shared by every case type; allowed steps are in <see cref="CaseTransitions"/>.</summary>
public enum CaseState
{
    Received,
    Admissibility,
    InHandling,
    Decided,
    Closed,

    /// <summary>End state: registered, then declared inadmissible with named reasons.</summary>
    Inadmissible,
}

/// <summary>Who acts on a case.</summary>
public enum CaseRole
{
    Candidate,
    Public,
    BackOffice,
    Director,
    ExamCommittee,
}

/// <summary>The outcome recorded with a decision. Valid outcomes per case type: <see cref="CaseOutcomes.AllowedFor"/>.</summary>
public enum CaseOutcome
{
    /// <summary>Comment: taken over in the final answer model (8.9).</summary>
    Honoured,

    /// <summary>Comment: not taken over; the candidate may still object after the result (12).</summary>
    NotHonoured,

    /// <summary>Objection or appeal: granted (the new result replaces the old one).</summary>
    Upheld,

    PartlyUpheld,

    /// <summary>Objection or appeal: rejected, the result stands.</summary>
    Rejected,

    /// <summary>Complaint: founded.</summary>
    Founded,

    PartlyFounded,

    Unfounded,

    /// <summary>Withdrawn by the person who submitted it.</summary>
    Withdrawn,
}

/// <summary>Which outcomes fit which case type.</summary>
public static class CaseOutcomes
{
    public static IReadOnlyList<CaseOutcome> AllowedFor(CaseType type) => type switch
    {
        CaseType.Comment => [CaseOutcome.Honoured, CaseOutcome.NotHonoured, CaseOutcome.Withdrawn],
        CaseType.Objection or CaseType.Appeal =>
            [CaseOutcome.Upheld, CaseOutcome.PartlyUpheld, CaseOutcome.Rejected, CaseOutcome.Withdrawn],
        CaseType.Complaint =>
            [CaseOutcome.Founded, CaseOutcome.PartlyFounded, CaseOutcome.Unfounded, CaseOutcome.Withdrawn],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
