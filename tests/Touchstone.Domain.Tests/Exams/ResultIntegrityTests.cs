using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Examenreglement 8.8, 8.9, 12 (comment period and final answer model) and 11.1, 14 (a sent result changes only on objection).</summary>
public class ResultIntegrityTests
{
    private static readonly DateOnly CommentDeadline = new(2026, 6, 19);

    [Fact]
    public void TheoryScoresAreProvisionalUntilTheCommitteeFixesTheFinalAnswerModel_8_9()
    {
        ResultIntegrity.TheoryIsFinal(null).ShouldBeFalse();
        ResultIntegrity.TheoryIsFinal(CommentDeadline.AddDays(1)).ShouldBeTrue();
    }

    [Fact]
    public void TheFinalAnswerModelIsFixedOnlyAfterTheLastDayForComments_8_8_8_9_12()
    {
        var open = ResultIntegrity.CheckFixKey(null, CommentDeadline, CommentDeadline).Errors.ShouldHaveSingleItem();
        open.Code.ShouldBe("exams.key.comment-period");
        open.Rule.ShouldBe("Examenreglement 8.9");
        open.Args.ShouldBe([CommentDeadline]);
        ResultIntegrity.CheckFixKey(null, CommentDeadline.AddDays(-5), CommentDeadline).IsSuccess.ShouldBeFalse();

        ResultIntegrity.CheckFixKey(null, CommentDeadline.AddDays(1), CommentDeadline).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void TheFinalAnswerModelIsFixedOnceAndThenNotChanged_8_9()
    {
        var fixedOn = CommentDeadline.AddDays(3);
        ResultIntegrity.CheckFixKey(fixedOn, fixedOn.AddDays(1), CommentDeadline).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.key.already-fixed");

        ResultIntegrity.CheckKeyChange(null).IsSuccess.ShouldBeTrue();
        var refused = ResultIntegrity.CheckKeyChange(fixedOn).Errors.ShouldHaveSingleItem();
        refused.Code.ShouldBe("exams.key.fixed");
        refused.Rule.ShouldBe("Examenreglement 8.9");
    }

    [Fact]
    public void ASentResultIsChangedOnlyThroughAnObjection_11_1_14()
    {
        ResultIntegrity.CheckNotSent("LMP-1-001", "Praktijk", null).IsSuccess.ShouldBeTrue();

        var sentOn = new DateOnly(2026, 7, 1);
        var refused = ResultIntegrity.CheckNotSent("LMP-1-001", "Praktijk", sentOn).Errors.ShouldHaveSingleItem();
        refused.Code.ShouldBe("exams.result.sent");
        refused.Rule.ShouldBe("Examenreglement 11.1, 14");
        refused.Args.ShouldBe(["Praktijk", "LMP-1-001", sentOn]);
    }
}
