using Touchstone.Domain.PersonCertification;
using static Touchstone.Domain.Tests.PersonCertification.CmcFixtures;

namespace Touchstone.Domain.Tests.PersonCertification;

/// <summary>CMC-reglement: assessment ("Voor een assessment geldt het volgende", voetnoot 2).</summary>
public class AssessmentPlannerTests
{
    private static readonly AssessmentPlanner Planner = new(SchemeFile.Scheme);
    private static readonly DateTime Start = new(2026, 4, 14, 13, 30, 0);

    private static AssessmentPlanRequest Request(IReadOnlyList<AssessorQualification>? assessors = null, DateOnly? reportOn = null, AssessmentVenue? venue = null,
        ReportSharingConsent? consent = null, bool known = false, DateTime? start = null) =>
        new(Candidate, assessors ?? [Assessor(1), Assessor(2)], start ?? Start, venue ?? AssessmentVenue.AtLocation("Utrecht, Stationsplein 1"),
            reportOn ?? new DateOnly(2026, 3, 31), consent ?? ReportSharingConsent.ImpliedByRequest(CandidateId, Now), known);

    [Fact]
    public void TwoQualifiedIndependentAssessorsGiveANinetyMinuteSlot()
    {
        var plan = Planner.Plan(Request()).Value;
        plan.End.ShouldBe(Start.AddMinutes(90)); // "bij elkaar zo'n 1,5 uur"
        plan.AssessorIds.Count.ShouldBe(2);
        plan.Agenda.Count.ShouldBe(5);
        plan.Consent.GivenAt.ShouldBe(Now);
    }

    [Fact]
    public void OneAssessorIsNotEnough() =>
        Planner.Plan(Request([Assessor(1)])).Errors.ShouldContain(e => e.Code == "cmc.assessment.assessor-count");

    [Fact]
    public void TheSamePersonCannotBeBothAssessors() =>
        Planner.Plan(Request([Assessor(1), Assessor(1)])).Errors.ShouldContain(e => e.Code == "cmc.assessment.same-assessor-twice");

    [Fact]
    public void UntrainedOrExpiredOrSchemeUnawareAssessorIsRefusedWithTheReason()
    {
        var errors = Planner.Plan(Request([Assessor(1, trainedOn: new DateOnly(2026, 5, 1)), Assessor(2, knowsScheme: false, validUntil: new DateOnly(2026, 4, 13))])).Errors;
        errors.Select(e => e.Code).ShouldBe(
            ["cmc.assessor.not-trained", "cmc.assessor.no-scheme-knowledge", "cmc.assessor.qualification-expired"], ignoreOrder: true);
        errors.ShouldAllBe(e => e.Rule!.StartsWith("CMC-reglement: assessment", StringComparison.Ordinal));
    }

    [Fact]
    public void QualificationValidOnTheAssessmentDayItselfIsEnough() =>
        Planner.Plan(Request([Assessor(1, validUntil: new DateOnly(2026, 4, 14)), Assessor(2)])).IsSuccess.ShouldBeTrue();

    [Fact]
    public void AssessorSharingAnEmployerWithTheCandidateIsNotIndependent()
    {
        var colleague = Assessor(2) with { Employers = new HashSet<Guid> { CandidateEmployer } };
        Planner.Plan(Request([Assessor(1), colleague])).Errors.Single().Code.ShouldBe("cmc.assessor.shared-employer");
    }

    [Fact]
    public void AssessorWithADeclaredRelationIsRefused()
    {
        var friend = Assessor(2) with { DeclaredRelations = new HashSet<Guid> { CandidateId } };
        Planner.Plan(Request([Assessor(1), friend])).Errors.Single().Code.ShouldBe("cmc.assessor.declared-relation");
    }

    [Fact]
    public void DevelopmentReportMustBeInTheDossierFourteenDaysBefore()
    {
        // "Minimaal 2 weken voorafgaand aan het assessment staat het persoonlijk ontwikkelverslag in het persoonlijk dossier".
        Planner.EarliestAssessmentDate(new DateOnly(2026, 4, 1)).ShouldBe(new DateOnly(2026, 4, 15));
        var tooLate = Planner.Plan(Request(reportOn: new DateOnly(2026, 4, 1)));
        tooLate.Errors.Single().Code.ShouldBe("cmc.assessment.report-too-late");
        tooLate.Errors.Single().Message.ShouldContain("2026-04-15");
        Planner.Plan(Request(reportOn: new DateOnly(2026, 3, 31))).IsSuccess.ShouldBeTrue(); // exactly 14 days
    }

    [Fact]
    public void NoDevelopmentReportNoAssessment() =>
        Planner.Plan(Request() with { DevelopmentReportAddedOn = null }).Errors.Single().Code.ShouldBe("cmc.assessment.no-development-report");

    [Fact]
    public void ConsentMustBeRecordedForThisCandidate()
    {
        Planner.Plan(Request() with { Consent = null }).Errors.Single().Code.ShouldBe("cmc.assessment.no-consent");
        Planner.Plan(Request(consent: ReportSharingConsent.ImpliedByRequest(Guid.NewGuid(), Now))).Errors.Single().Code.ShouldBe("cmc.assessment.no-consent");
    }

    [Fact]
    public void VideoLinkIsAnAllowedVenueButNotBothOrNeither()
    {
        // "eventueel kan gekozen worden voor een assessment via beeldscherm".
        Planner.Plan(Request(venue: AssessmentVenue.ByVideo(new Uri("https://meet.example/abc")))).Value.Venue.IsVideo.ShouldBeTrue();
        Planner.Plan(Request(venue: new AssessmentVenue(null, null))).Errors.Single().Code.ShouldBe("cmc.assessment.venue");
        Planner.Plan(Request(venue: new AssessmentVenue("Utrecht", new Uri("https://meet.example/abc")))).Errors.Single().Code.ShouldBe("cmc.assessment.venue");
    }

    [Fact]
    public void KnownCandidateSkipsTheIdentityCheck() =>
        Planner.Plan(Request(known: true)).Value.Agenda.Select(a => a.Key).ShouldNotContain("identity-check");
}
