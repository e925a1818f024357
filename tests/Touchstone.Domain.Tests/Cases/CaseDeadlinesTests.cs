using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;

namespace Touchstone.Domain.Tests.Cases;

public class CaseDeadlinesTests
{
    // Examenreglement 12: "een periode van tien werkdagen" after the exam; the exam day does not count.
    [Fact]
    public void CommentPeriodIsTenWorkingDaysAndSkipsChristmasAndNewYear()
    {
        // Exam Fri 19 Dec 2025: 25/26 Dec and 1 Jan are holidays, weekends skipped.
        LmpDeadlines.CommentDeadline(D(2025, 12, 19)).ShouldBe(D(2026, 1, 7));
    }

    [Fact]
    public void CommentPeriodSkipsKingsDayAndLiberationDay()
    {
        // Exam Thu 23 Apr 2026: Mon 27 Apr (King's Day) and Tue 5 May are not working days.
        LmpDeadlines.CommentDeadline(D(2026, 4, 23)).ShouldBe(D(2026, 5, 11));
    }

    [Fact]
    public void CommentPeriodSkipsAscensionDay()
    {
        // Exam Wed 6 May 2026: Ascension Day is Thu 14 May 2026.
        LmpDeadlines.CommentDeadline(D(2026, 5, 6)).ShouldBe(D(2026, 5, 21));
    }

    // Examenreglement 14: "binnen vijftien dagen na de datum van toezending van de uitslag".
    [Fact]
    public void ObjectionPeriodStartsTheDayAfterTheResultWasSent()
    {
        CaseDeadlines.ObjectionPeriodStart(D(2026, 3, 11)).ShouldBe(D(2026, 3, 12));
        LmpDeadlines.ObjectionFilingDeadline(D(2026, 3, 11)).ShouldBe(D(2026, 3, 26));
    }

    [Fact]
    public void ObjectionTermEndingOnEasterRollsPastEasterMonday()
    {
        // Sent Fri 20 Mar 2026: day 15 is Sat 4 Apr, then Easter Sunday and Easter Monday 6 Apr.
        LmpDeadlines.ObjectionFilingDeadline(D(2026, 3, 20)).ShouldBe(D(2026, 4, 7));
    }

    // Examenreglement 16.3: "binnen twintig dagen na het ingaan van de bezwaartermijn".
    [Fact]
    public void TimelyObjectionMustBeReceivedByDayTwentyOfThePeriod()
    {
        LmpDeadlines.ObjectionReceiptDeadline(D(2026, 3, 11)).ShouldBe(D(2026, 3, 31));
        LmpDeadlines.ObjectionReceiptDeadline(D(2026, 3, 20)).ShouldBe(D(2026, 4, 9));
    }

    // Examenreglement 14: "binnen dertig dagen na het verstrijken van de bezwaartermijn".
    [Fact]
    public void ObjectionDecisionIsDueThirtyDaysAfterThePeriodEndsRollingPastKingsDay()
    {
        // Period ends Thu 26 Mar 2026; +30 = Sat 25 Apr, then Sun, then King's Day Mon 27 Apr.
        LmpDeadlines.ObjectionDecisionDeadline(D(2026, 3, 11)).ShouldBe(D(2026, 4, 28));
    }

    [Fact]
    public void ObjectionDecisionCountsFromTheRolledEndOfThePeriod()
    {
        // Period ends Tue 7 Apr 2026 (rolled past Easter); +30 = Thu 7 May.
        LmpDeadlines.ObjectionDecisionDeadline(D(2026, 3, 20)).ShouldBe(D(2026, 5, 7));
    }

    // Examenreglement 13.1: received "binnen vier weken na het evenement".
    [Fact]
    public void ComplaintTermEndingOnLiberationDayRollsToNextWorkingDay()
    {
        LmpDeadlines.ComplaintFilingDeadline(D(2026, 4, 7)).ShouldBe(D(2026, 5, 6));
    }

    [Fact]
    public void ComplaintTermEndingOnChristmasRollsPastBoxingDayAndWeekend()
    {
        LmpDeadlines.ComplaintFilingDeadline(D(2025, 11, 27)).ShouldBe(D(2025, 12, 29));
    }

    // Examenreglement 13.1: answered "binnen vier weken na ontvangst".
    [Fact]
    public void ComplaintAnswerDueFourWeeksAfterReceiptRollingPastAscension()
    {
        LmpDeadlines.ComplaintAnswerDeadline(D(2026, 4, 16)).ShouldBe(D(2026, 5, 15));
    }

    [Fact]
    public void WithoutRollingTheCalendarTermEndsOnTheWeekend()
    {
        var strict = new CaseDeadlines(Lmp, new WorkingDayCalendar(rollCalendarDeadlines: false));
        strict.ObjectionFilingDeadline(D(2026, 3, 20)).ShouldBe(D(2026, 4, 4));
    }

    [Fact]
    public void DeadlinesFollowTheConfiguredNumbers()
    {
        var longer = Lmp with
        {
            CaseTypes =
            [
                new CaseTypeConfig
                {
                    Type = CaseType.Objection,
                    FilingTerm = new Term(6, TermUnit.Weeks),
                    ReceiptTerm = new Term(45, TermUnit.CalendarDays),
                    HandlingTerm = new Term(2, TermUnit.Months),
                    HandlingFrom = HandlingTermStart.Receipt,
                    Rule = "test",
                },
            ],
        };
        var due = new CaseDeadlines(longer, WorkingDayCalendar.Default).For(CaseType.Objection, D(2026, 3, 11), D(2026, 3, 16));
        due.FilingDeadline.ShouldBe(D(2026, 4, 22));
        due.ReceiptDeadline.ShouldBe(D(2026, 4, 27).AddDays(1)); // 25 Apr is Saturday; Mon 27 Apr King's Day
        due.HandlingDeadline.ShouldBe(D(2026, 5, 18)); // 16 May is a Saturday
    }

    [Fact]
    public void CaseDueDatesOfAnObjectionAndAComment()
    {
        var objection = LmpDeadlines.For(CaseType.Objection, D(2026, 3, 11), D(2026, 3, 20));
        objection.ShouldBe(new CaseDueDates(D(2026, 3, 26), D(2026, 3, 31), D(2026, 4, 28)));
        var comment = LmpDeadlines.For(CaseType.Comment, D(2026, 5, 6), D(2026, 5, 7));
        comment.ShouldBe(new CaseDueDates(D(2026, 5, 21), null, null));
    }
}
