using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;
using Case = Touchstone.Domain.Cases.Case;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;

namespace Touchstone.Domain.Tests.Cases;

// Examenreglement 11.3: at least once a year the director reports on complaints and objections.
public class AnnualCaseReportTests
{
    private static Case DecidedObjection(DateOnly decidedOn, CaseOutcome outcome)
    {
        var c = ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20));
        c.Decide(outcome, "Motivated.", CaseRole.ExamCommittee, "chair", decidedOn).IsSuccess.ShouldBeTrue();
        return c;
    }

    private static AnnualCaseReport Build()
    {
        var late = Register(CaseType.Objection, D(2026, 4, 2), D(2026, 3, 11));
        late.StartAdmissibilityCheck(CaseRole.BackOffice, "office", D(2026, 4, 2));
        late.CompleteAdmissibility(
            (CompleteObjection(D(2026, 3, 11), D(2026, 4, 2)) with { PostmarkDate = null }).Evaluate(LmpDeadlines),
            CaseRole.ExamCommittee, "chair", D(2026, 4, 3)).IsSuccess.ShouldBeTrue();

        var answered = ComplaintInHandling(D(2026, 4, 7), D(2026, 4, 16));
        answered.Decide(CaseOutcome.Founded, "Apologies.", CaseRole.Director, "director", D(2026, 4, 20));
        var unanswered = ComplaintInHandling(D(2026, 4, 7), D(2026, 4, 16));
        var lastYear = ComplaintInHandling(D(2025, 12, 1), D(2025, 12, 2));

        Case[] cases =
        [
            DecidedObjection(D(2026, 4, 10), CaseOutcome.Rejected), // 14 working days (Easter Monday skipped)
            DecidedObjection(D(2026, 4, 13), CaseOutcome.Upheld),   // 15
            DecidedObjection(D(2026, 5, 4), CaseOutcome.Rejected),  // 29, after the due date 28 Apr
            late, answered, unanswered, lastYear,
        ];
        return AnnualCaseReport.For(cases, 2026, Catalog, WorkingDayCalendar.Default, asOf: D(2027, 1, 15));
    }

    [Fact]
    public void ObjectionFiguresCountOutcomesHandlingTimeAndOverdue()
    {
        var objections = Build().ByType.Single(t => t.Type == CaseType.Objection);
        objections.Received.ShouldBe(4);
        objections.Inadmissible.ShouldBe(1);
        objections.ByOutcome[CaseOutcome.Rejected].ShouldBe(2);
        objections.ByOutcome[CaseOutcome.Upheld].ShouldBe(1);
        objections.HandlingWorkingDaysMedian.ShouldBe(15);
        objections.HandlingWorkingDaysAverage!.Value.ShouldBe(58 / 3.0, 0.0001);
        objections.Overdue.ShouldBe(1);
    }

    [Fact]
    public void OpenComplaintPastItsAnswerDateCountsAsOverdueAndOtherYearsAreLeftOut()
    {
        var report = Build();
        var complaints = report.ByType.Single(t => t.Type == CaseType.Complaint);
        complaints.Received.ShouldBe(2);
        complaints.StillOpen.ShouldBe(1);
        complaints.Overdue.ShouldBe(1);
        complaints.HandlingWorkingDaysMedian.ShouldBe(2);
        report.TotalReceived.ShouldBe(6);
        report.TotalOverdue.ShouldBe(2);
        report.ByType.ShouldNotContain(t => t.Type == CaseType.Comment);
    }

    [Fact]
    public void OpenCaseNotYetDueIsNotOverdue()
    {
        var open = ComplaintInHandling(D(2026, 4, 7), D(2026, 4, 16));
        AnnualCaseReport.For([open], 2026, Catalog, WorkingDayCalendar.Default, asOf: D(2026, 5, 1)).TotalOverdue.ShouldBe(0);
    }
}
