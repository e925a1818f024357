using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;
using Touchstone.Domain.Tests.Standards;

namespace Touchstone.Domain.Tests.Assessments;

/// <summary>Maatstaf 2016 §zelfevaluatie and audit ("in welke mate uw organisatie voldoet ... en waar verbeteringen nodig zijn").</summary>
public class QualityResultsTests
{
    private static readonly Framework Maatstaf = FrameworkFiles.MaatstafFramework;

    private static Assessment Rated(params (string Item, string Value)[] ratings)
    {
        var a = Assessment.Start(Maatstaf, Guid.NewGuid(), SubjectKind.Organisation, "org", "zelfevaluatie", RaterRole.Self, "org").Value;
        foreach (var (item, value) in ratings)
        {
            a.Rate(Maatstaf, "org", item, value).IsSuccess.ShouldBeTrue();
        }

        return a;
    }

    // Maatstaf 2016 §Koers: Oriëntatie (K1) has 5 requirements.
    [Fact]
    public void ComponentAverageAndCountsPerValue()
    {
        var a = Rated(("K1.1", "4"), ("K1.2", "2"), ("K1.3", "2"), ("K2.1", "1"));
        var results = QualityResults.Aggregate(Maatstaf, a);
        var k1 = results.Single(r => r.SectionCode == "K1");
        (k1.ItemCount, k1.RatedCount, k1.AverageScore).ShouldBe((5, 3, 2.67m));
        k1.CountsPerValue["2"].ShouldBe(2);
        k1.CountsPerValue["4"].ShouldBe(1);
        k1.CountsPerValue["1"].ShouldBe(0);
    }

    // Maatstaf 2016 §Koers: the cluster holds its three components (5 + 6 + 5 requirements).
    [Fact]
    public void ClusterAggregatesAllItsComponents()
    {
        var a = Rated(("K1.1", "4"), ("K2.1", "1"), ("O1.1", "3"));
        var koers = QualityResults.Aggregate(Maatstaf, a).Single(r => r.SectionCode == "K");
        (koers.Kind, koers.ItemCount, koers.RatedCount, koers.AverageScore).ShouldBe(("cluster", 16, 2, 2.5m));
    }

    [Fact]
    public void UnratedSectionHasNoAverage() =>
        QualityResults.Aggregate(Maatstaf, Rated()).Single(r => r.SectionCode == "R3").AverageScore.ShouldBeNull();

    [Fact]
    public void ImprovementPointsAreRatingsBelowTheThresholdOrFindingsThatNeedAction()
    {
        var a = Rated(("K1.1", "2"), ("K1.2", "3"), ("K1.3", "1"));
        a.RecordFinding(Maatstaf, "org", "M3.3", "bevinding", "minor", ["Hoe leert u van vertrekkers?"], "Exitgesprekken worden niet gevoerd.").IsSuccess.ShouldBeTrue();
        a.RecordFinding(Maatstaf, "org", "R1.4", "bevinding", "sterk", [], "Audits goed opgevolgd.").IsSuccess.ShouldBeTrue();
        var points = QualityResults.ImprovementPoints(Maatstaf, a);
        points.Select(p => p.ItemCode).ShouldBe(["K1.1", "K1.3", "M3.3"]);
        points.Single(p => p.ItemCode == "M3.3").FindingType.ShouldBe("minor");
    }

    [Fact]
    public void TheThresholdComesFromThePolicy()
    {
        var a = Rated(("K1.1", "3"));
        QualityResults.ImprovementPoints(Maatstaf, a).ShouldBeEmpty();
        QualityResults.ImprovementPoints(Maatstaf, a, ImprovementPolicy.Default with { ScoreBelow = 4m }).ShouldHaveSingleItem();
    }
}

/// <summary>Audit findings per requirement and cycles (Maatstaf 2016 §het nieuwe beoordelen: 2e-orde vragen, gemotiveerde standpunten).</summary>
public class AuditCycleTests
{
    private static readonly Framework Maatstaf = FrameworkFiles.MaatstafFramework;

    private static Assessment Audit(string cycle = "2025")
    {
        var a = Assessment.Start(Maatstaf, Guid.NewGuid(), SubjectKind.Organisation, "org", "zelfevaluatie", RaterRole.Auditor, "aud", cycle).Value;
        a.Rate(Maatstaf, "aud", "K1.1", "3").IsSuccess.ShouldBeTrue();
        a.Rate(Maatstaf, "aud", "K1.2", "2").IsSuccess.ShouldBeTrue();
        a.RecordFinding(Maatstaf, "aud", "K1.2", "bevinding", "verbeterkans", ["Wie zijn uw belanghebbenden?", "Hoe weet u wat zij willen?"], "Belanghebbenden zijn benoemd, hun wensen niet.").IsSuccess.ShouldBeTrue();
        return a;
    }

    [Fact]
    public void AFindingRecordsTypeQuestionsAndReasonedPosition()
    {
        var f = Audit().FindingOf("K1.2")!;
        f.TypeCode.ShouldBe("verbeterkans");
        f.Questions.Count.ShouldBe(2);
        f.Position.ShouldStartWith("Belanghebbenden");
    }

    [Fact]
    public void AFindingTypeOffTheFindingScaleIsRefused() =>
        Audit().RecordFinding(Maatstaf, "aud", "K1.1", "bevinding", "kritiek", [], "x").Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.unknown-finding-type");

    [Fact]
    public void AFindingWithoutAReasonedPositionIsRefused() =>
        Audit().RecordFinding(Maatstaf, "aud", "K1.1", "bevinding", "observatie", [], " ").Errors.ShouldHaveSingleItem().Code.ShouldBe("assessment.position-required");

    [Fact]
    public void ANewCycleStartsAsADraftCopyLinkedToThePrevious()
    {
        var previous = Audit();
        previous.TransitionTo(AssessmentState.Submitted, AssessmentActor.Rater, "aud");
        previous.TransitionTo(AssessmentState.Finalised, AssessmentActor.Coordinator, "staff");
        var next = previous.CopyToNewCycle(Guid.NewGuid(), "2026", "aud-2");
        (next.State, next.Cycle, next.PreviousId, next.RaterId).ShouldBe((AssessmentState.Draft, "2026", (Guid?)previous.Id, "aud-2"));
        next.Ratings.Count.ShouldBe(2);
        next.FindingOf("K1.2").ShouldBe(previous.FindingOf("K1.2"));
        next.Rate(Maatstaf, "aud-2", "K1.1", "4").IsSuccess.ShouldBeTrue();
        previous.RatingOf("K1.1")!.ValueCode.ShouldBe("3");
    }

    [Fact]
    public void TheDiffShowsChangedAddedAndRemovedItems()
    {
        var previous = Audit();
        var next = previous.CopyToNewCycle(Guid.NewGuid(), "2026", "aud");
        next.Rate(Maatstaf, "aud", "K1.2", "3");
        next.RecordFinding(Maatstaf, "aud", "K1.2", "bevinding", "observatie", [], "Wensen nu in kaart.");
        next.ClearRating(Maatstaf, "aud", "K1.1");
        next.Rate(Maatstaf, "aud", "K2.1", "4");
        CycleDiff.Between(previous, next).ShouldBe(
        [
            new ItemChange("K1.1", ChangeAspect.Rating, ChangeKind.Removed, "3", null),
            new ItemChange("K1.2", ChangeAspect.Rating, ChangeKind.Changed, "2", "3"),
            new ItemChange("K1.2", ChangeAspect.Finding, ChangeKind.Changed, "verbeterkans", "observatie"),
            new ItemChange("K2.1", ChangeAspect.Rating, ChangeKind.Added, null, "4"),
        ]);
    }

    [Fact]
    public void AnUnchangedCopyHasNoDifferences()
    {
        var previous = Audit();
        CycleDiff.Between(previous, previous.CopyToNewCycle(Guid.NewGuid(), "2026", "aud")).ShouldBeEmpty();
    }
}
