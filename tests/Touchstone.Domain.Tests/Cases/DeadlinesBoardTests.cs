using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;

namespace Touchstone.Domain.Tests.Cases;

// Objection on a result sent 11 Mar 2026: decision due Tue 28 Apr (after King's Day), reminder 5 working days before = Mon 20 Apr.
public class DeadlinesBoardTests
{
    private static DeadlinesBoardEntry EntryOn(DateOnly today) =>
        DeadlinesBoard.EntryFor(ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20)), LmpDeadlines, today);

    [Fact]
    public void NoReminderBeforeTheWindow()
    {
        var e = EntryOn(D(2026, 4, 17));
        e.DueDate.ShouldBe(D(2026, 4, 28));
        e.ReminderDue.ShouldBeFalse();
        e.Overdue.ShouldBeFalse();
        e.WorkingDaysLeft.ShouldBe(6);
    }

    [Fact]
    public void ReminderStartsFiveWorkingDaysBeforeSkippingKingsDay()
    {
        EntryOn(D(2026, 4, 20)).ReminderDue.ShouldBeTrue();
        EntryOn(D(2026, 4, 28)).ReminderDue.ShouldBeTrue();
        EntryOn(D(2026, 4, 28)).Overdue.ShouldBeFalse();
    }

    [Fact]
    public void ReminderWindowComesFromTheScheme()
    {
        var scheme = Lmp with { ReminderWorkingDaysBefore = 10 };
        var entry = DeadlinesBoard.EntryFor(
            ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20)), new CaseDeadlines(scheme, WorkingDayCalendar.Default), D(2026, 4, 14));
        entry.ReminderDue.ShouldBeTrue();
    }

    // Examenreglement 13.2, 15: without a decision in time the person may appeal.
    [Fact]
    public void OverdueObjectionDecisionOpensTheAppeal()
    {
        var e = EntryOn(D(2026, 4, 29));
        e.Overdue.ShouldBeTrue();
        e.ReminderDue.ShouldBeFalse();
        e.AppealOpenToPerson.ShouldBeTrue();
        e.WorkingDaysLeft.ShouldBe(-1);
    }

    [Fact]
    public void OverdueComplaintAnswerOpensTheAppeal()
    {
        var complaint = ComplaintInHandling(D(2026, 4, 7), D(2026, 4, 16));
        DeadlinesBoard.EntryFor(complaint, LmpDeadlines, D(2026, 5, 15)).Overdue.ShouldBeFalse();
        DeadlinesBoard.EntryFor(complaint, LmpDeadlines, D(2026, 5, 18)).AppealOpenToPerson.ShouldBeTrue();
    }

    [Fact]
    public void BoardListsOpenCasesOnlyMostUrgentFirst()
    {
        var objection = ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20));
        var complaint = ComplaintInHandling(D(2026, 4, 7), D(2026, 4, 16));
        var decided = ComplaintInHandling(D(2026, 4, 7), D(2026, 4, 16));
        decided.Decide(CaseOutcome.Unfounded, "No breach.", CaseRole.Director, "director", D(2026, 4, 20));
        var comment = Register(CaseType.Comment, D(2026, 4, 24), D(2026, 4, 23));

        var board = DeadlinesBoard.Build([complaint, decided, comment, objection], Catalog, WorkingDayCalendar.Default, D(2026, 4, 29));
        board.Select(e => e.CaseId).ShouldBe([objection.Id, complaint.Id, comment.Id]);
        board[0].Overdue.ShouldBeTrue();
        board[2].DueDate.ShouldBeNull();
    }
}
