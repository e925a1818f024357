using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Examenreglement 1 (Examinator), 4.9 and 5.2: no relation with an institute that trains for the exam.</summary>
public class IndependenceRulesTests
{
    private static readonly DateOnly Day = new(2026, 1, 5);

    [Theory]
    [InlineData(ExamFunction.CommitteeMember, InstituteRelationKind.Teacher, "Examenreglement 4.9")]
    [InlineData(ExamFunction.ConstructionTeamMember, InstituteRelationKind.Employee, "Examenreglement 5.2")]
    [InlineData(ExamFunction.Marker, InstituteRelationKind.BoardMember, "Examenreglement 5.2")]
    [InlineData(ExamFunction.Examiner, InstituteRelationKind.LearningMaterials, "Examenreglement 1 (Examinator)")]
    public void AnAssignmentThatBreaksIndependenceIsRefusedWithTheReason(ExamFunction function, InstituteRelationKind kind, string rule)
    {
        var declaration = new IndependenceDeclaration("p1", Day, [new InstituteRelation("Opleider BV", kind)], []);
        var error = IndependenceRules.CheckAssignment(function, "p1", declaration).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("exams.independence.institute-relation");
        error.Rule.ShouldBe(rule);
        error.Message.ShouldContain("Opleider BV");
    }

    [Fact]
    public void AnAssignmentWithoutADeclarationIsRefused() =>
        IndependenceRules.CheckAssignment(ExamFunction.Examiner, "p1", null).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.independence.no-declaration");

    [Fact]
    public void SomeoneElsesDeclarationDoesNotCount() =>
        IndependenceRules.CheckAssignment(ExamFunction.Marker, "p1", new IndependenceDeclaration("p2", Day, [], [])).IsSuccess.ShouldBeFalse();

    [Fact]
    public void AnIndependentPersonMayBeAssigned() =>
        IndependenceRules.CheckAssignment(ExamFunction.CommitteeMember, "p1", new IndependenceDeclaration("p1", Day, [], [])).IsSuccess.ShouldBeTrue();

    [Fact]
    public void AMarkerWhoDeclaredTheCandidateInHisCircleHearsTheConflictRule_5_4()
    {
        var declaration = new IndependenceDeclaration("m1", Day, [], ["c7"]);
        var refused = IndependenceRules.CheckOwnCircle(declaration, "c7").Errors.ShouldHaveSingleItem();
        refused.Code.ShouldBe("exams.marking.conflict-declared");
        refused.Rule.ShouldBe("Examenreglement 5.4");

        IndependenceRules.CheckOwnCircle(declaration, "c8").IsSuccess.ShouldBeTrue();
        IndependenceRules.CheckOwnCircle(null, "c7").IsSuccess.ShouldBeTrue();
    }

    [Theory]
    [InlineData(ExamFunction.CommitteeMember, "Examenreglement 4.9, 3.1 j")]
    [InlineData(ExamFunction.ConstructionTeamMember, "Examenreglement 5.2, 3.1 l")]
    public void ASittingMemberWhoLaterDeclaresARelationIsFlaggedForReplacementByTheDirector(ExamFunction function, string rule)
    {
        // 4.9, 5.2: members have no relation with a training institute; 3.1 j, l: the director appoints and replaces them.
        var later = new IndependenceDeclaration("p1", Day.AddDays(30), [new InstituteRelation("Opleider BV", InstituteRelationKind.Teacher)], []);
        var warning = IndependenceRules.CheckSitting(function, "p1", later).ShouldHaveSingleItem();
        (warning.Code, warning.Rule).ShouldBe(("exams.independence.sitting-relation", rule));
        warning.Args.ShouldBe(["p1", function, Day.AddDays(30), InstituteRelationKind.Teacher, "Opleider BV"]);
    }

    [Fact]
    public void ASittingMemberWithACleanOrNoLaterDeclarationIsNotFlagged()
    {
        IndependenceRules.CheckSitting(ExamFunction.CommitteeMember, "p1", new IndependenceDeclaration("p1", Day, [], [])).ShouldBeEmpty();
        IndependenceRules.CheckSitting(ExamFunction.ConstructionTeamMember, "p1", null).ShouldBeEmpty();
    }
}
