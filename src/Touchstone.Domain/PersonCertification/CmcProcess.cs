using Touchstone.Domain.Common;

namespace Touchstone.Domain.PersonCertification;

/// <summary>The ways to a CMC certificate (seed 001 "Adviseur", seed 001 ATP/ACP step 4, seed 000).</summary>
public enum CmcRoute
{
    /// <summary>"Nog geen CMC?": apply alone with the CRP form.</summary>
    Individual,
    /// <summary>Graduate of a programme on the ATP register; the diploma must be uploaded.</summary>
    AtpGraduate,
    /// <summary>Nominated by an ACP practice through the register holder.</summary>
    AcpNomination,
    /// <summary>"Al wel CMC?": guided peer review, then the assessment unless exempt.</summary>
    Recertification,
}

/// <summary>Who takes a step in a CMC procedure.</summary>
public enum CmcRole
{
    Candidate,
    BackOffice,
    Assessor,
    DecisionMaker,
    OrganisationContact,
    Administrator,
}

/// <summary>States of a CMC application. Granted/Refused are the decision; Registered, Refused and Withdrawn are final.</summary>
public enum CmcApplicationState
{
    Applied,
    ContractAccepted,
    PeerReviewRecorded,
    DossierCompleted,
    ReviewRequested,
    ReviewIncomplete,
    ReviewComplete,
    ExemptFromAssessment,
    InvitedToAssessment,
    AssessmentScheduled,
    Assessed,
    ReportSubmitted,
    Granted,
    Refused,
    Registered,
    Withdrawn,
}

/// <summary>The steps of a CMC application (seed 001 "Adviseur" numbered steps, seed 000).</summary>
public enum CmcStep
{
    /// <summary>Starting the application (CRP form, ATP application, or the ACP practice's nomination); see <see cref="CmcProcess.WhoMayStart"/>.</summary>
    Apply,
    AcceptContract,
    RecordPeerReview,
    CompleteDossier,
    RequestReview,
    MarkReviewIncomplete,
    MarkReviewComplete,
    GrantExemption,
    InviteToAssessment,
    ScheduleAssessment,
    RecordAssessmentHeld,
    SubmitReport,
    Grant,
    Refuse,
    Register,
    Withdraw,
    /// <summary>The decision-maker grants after an objection against the refusal was upheld (<see cref="CmcProcess.GrantAfterUpheldObjection"/>).</summary>
    GrantAfterObjection,
}

/// <summary>One allowed transition: on these routes, from a state, a step by one of these roles leads to a state.</summary>
public sealed record CmcTransition(IReadOnlyList<CmcRoute> Routes, CmcApplicationState From, CmcStep Step, CmcApplicationState To, IReadOnlyList<CmcRole> Roles, string Rule);

/// <summary>
/// The single transition table of the CMC application procedure, for all four routes.
/// Guards that need data (dossier complete, assessors independent, ...) live on CmcApplication.
/// </summary>
public static class CmcProcess
{
    private const string Crp = "Certificeren? Adviseur (CRP-stappen)";
    private const string Assessment = "CMC-reglement: assessment";
    private const string Recert = "Certificeren? Adviseur: Hercertificering";

    private static readonly CmcRoute[] All = [CmcRoute.Individual, CmcRoute.AtpGraduate, CmcRoute.AcpNomination, CmcRoute.Recertification];
    private static readonly CmcRoute[] Initial = [CmcRoute.Individual, CmcRoute.AtpGraduate, CmcRoute.AcpNomination];
    private static readonly CmcRoute[] MayBeExempt = [CmcRoute.AcpNomination, CmcRoute.Recertification];

    private static readonly CmcRole[] Candidate = [CmcRole.Candidate];
    private static readonly CmcRole[] CandidateOrPractice = [CmcRole.Candidate, CmcRole.OrganisationContact];
    private static readonly CmcRole[] BackOffice = [CmcRole.BackOffice];
    private static readonly CmcRole[] Assessor = [CmcRole.Assessor];
    private static readonly CmcRole[] DecisionMaker = [CmcRole.DecisionMaker];

    /// <summary>Final states: nothing leaves them.</summary>
    public static IReadOnlySet<CmcApplicationState> FinalStates { get; } =
        new HashSet<CmcApplicationState> { CmcApplicationState.Registered, CmcApplicationState.Refused, CmcApplicationState.Withdrawn };

    /// <summary>Who starts an application on each route: an ACP practice contact nominates (seed 001 ACP step 5).</summary>
    public static IReadOnlyList<CmcRole> WhoMayStart(CmcRoute route) => route switch
    {
        CmcRoute.AcpNomination => [CmcRole.OrganisationContact],
        _ => [CmcRole.Candidate, CmcRole.BackOffice],
    };

    /// <summary>All allowed transitions.</summary>
    public static IReadOnlyList<CmcTransition> Transitions { get; } = BuildTable();

    private static CmcTransition[] BuildTable()
    {
        var t = new List<CmcTransition>
        {
            new(Initial, CmcApplicationState.Applied, CmcStep.AcceptContract, CmcApplicationState.ContractAccepted, Candidate, Crp + " 2"),
            new(Initial, CmcApplicationState.ContractAccepted, CmcStep.CompleteDossier, CmcApplicationState.DossierCompleted, CandidateOrPractice, Crp + " 3"),
            new([CmcRoute.Recertification], CmcApplicationState.Applied, CmcStep.RecordPeerReview, CmcApplicationState.PeerReviewRecorded, [CmcRole.Candidate, CmcRole.BackOffice], Recert + " 1"),
            new([CmcRoute.Recertification], CmcApplicationState.PeerReviewRecorded, CmcStep.CompleteDossier, CmcApplicationState.DossierCompleted, Candidate, Crp + " 3"),
            new(All, CmcApplicationState.DossierCompleted, CmcStep.RequestReview, CmcApplicationState.ReviewRequested, CandidateOrPractice, Crp + " 4"),
            new(All, CmcApplicationState.ReviewRequested, CmcStep.MarkReviewIncomplete, CmcApplicationState.ReviewIncomplete, BackOffice, Crp + " 5"),
            new(All, CmcApplicationState.ReviewIncomplete, CmcStep.CompleteDossier, CmcApplicationState.DossierCompleted, CandidateOrPractice, Crp + " 3"),
            new(All, CmcApplicationState.ReviewRequested, CmcStep.MarkReviewComplete, CmcApplicationState.ReviewComplete, BackOffice, Crp + " 5"),
            new(MayBeExempt, CmcApplicationState.ReviewComplete, CmcStep.GrantExemption, CmcApplicationState.ExemptFromAssessment, BackOffice, "CMC-reglement: vrijstelling (dienst- of werkverband met een ACP-bureau)"),
            new(All, CmcApplicationState.ReviewComplete, CmcStep.InviteToAssessment, CmcApplicationState.InvitedToAssessment, BackOffice, Crp + " 6"),
            new(All, CmcApplicationState.InvitedToAssessment, CmcStep.ScheduleAssessment, CmcApplicationState.AssessmentScheduled, BackOffice, Assessment),
            new(All, CmcApplicationState.AssessmentScheduled, CmcStep.RecordAssessmentHeld, CmcApplicationState.Assessed, Assessor, Assessment),
            new(All, CmcApplicationState.Assessed, CmcStep.SubmitReport, CmcApplicationState.ReportSubmitted, Assessor, "CMC-reglement: na een assessment"),
            new(All, CmcApplicationState.ReportSubmitted, CmcStep.Grant, CmcApplicationState.Granted, DecisionMaker, "CMC-reglement: na een assessment"),
            new(All, CmcApplicationState.ReportSubmitted, CmcStep.Refuse, CmcApplicationState.Refused, DecisionMaker, "CMC-reglement: na een assessment"),
            new(MayBeExempt, CmcApplicationState.ExemptFromAssessment, CmcStep.Grant, CmcApplicationState.Granted, DecisionMaker, "CMC-reglement: vrijstelling"),
            new(MayBeExempt, CmcApplicationState.ExemptFromAssessment, CmcStep.Refuse, CmcApplicationState.Refused, DecisionMaker, "CMC-reglement: vrijstelling"),
            new(All, CmcApplicationState.Granted, CmcStep.Register, CmcApplicationState.Registered, [CmcRole.BackOffice, CmcRole.Administrator], "Certificeren? (Ooa zet in register)"),
        };

        // Withdrawal is possible from every open state before the decision (interpretation: the seeds are silent).
        foreach (var s in Enum.GetValues<CmcApplicationState>())
        {
            if (s is not (CmcApplicationState.Granted or CmcApplicationState.Refused or CmcApplicationState.Registered or CmcApplicationState.Withdrawn))
            {
                t.Add(new(All, s, CmcStep.Withdraw, CmcApplicationState.Withdrawn, [CmcRole.Candidate, CmcRole.OrganisationContact, CmcRole.BackOffice, CmcRole.Administrator], "Interpretation: withdrawal"));
            }
        }

        return [.. t];
    }

    /// <summary>The state after <paramref name="step"/>, or why the step is not allowed here or for this role.</summary>
    public static Result<CmcApplicationState> Next(CmcRoute route, CmcApplicationState from, CmcStep step, CmcRole role)
    {
        var candidates = Transitions.Where(t => t.From == from && t.Step == step && t.Routes.Contains(route)).ToArray();
        if (candidates.Length == 0)
        {
            return new DomainError("cmc.transition.not-allowed", $"Step {step} is not possible from {from} on the {route} route.", Crp) { Args = [step, from, route] };
        }

        var match = candidates.FirstOrDefault(t => t.Roles.Contains(role));
        return match is null
            ? new DomainError("cmc.transition.wrong-role", $"Step {step} from {from} may be taken by {string.Join(" or ", candidates[0].Roles)}, not by {role}.", candidates[0].Rule) { Args = [step, from, candidates[0].Roles, role] }
            : match.To;
    }

    /// <summary>
    /// The one way out of a refusal: an objection against it was upheld, and the decision-maker now takes a new
    /// decision and grants. Not part of <see cref="Transitions"/> (the procedure itself ends in a refusal); the
    /// objection is decided elsewhere (by the director, frameworks/case-types.yaml), but only the
    /// certificatiebeslisser certifies (seed 000 "Na een assessment"), so the objection's outcome is carried out
    /// by him. A new refusal needs no step (the refusal stands); a fresh assessment is not modelled.
    /// </summary>
    public static Result<CmcApplicationState> GrantAfterUpheldObjection(CmcApplicationState from, CmcRole role, bool objectionUpheld)
    {
        const string Rule = "Examenreglement 14 (by analogy); CMC-reglement: certificatiebeslisser";
        if (from != CmcApplicationState.Refused)
        {
            return new DomainError("cmc.reconsider.not-refused",
                $"Only a refusal is reconsidered after an upheld objection; this application is {from}.", Rule) { Args = [from] };
        }

        if (role != CmcRole.DecisionMaker)
        {
            return new DomainError("cmc.reconsider.wrong-role", "Only the decision-maker takes the new decision after an upheld objection.", Rule);
        }

        return objectionUpheld
            ? CmcApplicationState.Granted
            : new DomainError("cmc.reconsider.no-upheld-objection", "A refusal is reconsidered only after an objection against it was upheld.", Rule);
    }

    /// <summary>Steps that <paramref name="role"/> may take now (for showing buttons).</summary>
    public static IReadOnlyList<CmcStep> AvailableSteps(CmcRoute route, CmcApplicationState from, CmcRole role) =>
        Transitions.Where(t => t.From == from && t.Routes.Contains(route) && t.Roles.Contains(role)).Select(t => t.Step).Distinct().ToArray();
}
