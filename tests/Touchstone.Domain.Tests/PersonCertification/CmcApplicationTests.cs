using Touchstone.Domain.PersonCertification;
using static Touchstone.Domain.Tests.PersonCertification.CmcFixtures;

namespace Touchstone.Domain.Tests.PersonCertification;

public class CmcApplicationTests
{
    private static readonly DossierDocument[] FullDossier = Enum.GetValues<DossierDocument>();
    private static readonly CmcScheme Scheme = SchemeFile.Scheme;

    private static AssessmentPlan PlanFor(CmcApplication app) =>
        new AssessmentPlanner(Scheme).Plan(new AssessmentPlanRequest(Candidate, [Assessor(1), Assessor(2)], new DateTime(2026, 4, 14, 10, 0, 0),
            AssessmentVenue.AtLocation("Utrecht"), new DateOnly(2026, 3, 1), app.Consent, CandidateKnownToAssessors: false)).Value;

    private static CeDashboard Ce(bool compliant)
    {
        var period = new CePeriod(new DateOnly(2021, 3, 1), new DateOnly(2026, 2, 28));
        var activities = compliant ? CompliantActivities(period.Start) : [Activity(new DateOnly(2025, 1, 1), 10)];
        return new ContinuingEducationRules(Scheme).Evaluate(activities, period, new DateOnly(2026, 3, 2));
    }

    /// <summary>The day of the assessment <see cref="PlanFor"/> plans, at noon on the Dutch summer clock.</summary>
    private static readonly DateTimeOffset AssessmentDay = new(2026, 4, 14, 12, 0, 0, TimeSpan.FromHours(2));

    private static void Ok(Touchstone.Domain.Common.Result r) => r.Errors.ShouldBeEmpty();

    [Fact]
    public void IndividualCandidateGoesFromApplicationToRegister()
    {
        // Certificeren? Adviseur 1-6, then CMC-reglement: assessment and "Na een assessment".
        var app = CmcApplication.Apply(Guid.NewGuid(), CmcRoute.Individual, CandidateId, CandidateId, CmcRole.Candidate, Now).Value;
        Ok(app.AcceptContract(CandidateId, CmcRole.Candidate, Now));
        Ok(app.CompleteDossier(FullDossier, false, CandidateId, CmcRole.Candidate, Now));
        Ok(app.RequestReview(CandidateId, CmcRole.Candidate, Now));
        Ok(app.MarkReviewIncomplete(["Evidence for the 2023 course is missing"], BackOfficeId, CmcRole.BackOffice, Now));
        app.ReviewIncompleteReasons.ShouldBe(["Evidence for the 2023 course is missing"]);
        Ok(app.CompleteDossier(FullDossier, false, CandidateId, CmcRole.Candidate, Now));
        Ok(app.RequestReview(CandidateId, CmcRole.Candidate, Now));
        Ok(app.MarkReviewComplete(null, BackOfficeId, CmcRole.BackOffice, Now));
        Ok(app.InviteToAssessment(BackOfficeId, CmcRole.BackOffice, Now));
        app.Consent!.GivenAt.ShouldBe(Now); // consent to share the report, recorded at request time
        var plan = PlanFor(app);
        Ok(app.ScheduleAssessment(plan, BackOfficeId, CmcRole.BackOffice, Now));
        var assessor = plan.AssessorIds[0];
        Ok(app.RecordAssessmentHeld(assessor, CmcRole.Assessor, AssessmentDay));
        var report = new AssessmentReport(plan.AssessorIds, new DateOnly(2026, 4, 20), AssessmentAdvice.Positive("Shows mature reflection").Value, "...");
        Ok(app.SubmitReport(report, assessor, CmcRole.Assessor, Now));
        var decision = CertificationDecision.Take(DecisionMakerId, plan.AssessorIds, report, DecisionOutcome.Granted, new DateOnly(2026, 4, 25), null).Value;
        Ok(app.Decide(decision, CmcRole.DecisionMaker, Now));
        Ok(app.Register(BackOfficeId, CmcRole.BackOffice, Now));
        app.State.ShouldBe(CmcApplicationState.Registered);
        app.History.Count.ShouldBe(14); // the start plus thirteen steps
        app.History.Where(h => h.Step != CmcStep.RecordAssessmentHeld).ShouldAllBe(h => h.At == Now);
        app.History.Single(h => h.Step == CmcStep.RecordAssessmentHeld).At.ShouldBe(AssessmentDay);
    }

    [Fact]
    public void ReviewIncompleteNeedsReasons()
    {
        var app = CmcApplication.Apply(Guid.NewGuid(), CmcRoute.Individual, CandidateId, CandidateId, CmcRole.Candidate, Now).Value;
        Ok(app.AcceptContract(CandidateId, CmcRole.Candidate, Now));
        Ok(app.CompleteDossier(FullDossier, false, CandidateId, CmcRole.Candidate, Now));
        Ok(app.RequestReview(CandidateId, CmcRole.Candidate, Now));
        app.MarkReviewIncomplete([" "], BackOfficeId, CmcRole.BackOffice, Now).Errors.Single().Code.ShouldBe("cmc.review.reasons-required");
        app.State.ShouldBe(CmcApplicationState.ReviewRequested);
    }

    [Fact]
    public void IncompleteDossierCannotBeMarkedComplete()
    {
        var app = CmcApplication.Apply(Guid.NewGuid(), CmcRoute.Individual, CandidateId, CandidateId, CmcRole.Candidate, Now).Value;
        Ok(app.AcceptContract(CandidateId, CmcRole.Candidate, Now));
        var r = app.CompleteDossier([DossierDocument.Contract], false, CandidateId, CmcRole.Candidate, Now);
        r.Errors.Count.ShouldBe(3);
        r.Errors.ShouldAllBe(e => e.Code == "cmc.dossier.missing");
        app.State.ShouldBe(CmcApplicationState.ContractAccepted);
    }

    [Fact]
    public void AtpGraduateFromAnInstituteOnTheRegisterMayApply()
    {
        // Certificeren? ATP stap 4.
        CmcApplication.ApplyAsAtpGraduate(Guid.NewGuid(), CandidateId, InstituteId, new DateOnly(2025, 6, 30), AtpRegister, CandidateId, CmcRole.Candidate, Now)
            .Value.Route.ShouldBe(CmcRoute.AtpGraduate);
    }

    [Fact]
    public void AtpGraduateFromAnUnlistedInstituteIsRefused()
    {
        CmcApplication.ApplyAsAtpGraduate(Guid.NewGuid(), CandidateId, Guid.NewGuid(), new DateOnly(2025, 6, 30), AtpRegister, CandidateId, CmcRole.Candidate, Now)
            .Errors.Single().Code.ShouldBe("cmc.atp.institute-not-on-register");
        // Diploma after the institute left the register.
        CmcApplication.ApplyAsAtpGraduate(Guid.NewGuid(), CandidateId, InstituteId, new DateOnly(2026, 1, 15), AtpRegister, CandidateId, CmcRole.Candidate, Now)
            .IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void AtpGraduateWithoutDiplomaCannotCompleteTheDossier()
    {
        var app = CmcApplication.ApplyAsAtpGraduate(Guid.NewGuid(), CandidateId, InstituteId, new DateOnly(2025, 6, 30), AtpRegister, CandidateId, CmcRole.Candidate, Now).Value;
        Ok(app.AcceptContract(CandidateId, CmcRole.Candidate, Now));
        app.CompleteDossier(FullDossier.Where(d => d != DossierDocument.AtpDiploma), false, CandidateId, CmcRole.Candidate, Now)
            .Errors.Single().Message.ShouldContain("AtpDiploma");
    }

    [Fact]
    public void AcpNominationWithEmploymentIsExemptAndDecidedWithoutAssessment()
    {
        // Certificeren? ACP stap 5; CMC-reglement: vrijstelling bij dienst- of werkverband met een ACP-bureau.
        var contact = Guid.NewGuid();
        CmcApplication.Nominate(Guid.NewGuid(), CandidateId, PracticeId, PracticeId, AcpRegister, CandidateId, CmcRole.Candidate, Now)
            .Errors.Single().Code.ShouldBe("cmc.start.wrong-role");
        var app = CmcApplication.Nominate(Guid.NewGuid(), CandidateId, PracticeId, PracticeId, AcpRegister, contact, CmcRole.OrganisationContact, Now).Value;
        Ok(app.AcceptContract(CandidateId, CmcRole.Candidate, Now));
        Ok(app.CompleteDossier(FullDossier, true, contact, CmcRole.OrganisationContact, Now));
        Ok(app.RequestReview(contact, CmcRole.OrganisationContact, Now));
        Ok(app.MarkReviewComplete(Ce(compliant: true), BackOfficeId, CmcRole.BackOffice, Now));
        var ground = new ExemptionGround(ExemptionGroundKind.EmployedByAcpPractice, PracticeId, "Employment contract since 2019");
        Ok(app.GrantExemption(ground, AcpRegister, PracticeId, BackOfficeId, CmcRole.BackOffice, Now));
        app.Exemption.ShouldBe(ground);
        var decision = CertificationDecision.Take(DecisionMakerId, [], null, DecisionOutcome.Granted, new DateOnly(2026, 3, 5), "Exempt; CE meets the rules").Value;
        Ok(app.Decide(decision, CmcRole.DecisionMaker, Now));
        app.State.ShouldBe(CmcApplicationState.Granted);
    }

    [Fact]
    public void AcpNominationNeedsContinuingEducationThatMeetsTheRules()
    {
        // Certificeren? ACP stap 4: "Een voorwaarde daarvoor is het volgen van voldoende opleidingen".
        var contact = Guid.NewGuid();
        var app = CmcApplication.Nominate(Guid.NewGuid(), CandidateId, PracticeId, PracticeId, AcpRegister, contact, CmcRole.OrganisationContact, Now).Value;
        Ok(app.AcceptContract(CandidateId, CmcRole.Candidate, Now));
        Ok(app.CompleteDossier(FullDossier, true, contact, CmcRole.OrganisationContact, Now));
        Ok(app.RequestReview(contact, CmcRole.OrganisationContact, Now));
        app.MarkReviewComplete(Ce(compliant: false), BackOfficeId, CmcRole.BackOffice, Now).Errors.Single().Code.ShouldBe("cmc.review.ce-not-compliant");
        app.MarkReviewComplete(null, BackOfficeId, CmcRole.BackOffice, Now).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void PracticeNotOnTheAcpRegisterCannotNominateNorGroundAnExemption()
    {
        CmcApplication.Nominate(Guid.NewGuid(), CandidateId, PracticeId, Guid.NewGuid(), AcpRegister, Guid.NewGuid(), CmcRole.OrganisationContact, Now)
            .Errors.Single().Code.ShouldBe("cmc.acp.practice-not-on-register");
        new ExemptionGround(ExemptionGroundKind.ContractedByAcpPractice, Guid.NewGuid(), "Contract").Validate(AcpRegister, null, new DateOnly(2026, 3, 2))
            .Errors.Single().Code.ShouldBe("cmc.exemption.practice-not-acp");
        new ExemptionGround(ExemptionGroundKind.ContractedByAcpPractice, PracticeId, "").Validate(AcpRegister, PracticeId, new DateOnly(2026, 3, 2))
            .Errors.Single().Code.ShouldBe("cmc.exemption.evidence-required");
    }

    [Fact]
    public void APracticeNominatesOnlyItsOwnConsultantsAndEmploymentGroundsAnExemptionOnlyWithThatPractice()
    {
        // Certificeren? ACP stap 4: "mag zij medewerkers CMC voordragen"; CMC-reglement: vrijstelling bij dienst- of werkverband met een ACP-bureau.
        CmcApplication.Nominate(Guid.NewGuid(), CandidateId, Guid.NewGuid(), PracticeId, AcpRegister, Guid.NewGuid(), CmcRole.OrganisationContact, Now)
            .Errors.Single().Code.ShouldBe("cmc.acp.not-a-practice-consultant");
        CmcApplication.Nominate(Guid.NewGuid(), CandidateId, null, PracticeId, AcpRegister, Guid.NewGuid(), CmcRole.OrganisationContact, Now)
            .Errors.Single().Code.ShouldBe("cmc.acp.not-a-practice-consultant");

        var employed = new ExemptionGround(ExemptionGroundKind.EmployedByAcpPractice, PracticeId, "Arbeidsovereenkomst sinds 2019");
        employed.Validate(AcpRegister, Guid.NewGuid(), new DateOnly(2026, 3, 2)).Errors.Single().Code.ShouldBe("cmc.exemption.not-employed");
        employed.Validate(AcpRegister, PracticeId, new DateOnly(2026, 3, 2)).IsSuccess.ShouldBeTrue();
        new ExemptionGround(ExemptionGroundKind.ContractedByAcpPractice, PracticeId, "Raamovereenkomst 2024-2027")
            .Validate(AcpRegister, null, new DateOnly(2026, 3, 2)).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void RecertificationRecordsGuidedPeerReviewThenAssessment()
    {
        // Certificeren? Adviseur: Hercertificering: 1. Begeleide intervisie 2. Assessment.
        var app = CmcApplication.ApplyForRecertification(Guid.NewGuid(), CandidateId, [CertificateStatus.Active], CandidateId, CmcRole.Candidate, Now).Value;
        app.RecordPeerReview(new PeerReviewRecord(new DateOnly(2026, 1, 20), "", [], "x"), BackOfficeId, CmcRole.BackOffice, Now)
            .Errors.Single().Code.ShouldBe("cmc.peer-review.incomplete");
        Ok(app.RecordPeerReview(new PeerReviewRecord(new DateOnly(2026, 1, 20), "Facilitator F", ["A", "B", "C"], "Cases discussed"), BackOfficeId, CmcRole.BackOffice, Now));
        Ok(app.CompleteDossier(FullDossier, false, CandidateId, CmcRole.Candidate, Now));
        Ok(app.RequestReview(CandidateId, CmcRole.Candidate, Now));
        Ok(app.MarkReviewComplete(Ce(compliant: true), BackOfficeId, CmcRole.BackOffice, Now));
        Ok(app.InviteToAssessment(BackOfficeId, CmcRole.BackOffice, Now));
        app.State.ShouldBe(CmcApplicationState.InvitedToAssessment);
        app.PeerReview!.Participants.Count.ShouldBe(3);
    }

    [Fact]
    public void RecertificationIsOnlyForCmcHolders()
    {
        // Seed 000 "Hercertificering van CMC'ers"; seed 001 "Al wel CMC? Hercertificering": only a CMC'er recertifies.
        // Active, suspended and expired certificates count; a withdrawn one (taken away) does not.
        CmcApplication.ApplyForRecertification(Guid.NewGuid(), CandidateId, [], CandidateId, CmcRole.Candidate, Now)
            .Errors.Single().Code.ShouldBe("cmc.recertification.no-certificate");
        CmcApplication.ApplyForRecertification(Guid.NewGuid(), CandidateId, [CertificateStatus.Withdrawn], CandidateId, CmcRole.Candidate, Now)
            .Errors.Single().Code.ShouldBe("cmc.recertification.no-certificate");
        foreach (var status in new[] { CertificateStatus.Active, CertificateStatus.Suspended, CertificateStatus.Expired })
        {
            CmcApplication.ApplyForRecertification(Guid.NewGuid(), CandidateId, [CertificateStatus.Withdrawn, status], CandidateId, CmcRole.Candidate, Now)
                .Value.Route.ShouldBe(CmcRoute.Recertification);
        }
    }

    [Fact]
    public void OnlyAPlannedAssessorRecordsTheAssessmentAndTheReport()
    {
        var app = ScheduledApplication(out var plan);
        app.RecordAssessmentHeld(Guid.NewGuid(), CmcRole.Assessor, AssessmentDay).Errors.Single().Code.ShouldBe("cmc.assessment.not-an-assessor");
        Ok(app.RecordAssessmentHeld(plan.AssessorIds[1], CmcRole.Assessor, AssessmentDay));
    }

    [Fact]
    public void AnAssessmentIsRecordedAsHeldOnlyFromItsPlannedDateWithThatDateNamed()
    {
        // Seed 000, Na een assessment: the report is due "binnen 2 weken na de uitvoering van het assessment"; the term runs from
        // the assessment itself, so it cannot be recorded as held before the day it is planned for.
        var app = ScheduledApplication(out var plan);
        var dayBefore = AssessmentDay.AddDays(-1);

        var early = app.RecordAssessmentHeld(plan.AssessorIds[0], CmcRole.Assessor, dayBefore).Errors.Single();

        early.Code.ShouldBe("cmc.assessment.held-before-date");
        early.Args.Single().ShouldBe(new DateOnly(2026, 4, 14));
        early.Message.ShouldContain("planned for 2026-04-14");
        early.Rule!.ShouldContain("na een assessment");
        app.State.ShouldBe(CmcApplicationState.AssessmentScheduled);
        app.History.ShouldNotContain(h => h.Step == CmcStep.RecordAssessmentHeld);

        // On the day itself (or later) it is recorded.
        Ok(app.RecordAssessmentHeld(plan.AssessorIds[0], CmcRole.Assessor, AssessmentDay));
        app.State.ShouldBe(CmcApplicationState.Assessed);
        CmcApplication.MayRecordHeld(new DateOnly(2026, 4, 14), new DateOnly(2026, 4, 20)).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void AnAssessorOfTheCandidateCannotDecide()
    {
        var app = ScheduledApplication(out var plan);
        Ok(app.RecordAssessmentHeld(plan.AssessorIds[0], CmcRole.Assessor, AssessmentDay));
        var report = new AssessmentReport(plan.AssessorIds, new DateOnly(2026, 4, 20), AssessmentAdvice.Negative("Reflection too thin").Value, "...");
        Ok(app.SubmitReport(report, plan.AssessorIds[0], CmcRole.Assessor, Now));
        var selfDecided = new CertificationDecision(plan.AssessorIds[0], DecisionOutcome.Refused, new DateOnly(2026, 4, 25), "x");
        app.Decide(selfDecided, CmcRole.DecisionMaker, Now).Errors.Single().Code.ShouldBe("cmc.decision.decision-maker-was-assessor");
        var proper = CertificationDecision.Take(DecisionMakerId, plan.AssessorIds, report, DecisionOutcome.Refused, new DateOnly(2026, 4, 25), null).Value;
        Ok(app.Decide(proper, CmcRole.DecisionMaker, Now));
        app.State.ShouldBe(CmcApplicationState.Refused);
        app.Register(BackOfficeId, CmcRole.BackOffice, Now).Errors.Single().Code.ShouldBe("cmc.transition.not-allowed");
    }

    [Fact]
    public void WithdrawnApplicationIsFinal()
    {
        var app = CmcApplication.Apply(Guid.NewGuid(), CmcRoute.Individual, CandidateId, CandidateId, CmcRole.Candidate, Now).Value;
        Ok(app.Withdraw("Changed jobs", CandidateId, CmcRole.Candidate, Now));
        app.AcceptContract(CandidateId, CmcRole.Candidate, Now).IsSuccess.ShouldBeFalse();
    }

    private static CmcApplication ScheduledApplication(out AssessmentPlan plan)
    {
        var app = CmcApplication.Apply(Guid.NewGuid(), CmcRoute.Individual, CandidateId, CandidateId, CmcRole.Candidate, Now).Value;
        Ok(app.AcceptContract(CandidateId, CmcRole.Candidate, Now));
        Ok(app.CompleteDossier(FullDossier, false, CandidateId, CmcRole.Candidate, Now));
        Ok(app.RequestReview(CandidateId, CmcRole.Candidate, Now));
        Ok(app.MarkReviewComplete(null, BackOfficeId, CmcRole.BackOffice, Now));
        Ok(app.InviteToAssessment(BackOfficeId, CmcRole.BackOffice, Now));
        plan = PlanFor(app);
        Ok(app.ScheduleAssessment(plan, BackOfficeId, CmcRole.BackOffice, Now));
        return app;
    }
}
