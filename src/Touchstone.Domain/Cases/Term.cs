using Touchstone.Domain.Calendar;

namespace Touchstone.Domain.Cases;

/// <summary>How a term is counted.</summary>
public enum TermUnit
{
    WorkingDays,
    CalendarDays,
    Weeks,
    Months,
}

/// <summary>A term such as "10 working days" or "15 days"; its end is always computed by <see cref="WorkingDayCalendar"/>.</summary>
public sealed record Term(int Amount, TermUnit Unit)
{
    /// <summary>
    /// Last day of the term that runs from the day after <paramref name="start"/>. Calendar terms (days,
    /// weeks, months) roll to the next working day when the calendar says so; working-day terms never
    /// end on a non-working day.
    /// </summary>
    public DateOnly EndAfter(DateOnly start, WorkingDayCalendar calendar) => Unit switch
    {
        TermUnit.WorkingDays => calendar.AddWorkingDays(start, Amount),
        TermUnit.CalendarDays => calendar.CalendarDaysDeadline(start, Amount),
        TermUnit.Weeks => calendar.WeeksDeadline(start, Amount),
        TermUnit.Months => calendar.MonthsDeadline(start, Amount),
        _ => throw new InvalidOperationException($"Unknown term unit {Unit}."),
    };

    public override string ToString() => $"{Amount} {Unit}";
}
