using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Examenreglement 7.1, 7.6 (late entry), 6.2/6.3 (the planned end) and 7.7 (the candidate confirms his data).</summary>
public class ExamDayRulesTests
{
    private static readonly TimeOnly Start = new(9, 30);

    [Fact]
    public void PresentAtOrBeforeTheStartIsOnTime_7_1()
    {
        ExamDayRules.IsLate(Start, new TimeOnly(9, 30)).ShouldBeFalse();
        ExamDayRules.IsLate(Start, new TimeOnly(9, 31)).ShouldBeTrue();
        ExamDayRules.Admit(Start, new TimeOnly(9, 10), ExamDayRules.EndsAt(Start, 60, 0)).Value.ShouldBe(EntryDecision.OnTime);
    }

    [Fact]
    public void ALatecomerMayBeAdmittedButTheEndDoesNotMove_7_1_7_6()
    {
        var end = ExamDayRules.EndsAt(Start, 60, 0);
        end.ShouldBe(new TimeOnly(10, 30)); // the committee's duration (6.3), no time added for the late arrival
        ExamDayRules.Admit(Start, new TimeOnly(9, 50), end).Value.ShouldBe(EntryDecision.AdmittedLate);
    }

    [Fact]
    public void ApprovedExtraTimeMovesTheEndAndLatenessDoesNot_6_2()
    {
        ExamDayRules.EndsAt(Start, 60, 30).ShouldBe(new TimeOnly(11, 0));
        ExamDayRules.Admit(Start, new TimeOnly(10, 45), ExamDayRules.EndsAt(Start, 60, 30)).Value.ShouldBe(EntryDecision.AdmittedLate);
    }

    [Fact]
    public void ALatecomerAfterTheEndCannotBeAdmitted_7_1_7_6()
    {
        var error = ExamDayRules.Admit(Start, new TimeOnly(10, 30), ExamDayRules.EndsAt(Start, 60, 0)).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("exams.entry.after-end");
        error.Rule.ShouldBe("Examenreglement 7.1, 7.6");
    }

    [Fact]
    public void OnlyALatecomerCanBeRefusedForBeingLate_7_6()
    {
        ExamDayRules.RefuseLate(Start, new TimeOnly(9, 45)).Value.ShouldBe(EntryDecision.RefusedLate);
        var error = ExamDayRules.RefuseLate(Start, new TimeOnly(9, 30)).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("exams.entry.not-late");
        error.Message.ShouldContain("09:30");
    }

    [Fact]
    public void TheCandidateSignsHisDataAndTheWorkIsHandedInOnlyAfterwards_7_7()
    {
        ExamDayRules.CheckDataConfirmation(true).IsSuccess.ShouldBeTrue();
        ExamDayRules.CheckDataConfirmation(false).Errors.ShouldHaveSingleItem().Rule.ShouldBe("Examenreglement 7.7");
        ExamDayRules.CheckHandIn(true).IsSuccess.ShouldBeTrue();
        ExamDayRules.CheckHandIn(false).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.data.not-confirmed");
    }
}
