using Touchstone.App.Common;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// A persisted CMC application. The state moves only through <see cref="Take"/>, which asks the domain's single
/// transition table (<see cref="CmcProcess"/>); the data guards (dossier, planning, decision) are domain calls in the handlers.
/// </summary>
public sealed class CmcApplicationRecord : Entity
{
    public CmcRoute Route { get; set; }

    public required string CandidateUserId { get; set; }

    public required string CandidateName { get; set; }

    public required string CandidateEmail { get; set; }

    public required string CandidateTown { get; set; }

    /// <summary>The ATP institute (ATP route) or the nominating ACP practice (ACP route).</summary>
    public Guid? OrganisationId { get; set; }

    public DateOnly? DiplomaDate { get; set; }

    public CmcApplicationState State { get; set; } = CmcApplicationState.Applied;

    public DateTimeOffset AppliedAt { get; set; }

    public string? ReviewIncompleteReasons { get; set; }

    /// <summary>The guided peer review of a recertification (seed 001 "Hercertificering" step 1).</summary>
    public DateOnly? PeerReviewHeldOn { get; set; }

    public string? PeerReviewFacilitator { get; set; }

    public string? PeerReviewParticipants { get; set; }

    public string? PeerReviewSummary { get; set; }

    public bool ExemptionClaimed { get; set; }

    public ExemptionGroundKind? ExemptionKind { get; set; }

    public string? ExemptionEvidence { get; set; }

    /// <summary>Consent to share the development report, recorded when the candidate requests the assessment.</summary>
    public DateTimeOffset? ConsentGivenAt { get; set; }

    public DateOnly? AssessmentDate { get; set; }

    public TimeOnly? AssessmentStartTime { get; set; }

    public TimeOnly? AssessmentEndTime { get; set; }

    public string? AssessmentAddress { get; set; }

    public string? AssessmentVideoLink { get; set; }

    public string? Assessor1UserId { get; set; }

    public string? Assessor2UserId { get; set; }

    public DateOnly? ReportDueDate { get; set; }

    public string? ReportExtensionReason { get; set; }

    /// <summary>The due date the "report due soon" reminder went out for (once per due date).</summary>
    public DateOnly? ReportReminderSentFor { get; set; }

    /// <summary>The due date the "report overdue" notice went out for (once per due date).</summary>
    public DateOnly? ReportOverdueNoticeSentFor { get; set; }

    public AdviceKind? Advice { get; set; }

    public string? AdviceMotivation { get; set; }

    public string? ReportText { get; set; }

    public DateOnly? ReportSubmittedOn { get; set; }

    public string? DecisionMakerUserId { get; set; }

    public DecisionOutcome? Decision { get; set; }

    public string? DecisionMotivation { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? CertificateNumber { get; set; }

    public List<CmcDossierDocumentRecord> Documents { get; } = [];

    public List<CmcStepEntry> Steps { get; } = [];

    public IReadOnlyList<string> AssessorUserIds =>
        new[] { Assessor1UserId, Assessor2UserId }.OfType<string>().ToArray();

    public bool IsAssessor(string userId) => AssessorUserIds.Contains(userId);

    /// <summary>Takes one step of the procedure if the transition table allows it for this route, state and role.</summary>
    public Result Take(CmcStep step, CmcRole role, string actorUserId, DateTimeOffset now, string? note = null)
    {
        var next = CmcProcess.Next(Route, State, step, role);
        if (!next.IsSuccess)
        {
            return Result.Failure([.. next.Errors]);
        }

        Steps.Add(new CmcStepEntry
        {
            ApplicationId = Id, Step = step, From = State, To = next.Value, ActorUserId = actorUserId, Role = role, At = now, Note = note,
        });
        State = next.Value;
        return Result.Ok;
    }

    /// <summary>
    /// The decision-maker grants after an upheld objection against the refusal (<see cref="CmcProcess.GrantAfterUpheldObjection"/>).
    /// The refusal's step (who, when, its motivation) stays in <see cref="Steps"/>; the decision fields then hold the new decision.
    /// </summary>
    public Result GrantAfterObjection(bool objectionUpheld, string actorUserId, DateTimeOffset now, string? note)
    {
        var next = CmcProcess.GrantAfterUpheldObjection(State, CmcRole.DecisionMaker, objectionUpheld);
        if (!next.IsSuccess)
        {
            return Result.Failure([.. next.Errors]);
        }

        Steps.Add(new CmcStepEntry
        {
            ApplicationId = Id, Step = CmcStep.GrantAfterObjection, From = State, To = next.Value, ActorUserId = actorUserId, Role = CmcRole.DecisionMaker, At = now, Note = note,
        });
        State = next.Value;
        return Result.Ok;
    }
}

/// <summary>One transition of an application: who, when, what, why (shown on the page; the audit trail has the same).</summary>
public sealed class CmcStepEntry : Entity
{
    public Guid ApplicationId { get; set; }

    public CmcStep Step { get; set; }

    public CmcApplicationState From { get; set; }

    public CmcApplicationState To { get; set; }

    public required string ActorUserId { get; set; }

    public CmcRole Role { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Note { get; set; }
}

/// <summary>A document in the candidate's dossier (BOX), stored in the file store.</summary>
public sealed class CmcDossierDocumentRecord : Entity
{
    public Guid ApplicationId { get; set; }

    public DossierDocument Type { get; set; }

    public Guid FileId { get; set; }

    public required string FileName { get; set; }

    public DateOnly AddedOn { get; set; }

    public required string AddedBy { get; set; }
}
