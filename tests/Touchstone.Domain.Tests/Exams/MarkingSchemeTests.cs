using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Every boundary of Examenreglement 8.7, with the numbers read from the blueprint file.</summary>
public class MarkingSchemeTests
{
    // 8.7 "Cesuur examen": t/m 20 Onvoldoende, 21 t/m 25 Voldoende, vanaf 26 Goed.
    [Theory]
    [InlineData(0, ResultBand.Onvoldoende)]
    [InlineData(20, ResultBand.Onvoldoende)]
    [InlineData(21, ResultBand.Voldoende)]
    [InlineData(25, ResultBand.Voldoende)]
    [InlineData(26, ResultBand.Goed)]
    [InlineData(30, ResultBand.Goed)]
    public void TheoryBandsFollowTheTableOf8_7(int points, ResultBand expected) =>
        LmpBlueprint.Theory.BandFor(points).ShouldBe(expected);

    [Fact]
    public void TheoryCutScoreIs70PercentOf30Points_8_7() =>
        LmpBlueprint.Theory.Bands.LowestPointsFor(ResultBand.Voldoende).ShouldBe(21);

    // 8.7 "Opdrachten (portfolio)".
    [Fact]
    public void AssignmentsAtEveryMinimumAreVoldoende_8_7() =>
        LmpBlueprint.Assignments.BandFor([7, 7, 9, 7, 9]).ShouldBe(ResultBand.Voldoende);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void AssignmentsBelowMinimumFailEvenWithHighTotal_8_7(int failing)
    {
        // All other assignments at their maximum: total 51 minus the gap, still far above 45.
        var points = LmpBlueprint.Assignments.Items.Select(i => i.Max).ToArray();
        points[failing] = LmpBlueprint.Assignments.Items[failing].Min - 1;
        points.Sum().ShouldBeGreaterThanOrEqualTo(45);
        LmpBlueprint.Assignments.BandFor(points).ShouldBe(ResultBand.Onvoldoende);
    }

    [Fact]
    public void AssignmentsWithEveryMinimumAndTotal45AreGoed_8_7() =>
        LmpBlueprint.Assignments.BandFor([9, 9, 9, 9, 9]).ShouldBe(ResultBand.Goed);

    [Fact]
    public void AssignmentsWithEveryMinimumAndTotal44AreVoldoende_8_7() =>
        LmpBlueprint.Assignments.BandFor([9, 9, 9, 8, 9]).ShouldBe(ResultBand.Voldoende);

    [Fact]
    public void AssignmentPointsAboveAnItemMaximumAreRefused_8_7()
    {
        var check = LmpBlueprint.Assignments.CheckPoints([10, 7, 9, 7, 9]);
        check.Errors.ShouldHaveSingleItem().Rule.ShouldBe("Examenreglement 8.7");
    }

    // 8.7 "Praktijkexamen": per part.
    [Theory]
    [InlineData(1, 4, 2)]
    [InlineData(1, 3, 1)]
    [InlineData(1, 2, 0)]
    [InlineData(2, 3, 1)]
    [InlineData(2, 4, 1)]
    [InlineData(2, 2, 0)]
    [InlineData(3, 3, 1)]
    [InlineData(3, 2, 0)]
    [InlineData(4, 3, 1)]
    [InlineData(4, 2, 0)]
    [InlineData(5, 3, 1)]
    [InlineData(5, 2, 0)]
    [InlineData(6, 3, 1)]
    [InlineData(6, 2, 0)]
    [InlineData(7, 6, 3)]
    [InlineData(7, 5, 2)]
    [InlineData(7, 4, 2)]
    [InlineData(7, 3, 1)]
    [InlineData(7, 2, 0)]
    [InlineData(7, 0, 0)]
    public void PracticalPartPointsFollowTheCriteriaTableOf8_7(int part, int met, int points) =>
        LmpBlueprint.Practical.Parts[part - 1].PointsFor(met).ShouldBe(points);

    // 8.7 "Cesuur 75 % van de punten": 0 t/m 6 O, 7 t/m 8 V, 9 t/m 10 G (the table is followed).
    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0 }, 0, ResultBand.Onvoldoende)]
    [InlineData(new[] { 4, 3, 3, 3, 0, 0, 0 }, 5, ResultBand.Onvoldoende)]
    [InlineData(new[] { 4, 3, 3, 3, 3, 3, 0 }, 7, ResultBand.Voldoende)]
    [InlineData(new[] { 3, 3, 3, 3, 3, 0, 3 }, 6, ResultBand.Onvoldoende)]
    [InlineData(new[] { 4, 3, 3, 3, 3, 3, 3 }, 8, ResultBand.Voldoende)]
    [InlineData(new[] { 4, 3, 3, 3, 3, 3, 4 }, 9, ResultBand.Goed)]
    [InlineData(new[] { 4, 3, 3, 3, 3, 3, 6 }, 10, ResultBand.Goed)]
    public void PracticalBandsFollowTheTableNotThe75Percent_8_7(int[] met, int points, ResultBand band)
    {
        var outcome = PracticalMarking.Outcome(LmpBlueprint.Practical, PracticalSheet.Of(met));
        outcome.Points.ShouldBe(points);
        outcome.Band.ShouldBe(band);
    }

    [Fact]
    public void SevenOfTenPracticalPointsPassAlthough75PercentWouldNeedEight_8_7() =>
        LmpBlueprint.Practical.Bands.BandFor(7).ShouldBe(ResultBand.Voldoende);

    [Theory]
    [InlineData(ResultBand.Voldoende, ResultBand.Voldoende, ResultBand.Voldoende, true)]
    [InlineData(ResultBand.Goed, ResultBand.Goed, ResultBand.Voldoende, true)]
    [InlineData(ResultBand.Goed, ResultBand.Onvoldoende, ResultBand.Goed, false)]
    [InlineData(ResultBand.Onvoldoende, ResultBand.Goed, ResultBand.Goed, false)]
    [InlineData(ResultBand.Goed, ResultBand.Goed, ResultBand.Onvoldoende, false)]
    public void ExamPassesOnlyWhenEveryComponentIsAtLeastVoldoende_8_6_9_2(ResultBand theory, ResultBand assignments, ResultBand practical, bool passed) =>
        LmpBlueprint.Blueprint.PassRule.Passed([theory, assignments, practical]).ShouldBe(passed);
}
