namespace Touchstone.Domain.Cases;

/// <summary>Where the handling term of a case type starts counting.</summary>
public enum HandlingTermStart
{
    /// <summary>From the date the case was received (complaint: answer within 4 weeks of receipt, 13.1).</summary>
    Receipt,

    /// <summary>From the end of the filing period (objection: decided within 30 days after the period ends, 14).</summary>
    FilingPeriodEnd,
}

/// <summary>
/// The terms of one case type in one scheme. All terms count from the case's reference date
/// (<see cref="Case.ReferenceDate"/>) except the handling term (see <see cref="HandlingFrom"/>).
/// </summary>
public sealed record CaseTypeConfig
{
    public required CaseType Type { get; init; }

    /// <summary>Term within which the case must be submitted (comment: 10 working days; objection: 15 days; complaint: 4 weeks).</summary>
    public Term? FilingTerm { get; init; }

    /// <summary>Term within which a timely sent submission must have been received (objection: 20 days, 16.3).</summary>
    public Term? ReceiptTerm { get; init; }

    /// <summary>Term within which the case must be decided or answered (objection: 30 days; complaint: 4 weeks).</summary>
    public Term? HandlingTerm { get; init; }

    public HandlingTermStart HandlingFrom { get; init; } = HandlingTermStart.Receipt;

    /// <summary>The seed article the terms come from.</summary>
    public required string Rule { get; init; }

    /// <summary>A reading chosen where the seed is silent or ambiguous, shown to staff.</summary>
    public string? Interpretation { get; init; }

    /// <summary>The external body that hears appeals (Appeal only).</summary>
    public string? AppealBody { get; init; }

    /// <summary>
    /// The body that rules on admissibility and decides cases of this type in this scheme (steps marked
    /// <see cref="CaseTransition.ByDecider"/>): the exam committee for LMP comments and objections
    /// (Examenreglement 8.9, 14), the director for objections against a certification decision.
    /// </summary>
    public CaseRole DecidedBy { get; init; } = CaseRole.ExamCommittee;

    /// <summary>What an objection of this scheme is directed against and to whom it is addressed (checklist wording).</summary>
    public ObjectionWording Wording { get; init; } = ObjectionWording.Exam;
}

/// <summary>
/// The checklist wording of an objection in a scheme, in English and Dutch: what it must be directed against
/// (Examenreglement 14: "the result of an exam component") and to whom it must be addressed (16.1: "the exam
/// committee"). For certification schemes the configuration names the certification decision and its decider.
/// </summary>
public sealed record ObjectionWording(string Subject, string SubjectNl, string Addressee, string AddresseeNl)
{
    public static ObjectionWording Exam { get; } =
        new("the result of an exam component", "de uitslag van een examenonderdeel", "the exam committee", "de examencommissie");
}

/// <summary>The case types a scheme offers, their terms, and when the deadlines board starts reminding.</summary>
public sealed record SchemeCaseConfig
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>Working days before a due date from which the board shows a reminder.</summary>
    public int ReminderWorkingDaysBefore { get; init; } = 5;

    public required IReadOnlyList<CaseTypeConfig> CaseTypes { get; init; }

    public bool Offers(CaseType type) => CaseTypes.Any(c => c.Type == type);

    /// <summary>The configuration of <paramref name="type"/>; throws when the scheme does not offer it (check <see cref="Offers"/>).</summary>
    public CaseTypeConfig For(CaseType type) =>
        CaseTypes.FirstOrDefault(c => c.Type == type)
        ?? throw new InvalidOperationException($"Scheme {Code} has no {type} cases.");

    /// <summary>
    /// The LMP exam terms as written in the Examenreglement (seed 004): comments 10 working days after the
    /// exam (12); objections within 15 days of dispatch of the result, received within 20 days, decided
    /// within 30 days after the objection period (14, 16.3); complaints within 4 weeks after the event,
    /// answered within 4 weeks of receipt (13.1); appeals to the Examenkamer (13.2, 15).
    /// </summary>
    public static SchemeCaseConfig LmpFromSeed { get; } = new()
    {
        Code = "LMP",
        Name = "LMP-examen (Cinses Praktijkbegeleider-diploma)",
        ReminderWorkingDaysBefore = 5,
        CaseTypes =
        [
            new CaseTypeConfig
            {
                Type = CaseType.Comment,
                FilingTerm = new Term(10, TermUnit.WorkingDays),
                Rule = "Examenreglement 8.8, 12",
            },
            new CaseTypeConfig
            {
                Type = CaseType.Objection,
                FilingTerm = new Term(15, TermUnit.CalendarDays),
                ReceiptTerm = new Term(20, TermUnit.CalendarDays),
                HandlingTerm = new Term(30, TermUnit.CalendarDays),
                HandlingFrom = HandlingTermStart.FilingPeriodEnd,
                Rule = "Examenreglement 14, 16.3",
            },
            new CaseTypeConfig
            {
                Type = CaseType.Complaint,
                FilingTerm = new Term(4, TermUnit.Weeks),
                HandlingTerm = new Term(4, TermUnit.Weeks),
                HandlingFrom = HandlingTermStart.Receipt,
                Rule = "Examenreglement 13.1",
            },
            new CaseTypeConfig
            {
                Type = CaseType.Appeal,
                AppealBody = "College van Beroep van de Examenkamer",
                Rule = "Examenreglement 13.2, 15",
            },
        ],
    };
}
