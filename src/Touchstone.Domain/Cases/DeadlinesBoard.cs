using Touchstone.Domain.Calendar;

namespace Touchstone.Domain.Cases;

/// <summary>One open case on the deadlines board.</summary>
/// <param name="DueDate">The date the decision or answer is due; null when the scheme sets no handling term.</param>
/// <param name="WorkingDaysLeft">Working days from today up to the due date (negative when overdue).</param>
/// <param name="ReminderDue">Within the scheme's reminder window before the due date, not yet overdue.</param>
/// <param name="Overdue">The due date has passed without a decision.</param>
/// <param name="AppealOpenToPerson">
/// An objection or complaint whose decision is overdue: the person may take it to the appeals board
/// (Examenreglement 13.2, 15).
/// </param>
public sealed record DeadlinesBoardEntry(
    Guid CaseId,
    CaseType Type,
    string SchemeCode,
    CaseState State,
    DateOnly? DueDate,
    int? WorkingDaysLeft,
    bool ReminderDue,
    bool Overdue,
    bool AppealOpenToPerson);

/// <summary>Due dates, reminders and overdue flags of open cases on a given day.</summary>
public static class DeadlinesBoard
{
    /// <summary>
    /// Builds the board for <paramref name="today"/>: one entry per open case, most urgent first.
    /// <paramref name="schemes"/> supplies each case's scheme configuration.
    /// </summary>
    public static IReadOnlyList<DeadlinesBoardEntry> Build(
        IEnumerable<Case> cases,
        CaseTypeCatalog schemes,
        WorkingDayCalendar calendar,
        DateOnly today)
    {
        var entries = new List<DeadlinesBoardEntry>();
        foreach (var c in cases.Where(c => c.IsOpen))
        {
            var scheme = schemes.Find(c.SchemeCode)
                ?? throw new InvalidOperationException($"Case {c.Id} belongs to unknown scheme {c.SchemeCode}.");
            entries.Add(EntryFor(c, new CaseDeadlines(scheme, calendar), today));
        }

        return entries
            .OrderByDescending(e => e.Overdue)
            .ThenBy(e => e.DueDate ?? DateOnly.MaxValue)
            .ToArray();
    }

    /// <summary>The board entry of one case on <paramref name="today"/>.</summary>
    public static DeadlinesBoardEntry EntryFor(Case c, CaseDeadlines deadlines, DateOnly today)
    {
        var due = deadlines.For(c).HandlingDeadline;
        if (due is null || !c.IsOpen)
        {
            return new DeadlinesBoardEntry(c.Id, c.Type, c.SchemeCode, c.State, due, null, false, false, false);
        }

        var calendar = deadlines.Calendar;
        var overdue = today > due.Value;
        var reminderFrom = calendar.WorkingDaysBefore(due.Value, deadlines.Scheme.ReminderWorkingDaysBefore);
        var reminder = !overdue && today >= reminderFrom;
        var appealOpen = overdue && c.Type is CaseType.Objection or CaseType.Complaint;
        return new DeadlinesBoardEntry(
            c.Id, c.Type, c.SchemeCode, c.State, due, calendar.WorkingDaysBetween(today, due.Value), reminder, overdue, appealOpen);
    }
}
