using Touchstone.Domain.Calendar;

namespace Touchstone.Domain.Tests.Calendar;

/// <summary>Algemene termijnenwet art. 1 and 3: working days and the rolling of calendar-day terms.</summary>
public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2031, "2031-04-13")]
    public void EasterSundayMatchesPublishedDates(int year, string expected) =>
        DutchPublicHolidays.EasterSunday(year).ShouldBe(DateOnly.Parse(expected));

    [Theory]
    [InlineData(2014, "2014-04-26")] // 27 April 2014 was a Sunday
    [InlineData(2025, "2025-04-26")] // 27 April 2025 was a Sunday
    [InlineData(2031, "2031-04-26")] // 27 April 2031 is a Sunday
    [InlineData(2026, "2026-04-27")]
    [InlineData(2027, "2027-04-27")]
    public void KingsDayMovesToTheSaturdayWhenThe27thIsASunday(int year, string expected) =>
        DutchPublicHolidays.KingsDay(year).ShouldBe(DateOnly.Parse(expected));

    [Fact]
    public void TheEightGeneralHolidaysOf2026()
    {
        var dates = DutchPublicHolidays.For(2026).Select(h => h.Date.ToString("yyyy-MM-dd")).ToArray();
        dates.ShouldBe(
        [
            "2026-01-01", "2026-04-06", "2026-04-27", "2026-05-05",
            "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26",
        ]);
    }

    [Theory]
    [InlineData("2026-04-06", false)] // Easter Monday
    [InlineData("2025-04-26", false)] // King's Day on Saturday anyway
    [InlineData("2026-04-27", false)] // King's Day, Monday
    [InlineData("2026-05-05", false)] // Liberation Day, Tuesday
    [InlineData("2026-05-14", false)] // Ascension Day
    [InlineData("2026-05-25", false)] // Whit Monday
    [InlineData("2026-04-03", true)]  // Good Friday is not a general holiday
    [InlineData("2026-11-23", true)]
    [InlineData("2026-11-28", false)] // Saturday
    [InlineData("2026-11-29", false)] // Sunday
    public void WorkingDaysExcludeWeekendsAndGeneralHolidays(string date, bool working) =>
        Calendar.IsWorkingDay(DateOnly.Parse(date)).ShouldBe(working);

    [Theory]
    [InlineData("2026-11-20", 1, "2026-11-23")]  // Friday + 1 → Monday
    [InlineData("2026-12-23", 2, "2026-12-28")]  // over Christmas and Boxing Day (Fri, Sat)
    [InlineData("2026-04-30", 10, "2026-05-18")] // over 5 May and Ascension Day
    [InlineData("2027-04-23", 5, "2027-05-03")]  // over King's Day (Tue 27 April 2027)
    [InlineData("2026-11-23", 0, "2026-11-23")]
    public void AddWorkingDaysSkipsWeekendsAndHolidays(string start, int days, string expected) =>
        Calendar.AddWorkingDays(DateOnly.Parse(start), days).ShouldBe(DateOnly.Parse(expected));

    [Theory]
    [InlineData("2026-11-23", 1, "2026-11-20")]
    [InlineData("2026-04-07", 1, "2026-04-03")]  // Tuesday after Easter Monday
    [InlineData("2027-01-04", 3, "2026-12-29")]  // back over New Year's Day
    public void WorkingDaysBeforeCountsBackwards(string date, int days, string expected) =>
        Calendar.WorkingDaysBefore(DateOnly.Parse(date), days).ShouldBe(DateOnly.Parse(expected));

    [Theory]
    [InlineData("2026-11-20", "2026-11-23", 1)]
    [InlineData("2026-12-24", "2026-12-31", 4)] // 25 Fri and 26 Sat holidays, 27 Sun → 28, 29, 30, 31
    public void WorkingDaysBetweenCountsDaysAfterStartUpToEnd(string from, string to, int expected)
    {
        var f = DateOnly.Parse(from);
        var t = DateOnly.Parse(to);
        var counted = Calendar.WorkingDaysBetween(f, t);
        // Cross-check against an independent day-by-day count.
        var independent = Enumerable.Range(1, t.DayNumber - f.DayNumber)
            .Select(f.AddDays)
            .Count(d => d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday
                        && !DutchPublicHolidays.For(d.Year).Select(h => h.Date).Contains(d));
        counted.ShouldBe(independent);
        counted.ShouldBe(expected);
    }

    [Fact]
    public void WorkingDaysBetweenIsAntisymmetric()
    {
        var a = new DateOnly(2026, 3, 2);
        var b = new DateOnly(2026, 6, 1);
        Calendar.WorkingDaysBetween(b, a).ShouldBe(-Calendar.WorkingDaysBetween(a, b));
    }

    [Fact]
    public void AddAndBeforeAreInversesOnWorkingDays()
    {
        for (var d = new DateOnly(2024, 1, 2); d < new DateOnly(2031, 12, 1); d = d.AddDays(17))
        {
            var start = Calendar.NextWorkingDayOnOrAfter(d);
            var later = Calendar.AddWorkingDays(start, 15);
            Calendar.WorkingDaysBefore(later, 15).ShouldBe(start);
            Calendar.WorkingDaysBetween(start, later).ShouldBe(15);
        }
    }

    [Theory]
    [InlineData("2026-11-20", 15, "2026-12-07")] // ends Sat 5 Dec → Monday 7 Dec
    [InlineData("2026-12-10", 15, "2026-12-28")] // ends Fri 25 Dec (Christmas) → Mon 28 Dec
    [InlineData("2025-04-11", 15, "2025-04-28")] // ends Sat 26 April (King's Day on Saturday) → Mon 28
    [InlineData("2026-11-02", 15, "2026-11-17")] // ends on a Tuesday: unchanged
    public void CalendarDayDeadlineOnNonWorkingDayRollsToNextWorkingDay(string start, int days, string expected) =>
        Calendar.CalendarDaysDeadline(DateOnly.Parse(start), days).ShouldBe(DateOnly.Parse(expected));

    [Fact]
    public void RollingCanBeSwitchedOff()
    {
        var noRoll = new WorkingDayCalendar(rollCalendarDeadlines: false);
        noRoll.CalendarDaysDeadline(new DateOnly(2026, 11, 20), 15).ShouldBe(new DateOnly(2026, 12, 5));
    }

    [Fact]
    public void WeeksDeadlineIsSevenCalendarDaysPerWeekRolled() =>
        Calendar.WeeksDeadline(new DateOnly(2026, 11, 28), 4).ShouldBe(new DateOnly(2026, 12, 28)); // Sat 26 Dec → Mon 28
}
