namespace Touchstone.Domain.Calendar;

/// <summary>
/// Working days are Monday to Friday minus the holidays of the Algemene termijnenwet. Every deadline
/// in the system is computed here. <see cref="RollCalendarDeadlines"/> applies art. 1 of that act:
/// a calendar-day term that ends on a Saturday, Sunday or holiday runs to the next working day.
/// </summary>
public sealed class WorkingDayCalendar
{
    public WorkingDayCalendar(bool rollCalendarDeadlines = true)
    {
        RollCalendarDeadlines = rollCalendarDeadlines;
    }

    /// <summary>The standard calendar: calendar-day deadlines roll to the next working day.</summary>
    public static WorkingDayCalendar Default { get; } = new();

    public bool RollCalendarDeadlines { get; }

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !DutchPublicHolidays.IsHoliday(date);

    /// <summary>The date N working days after <paramref name="start"/> (the start itself does not count).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        var counted = 0;
        while (counted < days)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>The date N working days before <paramref name="date"/> (the date itself does not count).</summary>
    public DateOnly WorkingDaysBefore(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var current = date;
        var counted = 0;
        while (counted < days)
        {
            current = current.AddDays(-1);
            if (IsWorkingDay(current))
            {
                counted++;
            }
        }

        return current;
    }

    /// <summary>
    /// Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// negative when <paramref name="to"/> lies before <paramref name="from"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        var d = date;
        while (!IsWorkingDay(d))
        {
            d = d.AddDays(1);
        }

        return d;
    }

    /// <summary>
    /// End of a term of N calendar days after <paramref name="start"/>; rolled to the next working
    /// day when it ends on a weekend day or holiday and rolling is on.
    /// </summary>
    public DateOnly CalendarDaysDeadline(DateOnly start, int days)
    {
        var end = start.AddDays(days);
        return RollCalendarDeadlines ? NextWorkingDayOnOrAfter(end) : end;
    }

    /// <summary>End of a term of N weeks after <paramref name="start"/> (calendar days, rolled like any calendar term).</summary>
    public DateOnly WeeksDeadline(DateOnly start, int weeks) => CalendarDaysDeadline(start, weeks * 7);

    /// <summary>End of a term of N months after <paramref name="start"/> (rolled like any calendar term).</summary>
    public DateOnly MonthsDeadline(DateOnly start, int months)
    {
        var end = start.AddMonths(months);
        return RollCalendarDeadlines ? NextWorkingDayOnOrAfter(end) : end;
    }
}
