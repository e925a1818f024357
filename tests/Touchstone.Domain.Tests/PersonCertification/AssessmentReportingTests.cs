using Touchstone.Domain.PersonCertification;

namespace Touchstone.Domain.Tests.PersonCertification;

/// <summary>CMC-reglement: "Na een assessment".</summary>
public class AssessmentReportingTests
{
    private static readonly DateOnly Assessed = new(2026, 4, 14);
    private static readonly Guid A1 = Guid.NewGuid(), A2 = Guid.NewGuid(), Dm = Guid.NewGuid();

    [Fact]
    public void ReportIsDueFourteenDaysAfterTheAssessment()
    {
        // "in principe binnen 2 weken na de uitvoering van het assessment".
        var term = new ReportTerm(Assessed, SchemeFile.Scheme);
        term.DueDate.ShouldBe(new DateOnly(2026, 4, 28));
        term.IsOverdue(new DateOnly(2026, 4, 28), null).ShouldBeFalse();
        term.IsOverdue(new DateOnly(2026, 4, 29), null).ShouldBeTrue();
        term.IsOverdue(new DateOnly(2026, 5, 30), submittedOn: new DateOnly(2026, 4, 27)).ShouldBeFalse();
    }

    [Fact]
    public void AssessorsAreRemindedThreeDaysBeforeTheReportIsDueAndTheDayAfterItIsOverdueOnceEach()
    {
        // CMC-reglement "Na een assessment": report "in principe binnen 2 weken"; the reminder days are scheme data (3).
        var s = SchemeFile.Scheme;
        s.ReportReminderDaysBeforeDue.ShouldBe(3);
        var due = new DateOnly(2026, 4, 28);
        ReportReminders.Due(due, due.AddDays(-4), null, null, s).ShouldBeNull();
        ReportReminders.Due(due, due.AddDays(-3), null, null, s).ShouldBe(ReportReminderKind.DueSoon);
        ReportReminders.Due(due, due.AddDays(-2), due, null, s).ShouldBeNull();
        ReportReminders.Due(due, due, due, null, s).ShouldBeNull();
        ReportReminders.Due(due, due.AddDays(1), due, null, s).ShouldBe(ReportReminderKind.Overdue);
        ReportReminders.Due(due, due.AddDays(5), due, due, s).ShouldBeNull();

        // An extended term (new due date) starts the reminders afresh.
        var extended = due.AddDays(14);
        ReportReminders.Due(extended, extended.AddDays(-1), due, due, s).ShouldBe(ReportReminderKind.DueSoon);
    }

    [Fact]
    public void ExtensionIsRecordedOnlyWhenTheCandidateWasTold()
    {
        // "Wanneer meer tijd nodig is word je daarvan op de hoogte gebracht".
        var term = new ReportTerm(Assessed, SchemeFile.Scheme);
        term.Extend(new DateOnly(2026, 5, 12), "Second assessor ill", A1, null).Errors.Single().Code.ShouldBe("cmc.report.candidate-not-notified");
        term.Extend(new DateOnly(2026, 5, 12), " ", A1, DateTimeOffset.UnixEpoch).Errors.Single().Code.ShouldBe("cmc.report.extension-reason-required");
        term.Extend(new DateOnly(2026, 4, 20), "x", A1, DateTimeOffset.UnixEpoch).Errors.Single().Code.ShouldBe("cmc.report.extension-not-later");
        term.Extend(new DateOnly(2026, 5, 12), "Second assessor ill", A1, new DateTimeOffset(2026, 4, 27, 9, 0, 0, TimeSpan.Zero)).IsSuccess.ShouldBeTrue();
        term.Extend(new DateOnly(2026, 5, 19), "Holiday", A1, new DateTimeOffset(2026, 5, 11, 9, 0, 0, TimeSpan.Zero)).IsSuccess.ShouldBeTrue();
        term.DueDate.ShouldBe(new DateOnly(2026, 5, 19));
        term.OriginalDueDate.ShouldBe(new DateOnly(2026, 4, 28));
        term.Extensions.Count.ShouldBe(2);
        term.IsOverdue(new DateOnly(2026, 5, 1), null).ShouldBeFalse();
    }

    [Fact]
    public void PositiveAdviceNeedsGroundsNegativeAdviceNeedsRationale()
    {
        // "Positief advies ... geven aan op welke gronden"; "Negatief advies ... geven hiervoor een heldere onderbouwing".
        AssessmentAdvice.Positive("").Errors.Single().Code.ShouldBe("cmc.advice.grounds-required");
        AssessmentAdvice.Negative("  ").Errors.Single().Code.ShouldBe("cmc.advice.rationale-required");
        AssessmentAdvice.Positive(" Strong reflection ").Value.ShouldBe(new AssessmentAdvice(AdviceKind.Positive, "Strong reflection"));
    }

    [Fact]
    public void AnAssessorOfTheCandidateMayNotTakeTheDecision()
    {
        var report = new AssessmentReport([A1, A2], Assessed, AssessmentAdvice.Positive("ok").Value, "");
        CertificationDecision.Take(A2, [A1, A2], report, DecisionOutcome.Granted, Assessed, null)
            .Errors.Single().Code.ShouldBe("cmc.decision.decision-maker-was-assessor");
        CertificationDecision.Take(Dm, [A1, A2], report, DecisionOutcome.Granted, Assessed, null).Value.Motivation.ShouldBe("ok");
    }

    [Fact]
    public void DecisionAgainstTheAdviceNeedsAMotivation()
    {
        var report = new AssessmentReport([A1, A2], Assessed, AssessmentAdvice.Negative("Too little reflection").Value, "");
        CertificationDecision.Take(Dm, [A1, A2], report, DecisionOutcome.Granted, Assessed, null).Errors.Single().Code.ShouldBe("cmc.decision.motivation-required");
        CertificationDecision.Take(Dm, [A1, A2], report, DecisionOutcome.Granted, Assessed, "Report ignores documented CE").IsSuccess.ShouldBeTrue();
        CertificationDecision.Take(Dm, [], null, DecisionOutcome.Granted, Assessed, null).IsSuccess.ShouldBeFalse();
    }
}
