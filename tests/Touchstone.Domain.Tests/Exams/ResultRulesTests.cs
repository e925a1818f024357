using Touchstone.Domain.Calendar;
using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Examenreglement 6.4, 8.6, 9.1, 9.2, 10.1 and 10.3.</summary>
public class ResultRulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly ExamRegulation Reg = ExamRegulation.FromSeed;

    [Fact]
    public void ResultsAreDueFourWeeksAfterTheExamPeriod_9_1() =>
        ResultRules.ResultsDue(new DateOnly(2026, 6, 5), null, Calendar, Reg).ShouldBe(new DateOnly(2026, 7, 3));

    [Fact]
    public void TheDirectorsNewTermReplacesTheFourWeeksWhenLaterAndAnnounced_9_1()
    {
        var ext = new ResultsTermExtension(new DateOnly(2026, 7, 17), "marker ill", new DateOnly(2026, 6, 30), new DateOnly(2026, 6, 30));
        ResultRules.CheckExtension(new DateOnly(2026, 6, 5), ext, Calendar, Reg).IsSuccess.ShouldBeTrue();
        ResultRules.ResultsDue(new DateOnly(2026, 6, 5), ext, Calendar, Reg).ShouldBe(new DateOnly(2026, 7, 17));
        ResultRules.CheckExtension(new DateOnly(2026, 6, 5), ext with { NewDueDate = new DateOnly(2026, 7, 3), CandidatesInformedOn = null }, Calendar, Reg)
            .Errors.Select(e => e.Code).ShouldBe(["exams.results.term-not-later", "exams.results.candidates-not-informed"]);
    }

    [Fact]
    public void ResultsAreWithheldWhilePaymentIsIncomplete_6_4()
    {
        ResultRules.CheckRelease(false).Errors.ShouldHaveSingleItem().Rule.ShouldBe("Examenreglement 6.4");
        ResultRules.CheckRelease(true).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void OverallResultIsFinalOnlyWhenEveryComponentIsFinal_8_6_9_2()
    {
        var bp = LmpBlueprint.Blueprint;
        var pending = ResultRules.Overall(bp, [new("theory", ResultBand.Goed, true), new("assignments", ResultBand.Voldoende, false), new("practical", ResultBand.Voldoende, true)]);
        pending.Status.ShouldBe(OverallStatus.Pending);
        pending.IsFinal.ShouldBeFalse();
        ResultRules.Overall(bp, [new("theory", ResultBand.Goed, true), new("practical", ResultBand.Voldoende, true)]).IsFinal.ShouldBeFalse();
        ResultRules.Overall(bp, [new("theory", ResultBand.Goed, true), new("assignments", ResultBand.Voldoende, true), new("practical", ResultBand.Voldoende, true)])
            .Status.ShouldBe(OverallStatus.Passed);
        ResultRules.Overall(bp, [new("theory", ResultBand.Goed, true), new("assignments", ResultBand.Onvoldoende, true), new("practical", ResultBand.Goed, true)])
            .Status.ShouldBe(OverallStatus.Failed);
    }

    [Fact]
    public void InspectionIsOpenForThreeMonthsAfterTheResult_10_1()
    {
        var published = new DateOnly(2026, 7, 3);
        ResultRules.InspectionUntil(published, Calendar, Reg).ShouldBe(new DateOnly(2026, 10, 5)); // 3 Oct is a Saturday
        ResultRules.CheckInspection(published, new DateOnly(2026, 10, 5), Calendar, Reg).IsSuccess.ShouldBeTrue();
        ResultRules.CheckInspection(published, new DateOnly(2026, 10, 6), Calendar, Reg).Errors.ShouldHaveSingleItem().Rule.ShouldBe("Examenreglement 10.1");
    }

    [Fact]
    public void CandidateWorkIsDeletedSixMonthsAfterTheExamUnlessACaseIsOpen_10_3()
    {
        var exam = new DateOnly(2026, 3, 16);
        ResultRules.WorkDeletionDate(exam, Reg).ShouldBe(new DateOnly(2026, 9, 16));
        ResultRules.CheckWorkDeletion(exam, new DateOnly(2026, 9, 15), false, false, Reg).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.retention.too-early");
        ResultRules.CheckWorkDeletion(exam, new DateOnly(2026, 9, 16), false, false, Reg).IsSuccess.ShouldBeTrue();
        ResultRules.CheckWorkDeletion(exam, new DateOnly(2026, 9, 16), true, false, Reg).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.retention.case-open");
    }

    [Fact]
    public void WorkUnderAPendingInspectionIsKeptPastSixMonths_10_1_10_3()
    {
        var exam = new DateOnly(2026, 3, 16);
        var error = ResultRules.CheckWorkDeletion(exam, new DateOnly(2026, 10, 1), false, true, Reg).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("exams.retention.inspection-pending");
        error.Rule.ShouldBe("Examenreglement 10.1, 10.3");
        ResultRules.CheckWorkDeletion(exam, new DateOnly(2026, 9, 15), false, true, Reg).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.retention.too-early");
    }
}
