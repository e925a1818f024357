using Touchstone.Domain.PersonCertification;

namespace Touchstone.Domain.Tests.PersonCertification;

public class CmcProcessTests
{
    [Fact]
    public void IndividualRouteFollowsTheCrpSteps()
    {
        // Certificeren? Adviseur: 1 aanvragen, 2 contract, 3 dossier, 4 beoordeling aanvragen, 5 CRP toetst, 6 uitnodiging.
        var steps = new (CmcStep Step, CmcRole Role, CmcApplicationState To)[]
        {
            (CmcStep.AcceptContract, CmcRole.Candidate, CmcApplicationState.ContractAccepted),
            (CmcStep.CompleteDossier, CmcRole.Candidate, CmcApplicationState.DossierCompleted),
            (CmcStep.RequestReview, CmcRole.Candidate, CmcApplicationState.ReviewRequested),
            (CmcStep.MarkReviewComplete, CmcRole.BackOffice, CmcApplicationState.ReviewComplete),
            (CmcStep.InviteToAssessment, CmcRole.BackOffice, CmcApplicationState.InvitedToAssessment),
            (CmcStep.ScheduleAssessment, CmcRole.BackOffice, CmcApplicationState.AssessmentScheduled),
            (CmcStep.RecordAssessmentHeld, CmcRole.Assessor, CmcApplicationState.Assessed),
            (CmcStep.SubmitReport, CmcRole.Assessor, CmcApplicationState.ReportSubmitted),
            (CmcStep.Grant, CmcRole.DecisionMaker, CmcApplicationState.Granted),
            (CmcStep.Register, CmcRole.BackOffice, CmcApplicationState.Registered),
        };
        var state = CmcApplicationState.Applied;
        foreach (var (step, role, to) in steps)
        {
            state = CmcProcess.Next(CmcRoute.Individual, state, step, role).Value;
            state.ShouldBe(to);
        }
    }

    [Fact]
    public void IncompleteReviewGoesBackToTheCandidate()
    {
        CmcProcess.Next(CmcRoute.Individual, CmcApplicationState.ReviewRequested, CmcStep.MarkReviewIncomplete, CmcRole.BackOffice).Value
            .ShouldBe(CmcApplicationState.ReviewIncomplete);
        CmcProcess.Next(CmcRoute.Individual, CmcApplicationState.ReviewIncomplete, CmcStep.CompleteDossier, CmcRole.Candidate).Value
            .ShouldBe(CmcApplicationState.DossierCompleted);
    }

    [Fact]
    public void IndividualAndAtpRoutesHaveNoExemption()
    {
        // CMC-reglement: assessment is needed unless via ACP or after ATP; exemption only with an ACP relation.
        CmcProcess.Next(CmcRoute.Individual, CmcApplicationState.ReviewComplete, CmcStep.GrantExemption, CmcRole.BackOffice)
            .Errors.Single().Code.ShouldBe("cmc.transition.not-allowed");
        CmcProcess.Next(CmcRoute.AtpGraduate, CmcApplicationState.ReviewComplete, CmcStep.GrantExemption, CmcRole.BackOffice).IsSuccess.ShouldBeFalse();
        CmcProcess.Next(CmcRoute.AcpNomination, CmcApplicationState.ReviewComplete, CmcStep.GrantExemption, CmcRole.BackOffice).IsSuccess.ShouldBeTrue();
        CmcProcess.Next(CmcRoute.Recertification, CmcApplicationState.ReviewComplete, CmcStep.GrantExemption, CmcRole.BackOffice).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void OnlyTheDecisionMakerGrants()
    {
        var r = CmcProcess.Next(CmcRoute.Individual, CmcApplicationState.ReportSubmitted, CmcStep.Grant, CmcRole.Assessor);
        r.Errors.Single().Code.ShouldBe("cmc.transition.wrong-role");
        CmcProcess.Next(CmcRoute.Individual, CmcApplicationState.ReportSubmitted, CmcStep.Grant, CmcRole.BackOffice).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void RecertificationStartsWithGuidedPeerReview()
    {
        // Certificeren? Adviseur: Hercertificering 1. Begeleide intervisie 2. Assessment.
        CmcProcess.Next(CmcRoute.Recertification, CmcApplicationState.Applied, CmcStep.AcceptContract, CmcRole.Candidate).IsSuccess.ShouldBeFalse();
        CmcProcess.Next(CmcRoute.Recertification, CmcApplicationState.Applied, CmcStep.RecordPeerReview, CmcRole.BackOffice).Value
            .ShouldBe(CmcApplicationState.PeerReviewRecorded);
        CmcProcess.Next(CmcRoute.Individual, CmcApplicationState.Applied, CmcStep.RecordPeerReview, CmcRole.BackOffice).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void OnlyAnAcpPracticeContactNominates()
    {
        // Certificeren? ACP stap 5: the practice applies for its consultants.
        CmcProcess.WhoMayStart(CmcRoute.AcpNomination).ShouldBe([CmcRole.OrganisationContact]);
        CmcProcess.WhoMayStart(CmcRoute.Individual).ShouldContain(CmcRole.Candidate);
    }

    [Fact]
    public void FinalStatesHaveNoWayOut()
    {
        foreach (var final in CmcProcess.FinalStates)
        {
            CmcProcess.Transitions.ShouldNotContain(t => t.From == final);
        }
    }

    [Fact]
    public void EveryTransitionIsUniquePerRouteStateStep()
    {
        var keys = CmcProcess.Transitions.SelectMany(t => t.Routes.Select(r => (r, t.From, t.Step))).ToArray();
        keys.Distinct().Count().ShouldBe(keys.Length);
    }

    [Fact]
    public void AvailableStepsShowWhatARoleMayDoNow() =>
        CmcProcess.AvailableSteps(CmcRoute.AcpNomination, CmcApplicationState.ReviewComplete, CmcRole.BackOffice)
            .ShouldBe([CmcStep.GrantExemption, CmcStep.InviteToAssessment, CmcStep.Withdraw], ignoreOrder: true);

    // Examenreglement 14 (by analogy) and seed 000 "Na een assessment" (the certificatiebeslisser certifies): a refusal
    // is final in the procedure; only an upheld objection lets the decision-maker take a new decision and grant.
    [Fact]
    public void OnlyAnUpheldObjectionLetsTheDecisionMakerGrantAfterARefusal()
    {
        CmcProcess.GrantAfterUpheldObjection(CmcApplicationState.Refused, CmcRole.DecisionMaker, objectionUpheld: true).Value
            .ShouldBe(CmcApplicationState.Granted);
        CmcProcess.GrantAfterUpheldObjection(CmcApplicationState.Refused, CmcRole.DecisionMaker, objectionUpheld: false).Errors.Single().Code
            .ShouldBe("cmc.reconsider.no-upheld-objection");
        CmcProcess.GrantAfterUpheldObjection(CmcApplicationState.Refused, CmcRole.BackOffice, objectionUpheld: true).Errors.Single().Code
            .ShouldBe("cmc.reconsider.wrong-role");
        CmcProcess.GrantAfterUpheldObjection(CmcApplicationState.Registered, CmcRole.DecisionMaker, objectionUpheld: true).Errors.Single().Code
            .ShouldBe("cmc.reconsider.not-refused");
        CmcProcess.Transitions.ShouldNotContain(t => t.Step == CmcStep.GrantAfterObjection);
    }
}

