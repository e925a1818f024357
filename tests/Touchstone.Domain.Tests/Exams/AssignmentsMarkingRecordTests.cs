using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Examenreglement 8.4 (second marking), 5.2 and 5.4 (marker independence).</summary>
public class AssignmentsMarkingRecordTests
{
    private static readonly DateOnly Day = new(2026, 3, 20);
    private static ItemMinimumsScheme Scheme => LmpBlueprint.Assignments;

    private static IndependenceDeclaration Clean(string id) => new(id, Day, [], []);

    private static AssignmentsMarkingRecord FirstMarked(int[] points) =>
        new AssignmentsMarkingRecord("cand-1").RecordFirst(Scheme, new AssignmentMarking("m1", points, Day), Clean("m1")).Value;

    [Fact]
    public void AVoldoendeFirstMarkingIsFinal_8_4()
    {
        var record = FirstMarked([7, 7, 9, 7, 9]);
        record.Status(Scheme).ShouldBe(AssignmentsMarkingStatus.Final);
        record.FinalBand(Scheme).ShouldBe(ResultBand.Voldoende);
        record.CheckSecondMarker(Scheme, "m2", Clean("m2")).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.marking.second-not-required");
    }

    [Fact]
    public void AnOnvoldoendeFirstMarkingRequiresASecondMarker_8_4()
    {
        var record = FirstMarked([6, 9, 12, 9, 12]);
        record.Status(Scheme).ShouldBe(AssignmentsMarkingStatus.AwaitingSecondMarking);
        record.FinalBand(Scheme).ShouldBeNull();
    }

    [Fact]
    public void TheSecondMarkerCannotBeTheFirst_8_4() =>
        FirstMarked([6, 9, 12, 9, 12]).CheckSecondMarker(Scheme, "m1", Clean("m1")).Errors
            .ShouldHaveSingleItem().Code.ShouldBe("exams.marking.same-marker");

    [Fact]
    public void ASecondMarkerWithADeclaredConflictIsRefused_5_4()
    {
        var conflicted = new IndependenceDeclaration("m2", Day, [], ["cand-1"]);
        var error = FirstMarked([6, 9, 12, 9, 12]).CheckSecondMarker(Scheme, "m2", conflicted).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("exams.independence.candidate-conflict");
        error.Rule.ShouldBe("Examenreglement 5.4");
    }

    [Fact]
    public void AFirstMarkerWithADeclaredConflictIsRefused_5_4() =>
        new AssignmentsMarkingRecord("cand-1")
            .RecordFirst(Scheme, new AssignmentMarking("m1", [7, 7, 9, 7, 9], Day), new IndependenceDeclaration("m1", Day, [], ["cand-1"]))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.independence.candidate-conflict");

    [Fact]
    public void AgreeingMarkersMakeTheResultFinalAndBothMarkingsAreKept_8_4()
    {
        var record = FirstMarked([6, 9, 12, 9, 12])
            .RecordSecond(Scheme, new AssignmentMarking("m2", [5, 9, 12, 9, 12], Day), Clean("m2")).Value;
        record.Status(Scheme).ShouldBe(AssignmentsMarkingStatus.Final);
        record.FinalBand(Scheme).ShouldBe(ResultBand.Onvoldoende);
        record.First!.Points[0].ShouldBe(6);
        record.Second!.Points[0].ShouldBe(5);
    }

    [Fact]
    public void DisagreeingMarkersGoToTheCommitteeWhichRecordsItsDecision_8_4()
    {
        var record = FirstMarked([6, 9, 12, 9, 12])
            .RecordSecond(Scheme, new AssignmentMarking("m2", [7, 9, 12, 9, 12], Day), Clean("m2")).Value;
        record.Status(Scheme).ShouldBe(AssignmentsMarkingStatus.AwaitingCommitteeDecision);
        record.FinalBand(Scheme).ShouldBeNull();

        record.RecordDecision(Scheme, new CommitteeMarkingDecision(ResultBand.Goed, "", Day, "secretary")).Errors
            .ShouldHaveSingleItem().Code.ShouldBe("exams.marking.grounds-required");
        var decided = record.RecordDecision(Scheme, new CommitteeMarkingDecision(ResultBand.Goed, "Assignment 1 meets the criteria", Day, "secretary")).Value;
        decided.Status(Scheme).ShouldBe(AssignmentsMarkingStatus.Final);
        decided.FinalBand(Scheme).ShouldBe(ResultBand.Goed);
        decided.First.ShouldNotBeNull();
        decided.Second.ShouldNotBeNull();
    }

    [Fact]
    public void TheCommitteeDoesNotDecideWhenMarkersAgree_8_4() =>
        FirstMarked([7, 7, 9, 7, 9]).RecordDecision(Scheme, new CommitteeMarkingDecision(ResultBand.Goed, "x", Day, "s"))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.marking.no-disagreement");

    [Fact]
    public void TheSecondMarkerIsChosenAmongIndependentOthersWithTheFewestOpenSecondMarkings_8_4_5_4()
    {
        var record = FirstMarked([6, 9, 12, 9, 12]);
        SecondMarkerCandidate[] markers =
        [
            new("m1", Clean("m1"), 0), // the first marker (8.4: another marker)
            new("m2", new IndependenceDeclaration("m2", Day, [], ["cand-1"]), 0), // candidate in his circle (5.4)
            new("m3", null, 0), // no independence declaration (5.2)
            new("m5", Clean("m5"), 2),
            new("m6", Clean("m6"), 1),
            new("m4", Clean("m4"), 1),
        ];

        record.ChooseSecondMarker(Scheme, markers).ShouldBe("m4"); // fewest open second markings, ties by id
        record.ChooseSecondMarker(Scheme, markers.Take(3)).ShouldBeNull(); // nobody qualifies: the director assigns one
    }

    [Fact]
    public void NoSecondMarkerIsChosenAfterAVoldoende_8_4() =>
        FirstMarked([7, 7, 9, 7, 9]).ChooseSecondMarker(Scheme, [new("m2", Clean("m2"), 0)]).ShouldBeNull();

    [Fact]
    public void TheFirstMarkingIsFrozenForItsMarker_8_4() =>
        FirstMarked([6, 9, 12, 9, 12]).RecordFirst(Scheme, new AssignmentMarking("m1", [7, 7, 9, 7, 9], Day), Clean("m1"))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.marking.first-frozen");
}
