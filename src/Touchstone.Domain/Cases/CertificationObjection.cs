using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.Domain.Cases;

/// <summary>
/// Which certification decisions an objection can contest. The CMC sources know two decisions only — the
/// certificatiebeslisser grants or refuses on the assessors' advice (seed 000 "Na een assessment"; seed 001 "Toekenning") —
/// and a grant carries no conditions. The objection rules applied by analogy (frameworks/case-types.yaml) open the
/// objection only to the candidate directly harmed in his interests (Examenreglement 11.1) and only against the outcome
/// (14). A grant harms no candidate: an objection against it can never be admissible, so it is not linked to a granted
/// decision at all (the letter is still registered, unlinked, and its checklist declares it inadmissible: 11.1). Anyone
/// else's grievance about a certified consultant is a complaint (13.1), not an objection. Hence there is no follow-up
/// of an upheld objection against a grant to model (no suspension or withdrawal on objection).
/// </summary>
public static class CertificationObjection
{
    public const string Rule = "Examenreglement 11.1, 14 (by analogy)";

    /// <summary>Whether an objection may be linked to a decision with this outcome (null: no decision yet, judged premature later).</summary>
    public static Result Contestable(DecisionOutcome? outcome) =>
        outcome == DecisionOutcome.Granted
            ? new DomainError("cases.cmc-link.granted",
                "A grant cannot be objected against: only a candidate harmed by the decision objects, and a grant harms no candidate.", Rule)
            : Result.Ok;
}
