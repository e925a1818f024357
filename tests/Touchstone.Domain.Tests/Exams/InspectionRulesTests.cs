using Touchstone.Domain.Calendar;
using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Examenreglement 10.1: inspection of the marked work for three months after the result.</summary>
public class InspectionRulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly ExamRegulation Reg = ExamRegulation.FromSeed;
    private static readonly DateOnly Published = new(2026, 7, 3);

    [Fact]
    public void ARequestWithinThreeMonthsOfThePublishedResultIsAccepted_10_1()
    {
        InspectionRules.CheckRequest([new("theory", Published), new("assignments", Published)], false, new DateOnly(2026, 10, 5), Calendar, Reg).IsSuccess.ShouldBeTrue();
        InspectionRules.CheckRequest([new("theory", Published)], false, Published, Calendar, Reg).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void ARequestAfterThreeMonthsIsRefusedOnceWithTheRuleNamed_10_1()
    {
        var error = InspectionRules.CheckRequest([new("theory", Published), new("assignments", Published)], false, new DateOnly(2026, 10, 6), Calendar, Reg).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("exams.inspection.closed");
        error.Rule.ShouldBe("Examenreglement 10.1");
        error.Message.ShouldContain("2026-10-05");
    }

    [Fact]
    public void ARequestNeedsAPublishedResultAComponentAndNoOpenRequest_10_1()
    {
        InspectionRules.CheckRequest([new("theory", null)], false, Published, Calendar, Reg).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.inspection.no-result");
        InspectionRules.CheckRequest([], false, Published, Calendar, Reg).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.inspection.no-component");
        InspectionRules.CheckRequest([new("theory", Published)], true, Published, Calendar, Reg).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.inspection.already-open");
    }

    [Fact]
    public void APendingRequestIsScheduledInTheFutureAndHeldOnlyOnceItsMomentCame_10_1()
    {
        var now = new DateTimeOffset(2026, 7, 10, 9, 0, 0, TimeSpan.Zero);
        var at = now.AddDays(7);
        InspectionRules.CheckSchedule(InspectionStatus.Requested, at, now).IsSuccess.ShouldBeTrue();
        InspectionRules.CheckSchedule(InspectionStatus.Scheduled, at, now).IsSuccess.ShouldBeTrue(); // moved
        InspectionRules.CheckSchedule(InspectionStatus.Requested, now.AddHours(-1), now).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.inspection.in-past");
        InspectionRules.CheckSchedule(InspectionStatus.Held, at, now).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.inspection.closed-request");

        InspectionRules.CheckHeld(InspectionStatus.Scheduled, at, now).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.inspection.not-yet");
        InspectionRules.CheckHeld(InspectionStatus.Scheduled, at, at).IsSuccess.ShouldBeTrue();
        InspectionRules.CheckHeld(InspectionStatus.Requested, null, at).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.inspection.not-scheduled");
    }

    [Fact]
    public void ARefusalOfAPendingRequestStatesItsReason_10_1()
    {
        InspectionRules.CheckRefusal(InspectionStatus.Requested, "niet de kandidaat zelf (persoonsgebonden)").IsSuccess.ShouldBeTrue();
        InspectionRules.CheckRefusal(InspectionStatus.Scheduled, " ").Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.inspection.refusal-reason");
        InspectionRules.CheckRefusal(InspectionStatus.Refused, "x").Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.inspection.closed-request");
        InspectionRules.IsPending(InspectionStatus.Scheduled).ShouldBeTrue();
        InspectionRules.IsPending(InspectionStatus.Held).ShouldBeFalse();
    }
}
