using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Examenreglement 8.7: on-the-spot resit of at most 1 practical part with at least 6 points.</summary>
public class PracticalMarkingTests
{
    private static CriteriaPointsScheme Scheme => LmpBlueprint.Practical;

    // 6 points: parts 5 and 6 scored nothing, part 7 only 1 point (3×V).
    private static readonly PracticalSheet SixPoints = PracticalSheet.Of(4, 3, 3, 3, 0, 0, 3);

    [Fact]
    public void ResitIsAllowedWithSixPoints_8_7()
    {
        var outcome = PracticalMarking.Outcome(Scheme, SixPoints);
        outcome.Points.ShouldBe(6);
        outcome.Band.ShouldBe(ResultBand.Onvoldoende);
        outcome.ResitAllowed.ShouldBeTrue();
    }

    [Fact]
    public void ResitIsRefusedWithFivePoints_8_7()
    {
        var five = PracticalSheet.Of(4, 3, 3, 0, 0, 0, 3);
        PracticalMarking.Outcome(Scheme, five).ResitAllowed.ShouldBeFalse();
        PracticalMarking.RecordResit(Scheme, five, 5, 3).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.practical.resit-below-minimum");
    }

    [Fact]
    public void ResitOfOnePartReplacesItsObservation_8_7()
    {
        var resat = PracticalMarking.RecordResit(Scheme, SixPoints, 5, 3).Value;
        var outcome = PracticalMarking.Outcome(Scheme, resat);
        outcome.Points.ShouldBe(7);
        outcome.Band.ShouldBe(ResultBand.Voldoende);
        SixPoints.CriteriaMet[4].ShouldBe(0); // the original observation is kept
    }

    [Fact]
    public void ASecondResitPartIsRefused_8_7()
    {
        var resat = PracticalMarking.RecordResit(Scheme, SixPoints, 5, 2).Value; // resit failed: still 6 points
        PracticalMarking.Outcome(Scheme, resat).ResitAllowed.ShouldBeFalse();
        var second = PracticalMarking.RecordResit(Scheme, resat, 7, 6);
        second.Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.practical.resit-limit");
        second.Errors[0].Rule.ShouldBe("Examenreglement 8.7");
    }

    [Fact]
    public void NoResitOnceThePracticalIsPassed_8_7() =>
        PracticalMarking.RecordResit(Scheme, PracticalSheet.Of(4, 3, 3, 3, 3, 3, 3), 7, 6).Errors
            .ShouldHaveSingleItem().Code.ShouldBe("exams.practical.resit-not-needed");

    [Fact]
    public void ResitOfAnUnknownPartIsRefused() =>
        PracticalMarking.RecordResit(Scheme, SixPoints, 8, 3).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.practical.unknown-part");

    [Fact]
    public void MoreCriteriaMetThanAPartHasAreRefusedWithTheNumbersFromTheBlueprint_8_7()
    {
        // Examenreglement 8.7: part 1 scores on 4 criteria ("2 punten bij 4 x V"), part 5 on 3 ("bij 3 x V"), part 7 on 6
        // ("3 punten bij 6 x V"); parts 2, 3, 4 and 6 ("minimaal 3 x V") have no stated number, so no bound there.
        Scheme.Parts.Select(p => p.Criteria).ShouldBe([4, null, null, null, 3, null, 6]);
        var errors = PracticalMarking.Check(Scheme, PracticalSheet.Of(9, 3, 3, 3, 3, 3, 7)).Errors;
        errors.Select(e => (e.Code, e.Rule, string.Join(",", e.Args))).ShouldBe([
            ("exams.practical.criteria-above-maximum", "Examenreglement 8.7", "1,4,9"),
            ("exams.practical.criteria-above-maximum", "Examenreglement 8.7", "7,6,7"),
        ]);
        PracticalMarking.Check(Scheme, PracticalSheet.Of(4, 4, 4, 4, 3, 4, 6)).IsSuccess.ShouldBeTrue();
        PracticalMarking.Check(Scheme, PracticalSheet.Of(4, 5, 5, 5, 3, 5, 6)).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void AnOnTheSpotResitCannotMeetMoreCriteriaThanThePartHas_8_7() =>
        PracticalMarking.RecordResit(Scheme, SixPoints, 5, 4).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.practical.criteria-above-maximum");

    [Fact]
    public void AnObservationNeedsEveryPart() =>
        PracticalMarking.Check(Scheme, PracticalSheet.Of(4, 3, 3)).IsSuccess.ShouldBeFalse();
}
