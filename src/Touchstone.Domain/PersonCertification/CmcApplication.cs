using Touchstone.Domain.Common;

namespace Touchstone.Domain.PersonCertification;

/// <summary>Who took a step, when, and why: one record per transition (the audit trail of the application).</summary>
public sealed record CmcStepRecord(CmcStep Step, CmcApplicationState From, CmcApplicationState To, Guid ActorId, CmcRole Role, DateTimeOffset At, string? Note);

/// <summary>The guided peer review of a recertification (seed 001 "Hercertificering": "Begeleide intervisie").</summary>
public sealed record PeerReviewRecord(DateOnly HeldOn, string Facilitator, IReadOnlyList<string> Participants, string Summary);

/// <summary>
/// A CMC application on one route: the state machine of <see cref="CmcProcess"/> plus the guards that need
/// data (dossier complete, register checks, exemption ground, CE compliance, assessor independence, decision-maker).
/// Every method returns a DomainError instead of changing state when a rule is broken.
/// </summary>
public sealed class CmcApplication
{
    private readonly List<CmcStepRecord> _history = [];
    private readonly List<string> _reviewIncompleteReasons = [];

    private CmcApplication(Guid id, CmcRoute route, Guid candidateId, Guid? organisationId)
    {
        Id = id;
        Route = route;
        CandidateId = candidateId;
        OrganisationId = organisationId;
    }

    public Guid Id { get; }
    public CmcRoute Route { get; }
    public Guid CandidateId { get; }
    /// <summary>The ATP institute (ATP route) or the nominating ACP practice (ACP route).</summary>
    public Guid? OrganisationId { get; }
    public CmcApplicationState State { get; private set; } = CmcApplicationState.Applied;
    public IReadOnlyList<CmcStepRecord> History => _history;
    /// <summary>The reasons of the latest "review incomplete" (CRP toetst dossier).</summary>
    public IReadOnlyList<string> ReviewIncompleteReasons => _reviewIncompleteReasons;
    public PeerReviewRecord? PeerReview { get; private set; }
    public ExemptionGround? Exemption { get; private set; }
    public ReportSharingConsent? Consent { get; private set; }
    public AssessmentPlan? Plan { get; private set; }
    public AssessmentReport? Report { get; private set; }
    public CertificationDecision? Decision { get; private set; }

    /// <summary>Starts an individual application (CRP form).</summary>
    public static Result<CmcApplication> Apply(Guid id, CmcRoute route, Guid candidateId, Guid actorId, CmcRole role, DateTimeOffset now)
    {
        if (route is not CmcRoute.Individual)
        {
            throw new ArgumentException("Use ApplyAsAtpGraduate, Nominate or ApplyForRecertification for this route.", nameof(route));
        }

        return Start(new CmcApplication(id, route, candidateId, null), actorId, role, now, null);
    }

    /// <summary>
    /// Starts a recertification application ("Al wel CMC?"). Recertification is for CMC'ers (seed 000: "Hercertificering van
    /// CMC'ers"; seed 001: "Al wel CMC? Hercertificering"): the candidate must hold a CMC certificate.
    /// <paramref name="certificatesHeld"/> are the statuses, on the day of applying, of the candidate's certificates. An active or
    /// suspended certificate counts (the holder is a certified CMC'er; a suspension does not end the certificate), and so does an
    /// expired one: the certificate was earned and ran out, which is what recertification renews. A withdrawn certificate does not
    /// count: it was taken away, so the holder is no longer a CMC'er and starts again on an initial route.
    /// </summary>
    public static Result<CmcApplication> ApplyForRecertification(Guid id, Guid candidateId, IEnumerable<CertificateStatus> certificatesHeld,
        Guid actorId, CmcRole role, DateTimeOffset now)
    {
        if (!certificatesHeld.Any(CountsForRecertification))
        {
            return new DomainError("cmc.recertification.no-certificate",
                "Recertification is for CMC holders: you hold no active, suspended or expired CMC certificate. Apply on the individual route.",
                "Certificeren? Al wel CMC? Hercertificering; Assessment uitvoeren: Hercertificering van CMC'ers");
        }

        return Start(new CmcApplication(id, CmcRoute.Recertification, candidateId, null), actorId, role, now, null);
    }

    /// <summary>Whether a certificate in this status makes its holder a CMC'er who may recertify (see <see cref="ApplyForRecertification"/>).</summary>
    public static bool CountsForRecertification(CertificateStatus status) => status is not CertificateStatus.Withdrawn;

    /// <summary>Starts an ATP-graduate application: the institute must have been on the ATP register on the diploma date.</summary>
    public static Result<CmcApplication> ApplyAsAtpGraduate(Guid id, Guid candidateId, Guid instituteId, DateOnly diplomaDate,
        IEnumerable<OrganisationRegisterEntry> atpRegister, Guid actorId, CmcRole role, DateTimeOffset now)
    {
        var listed = RegisterChecks.AtpInstituteListed(atpRegister, instituteId, diplomaDate);
        return listed.IsSuccess
            ? Start(new CmcApplication(id, CmcRoute.AtpGraduate, candidateId, instituteId), actorId, role, now, $"Diploma {diplomaDate:yyyy-MM-dd}")
            : Result<CmcApplication>.Failure(listed.Errors);
    }

    /// <summary>
    /// An ACP practice contact nominates a consultant; the practice must be on the ACP register and the consultant must
    /// work for it (<paramref name="candidateOrganisationId"/>: the organisation the consultant's account belongs to).
    /// </summary>
    public static Result<CmcApplication> Nominate(Guid id, Guid candidateId, Guid? candidateOrganisationId, Guid practiceId,
        IEnumerable<OrganisationRegisterEntry> acpRegister, Guid actorId, CmcRole role, DateTimeOffset now)
    {
        var listed = RegisterChecks.AcpPracticeListed(acpRegister, practiceId, DateOnly.FromDateTime(now.Date));
        if (listed.IsSuccess && candidateOrganisationId != practiceId)
        {
            return new DomainError("cmc.acp.not-a-practice-consultant",
                "A practice may only nominate its own consultants (medewerkers); this consultant does not work for the practice.", "Certificeren? ACP stap 4");
        }

        return listed.IsSuccess
            ? Start(new CmcApplication(id, CmcRoute.AcpNomination, candidateId, practiceId), actorId, role, now, null)
            : Result<CmcApplication>.Failure(listed.Errors);
    }

    private static Result<CmcApplication> Start(CmcApplication app, Guid actorId, CmcRole role, DateTimeOffset now, string? note)
    {
        if (!CmcProcess.WhoMayStart(app.Route).Contains(role))
        {
            return new DomainError("cmc.start.wrong-role",
                $"On the {app.Route} route an application is started by {string.Join(" or ", CmcProcess.WhoMayStart(app.Route))}.", "Certificeren? Adviseur / ACP stap 5") { Args = [app.Route, CmcProcess.WhoMayStart(app.Route)] };
        }

        app._history.Add(new(CmcStep.Apply, CmcApplicationState.Applied, CmcApplicationState.Applied, actorId, role, now, "Applied" + (note is null ? "" : ": " + note)));
        return app;
    }

    public Result AcceptContract(Guid actorId, CmcRole role, DateTimeOffset now) => Take(CmcStep.AcceptContract, actorId, role, now, null);

    /// <summary>Records the guided peer review (recertification step 1).</summary>
    public Result RecordPeerReview(PeerReviewRecord record, Guid actorId, CmcRole role, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(record.Facilitator) || record.Participants.Count == 0)
        {
            return new DomainError("cmc.peer-review.incomplete", "A guided peer review names its facilitator and participants.", "Certificeren? Adviseur: Hercertificering 1");
        }

        return Take(CmcStep.RecordPeerReview, actorId, role, now, $"Peer review {record.HeldOn:yyyy-MM-dd}", () => PeerReview = record);
    }

    /// <summary>Marks the dossier complete: refused while <see cref="DossierChecklist"/> lists anything missing.</summary>
    public Result CompleteDossier(IEnumerable<DossierDocument> present, bool exemptionClaimed, Guid actorId, CmcRole role, DateTimeOffset now)
    {
        var missing = DossierChecklist.Missing(Route, present, exemptionClaimed);
        if (missing.Count > 0)
        {
            return Result.Failure(missing.Select(m => new DomainError("cmc.dossier.missing", $"Missing: {m.Document}. {m.Reason}", m.Rule) { Args = [m.Document, m.Reason] }).ToArray());
        }

        return Take(CmcStep.CompleteDossier, actorId, role, now, null);
    }

    public Result RequestReview(Guid actorId, CmcRole role, DateTimeOffset now) => Take(CmcStep.RequestReview, actorId, role, now, null);

    /// <summary>The dossier review finds the dossier incomplete: at least one reason, sent back to the candidate.</summary>
    public Result MarkReviewIncomplete(IReadOnlyList<string> reasons, Guid actorId, CmcRole role, DateTimeOffset now)
    {
        var clean = reasons.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToArray();
        if (clean.Length == 0)
        {
            return new DomainError("cmc.review.reasons-required", "Say what is missing or wrong in the dossier.", "Certificeren? Adviseur 5 (CRP toetst dossier)");
        }

        return Take(CmcStep.MarkReviewIncomplete, actorId, role, now, string.Join("; ", clean), () =>
        {
            _reviewIncompleteReasons.Clear();
            _reviewIncompleteReasons.AddRange(clean);
        });
    }

    /// <summary>
    /// The dossier review passes. On the ACP and recertification routes continuing education must meet the rules
    /// (seed 001 ACP stap 4: "Een voorwaarde daarvoor is het volgen van voldoende opleidingen").
    /// </summary>
    public Result MarkReviewComplete(CeDashboard? continuingEducation, Guid actorId, CmcRole role, DateTimeOffset now)
    {
        if (Route is CmcRoute.AcpNomination or CmcRoute.Recertification && continuingEducation is not { IsCompliant: true })
        {
            return new DomainError("cmc.review.ce-not-compliant",
                "Continuing education does not meet the rules (hours, EQF level or gaps).", "Bijlage Permanente Educatie; Certificeren? ACP stap 4");
        }

        return Take(CmcStep.MarkReviewComplete, actorId, role, now, null);
    }

    /// <summary>Records the exemption from the assessment with its ground (employment with or contract to an ACP practice).</summary>
    public Result GrantExemption(ExemptionGround ground, IEnumerable<OrganisationRegisterEntry> acpRegister, Guid? candidateOrganisationId, Guid actorId, CmcRole role, DateTimeOffset now)
    {
        var valid = ground.Validate(acpRegister, candidateOrganisationId, DateOnly.FromDateTime(now.Date));
        return valid.IsSuccess
            ? Take(CmcStep.GrantExemption, actorId, role, now, $"{ground.Kind}: {ground.Evidence}", () => Exemption = ground)
            : valid;
    }

    /// <summary>Invites the candidate; requesting the assessment records the consent to share the development report.</summary>
    public Result InviteToAssessment(Guid actorId, CmcRole role, DateTimeOffset now) =>
        Take(CmcStep.InviteToAssessment, actorId, role, now, null, () => Consent ??= ReportSharingConsent.ImpliedByRequest(CandidateId, now));

    /// <summary>Fixes the plan made by <see cref="AssessmentPlanner"/>; the plan must be for this candidate.</summary>
    public Result ScheduleAssessment(AssessmentPlan plan, Guid actorId, CmcRole role, DateTimeOffset now) =>
        plan.CandidateId != CandidateId
            ? new DomainError("cmc.assessment.wrong-candidate", "The plan is for another candidate.", "CMC-reglement: assessment")
            : Take(CmcStep.ScheduleAssessment, actorId, role, now, $"{plan.Start:yyyy-MM-dd HH:mm}", () => Plan = plan);

    /// <summary>One of the two planned assessors records the assessment as held, on or after its planned date (<see cref="MayRecordHeld"/>).</summary>
    public Result RecordAssessmentHeld(Guid actorId, CmcRole role, DateTimeOffset now)
    {
        if (!IsPlannedAssessor(actorId))
        {
            return NotAPlannedAssessor();
        }

        var held = MayRecordHeld(Plan!.Date, DateOnly.FromDateTime(now.UtcDateTime));
        return held.IsSuccess ? Take(CmcStep.RecordAssessmentHeld, actorId, role, now, null) : held;
    }

    /// <summary>
    /// An assessment is recorded as held on or after its planned date, never before: the report is due "in principe binnen 2 weken
    /// na de uitvoering van het assessment" (seed 000, Na een assessment), so the report term runs from the assessment itself and an
    /// assessment recorded before it took place would start that clock early. The refusal names the planned date.
    /// </summary>
    public static Result MayRecordHeld(DateOnly plannedOn, DateOnly today) =>
        today < plannedOn
            ? new DomainError("cmc.assessment.held-before-date",
                $"The assessment is planned for {plannedOn:yyyy-MM-dd}; it can be recorded as held from that day on, because the report term runs from the assessment.",
                "CMC-reglement: na een assessment (verslag binnen 2 weken na de uitvoering van het assessment)") { Args = [plannedOn] }
            : Result.Ok;

    /// <summary>One of the two planned assessors submits the report with its advice.</summary>
    public Result SubmitReport(AssessmentReport report, Guid actorId, CmcRole role, DateTimeOffset now) =>
        IsPlannedAssessor(actorId) ? Take(CmcStep.SubmitReport, actorId, role, now, report.Advice.Kind.ToString(), () => Report = report) : NotAPlannedAssessor();

    /// <summary>Records the decision taken with <see cref="CertificationDecision.Take"/>.</summary>
    public Result Decide(CertificationDecision decision, CmcRole role, DateTimeOffset now)
    {
        if (Plan is not null && Plan.AssessorIds.Contains(decision.DecisionMakerId))
        {
            return new DomainError("cmc.decision.decision-maker-was-assessor", "The decision-maker assessed this candidate and may not decide.", "CMC-reglement: certificatiebeslisser");
        }

        var step = decision.Outcome == DecisionOutcome.Granted ? CmcStep.Grant : CmcStep.Refuse;
        return Take(step, decision.DecisionMakerId, role, now, decision.Motivation, () => Decision = decision);
    }

    public Result Register(Guid actorId, CmcRole role, DateTimeOffset now) => Take(CmcStep.Register, actorId, role, now, null);

    public Result Withdraw(string reason, Guid actorId, CmcRole role, DateTimeOffset now) => Take(CmcStep.Withdraw, actorId, role, now, reason);

    private bool IsPlannedAssessor(Guid actorId) => Plan?.AssessorIds.Contains(actorId) ?? false;

    /// <summary>The refusal when someone who is not one of the two planned assessors records the assessment or submits the report.</summary>
    public static DomainError NotAPlannedAssessor() =>
        new("cmc.assessment.not-an-assessor", "Only one of the two planned assessors may do this.", "CMC-reglement: na een assessment");

    private Result Take(CmcStep step, Guid actorId, CmcRole role, DateTimeOffset now, string? note, Action? apply = null)
    {
        var next = CmcProcess.Next(Route, State, step, role);
        if (!next.IsSuccess)
        {
            return Result.Failure([.. next.Errors]);
        }

        apply?.Invoke();
        _history.Add(new(step, State, next.Value, actorId, role, now, note));
        State = next.Value;
        return Result.Ok;
    }
}
