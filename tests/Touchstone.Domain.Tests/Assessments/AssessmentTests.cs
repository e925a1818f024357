using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;
using Touchstone.Domain.Tests.Standards;

namespace Touchstone.Domain.Tests.Assessments;

/// <summary>DOMAIN §2: one engine for every "rate a subject against a framework" use.</summary>
public class AssessmentTests
{
    private static readonly Framework Maatstaf = FrameworkFiles.MaatstafFramework;

    private static Assessment SelfEvaluation(string rater = "org-1") =>
        Assessment.Start(Maatstaf, Guid.NewGuid(), SubjectKind.Organisation, "org-1", "zelfevaluatie", RaterRole.Self, rater).Value;

    [Fact]
    public void AnAssessmentKeepsTheFrameworkVersionItWasMadeAgainst()
    {
        var a = SelfEvaluation();
        (a.FrameworkCode, a.FrameworkVersion, a.State).ShouldBe(("maatstaf", "2016", AssessmentState.Draft));
    }

    [Fact]
    public void StartingWithAScaleTheFrameworkDoesNotHaveIsRefused() =>
        Assessment.Start(Maatstaf, Guid.NewGuid(), SubjectKind.Organisation, "o", "vijfpunts", RaterRole.Self, "o")
            .Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.unknown-scale");

    // Maatstaf 2016 §zelfevaluatie: a rating is a value of the framework's scale, with comment and evidence.
    [Fact]
    public void RatingStoresValueScoreCommentAndEvidence()
    {
        var a = SelfEvaluation();
        a.Rate(Maatstaf, "org-1", "K1.3", "2", "dienstenoverzicht ontbreekt deels", ["doc:dienstencatalogus.pdf"]).IsSuccess.ShouldBeTrue();
        var r = a.RatingOf("K1.3")!;
        (r.ValueCode, r.Score, r.Comment).ShouldBe(("2", 2m, "dienstenoverzicht ontbreekt deels"));
        r.Evidence.ShouldBe(["doc:dienstencatalogus.pdf"]);
    }

    [Fact]
    public void AValueOffTheScaleIsRefusedWithTheAllowedValues()
    {
        var error = SelfEvaluation().Rate(Maatstaf, "org-1", "K1.3", "5").Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("assessment.value-not-on-scale");
        error.Message.ShouldContain("1, 2, 3, 4");
    }

    [Fact]
    public void AnItemNotInTheFrameworkIsRefused() =>
        SelfEvaluation().Rate(Maatstaf, "org-1", "K9.9", "3").Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.unknown-item");

    [Fact]
    public void AnotherFrameworkVersionIsRefused()
    {
        var other = Maatstaf with { Version = "2024" };
        SelfEvaluation().Rate(other, "org-1", "K1.1", "3").Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.framework-mismatch");
    }

    // Several raters of one subject never overwrite each other: an assessment belongs to one rater.
    [Fact]
    public void OnlyTheRaterMayChangeTheirAssessment()
    {
        var self = SelfEvaluation("org-1");
        var audit = Assessment.Start(Maatstaf, Guid.NewGuid(), SubjectKind.Organisation, "org-1", "zelfevaluatie", RaterRole.Auditor, "auditor-7").Value;
        self.Rate(Maatstaf, "org-1", "K1.1", "4").IsSuccess.ShouldBeTrue();
        audit.Rate(Maatstaf, "auditor-7", "K1.1", "2").IsSuccess.ShouldBeTrue();
        self.Rate(Maatstaf, "auditor-7", "K1.1", "1").Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.not-the-rater");
        self.RatingOf("K1.1")!.ValueCode.ShouldBe("4");
        audit.RatingOf("K1.1")!.ValueCode.ShouldBe("2");
    }

    [Fact]
    public void DraftToSubmittedToFinalisedFollowsTheTransitionTable()
    {
        var a = SelfEvaluation();
        a.TransitionTo(AssessmentState.Submitted, AssessmentActor.Rater, "org-1").IsSuccess.ShouldBeTrue();
        a.TransitionTo(AssessmentState.Finalised, AssessmentActor.Coordinator, "staff-1").IsSuccess.ShouldBeTrue();
        a.State.ShouldBe(AssessmentState.Finalised);
    }

    [Fact]
    public void TheRaterCannotFinaliseTheirOwnAssessment()
    {
        var a = SelfEvaluation();
        a.TransitionTo(AssessmentState.Submitted, AssessmentActor.Rater, "org-1");
        a.TransitionTo(AssessmentState.Finalised, AssessmentActor.Rater, "org-1").Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.transition-forbidden");
        a.State.ShouldBe(AssessmentState.Submitted);
    }

    [Fact]
    public void ADraftCannotBeFinalisedWithoutBeingSubmitted() =>
        SelfEvaluation().TransitionTo(AssessmentState.Finalised, AssessmentActor.Coordinator, "staff-1").IsSuccess.ShouldBeFalse();

    [Fact]
    public void AFinalisedAssessmentIsLocked()
    {
        var a = SelfEvaluation();
        a.Rate(Maatstaf, "org-1", "K1.1", "3");
        a.TransitionTo(AssessmentState.Submitted, AssessmentActor.Rater, "org-1");
        a.TransitionTo(AssessmentState.Finalised, AssessmentActor.Coordinator, "staff-1");
        a.Rate(Maatstaf, "org-1", "K1.1", "4").Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.finalised");
        a.ClearRating(Maatstaf, "org-1", "K1.1").IsSuccess.ShouldBeFalse();
        a.RecordFinding(Maatstaf, "org-1", "K1.1", "bevinding", "sterk", [], "goed").IsSuccess.ShouldBeFalse();
        a.TransitionTo(AssessmentState.Draft, AssessmentActor.Coordinator, "staff-1").IsSuccess.ShouldBeFalse();
        a.RatingOf("K1.1")!.ValueCode.ShouldBe("3");
    }

    [Fact]
    public void ASubmittedAssessmentMustBeReturnedToDraftBeforeChanging()
    {
        var a = SelfEvaluation();
        a.TransitionTo(AssessmentState.Submitted, AssessmentActor.Rater, "org-1");
        a.Rate(Maatstaf, "org-1", "K1.1", "4").Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.submitted");
        a.TransitionTo(AssessmentState.Draft, AssessmentActor.Coordinator, "staff-1").IsSuccess.ShouldBeTrue();
        a.Rate(Maatstaf, "org-1", "K1.1", "4").IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void TheTransitionTableIsTheOnlySourceOfAllowedTransitions() =>
        AssessmentTransitions.Table.Count.ShouldBe(4);
}
