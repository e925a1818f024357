using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>The registration/exam-day state machine (Examenreglement 6.7, 7.1-7.11).</summary>
public class ExamRegistrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 16, 9, 0, 0, TimeSpan.FromHours(1));

    private static ExamRegistration New() => new() { CandidateId = "c1", ExamDate = new DateOnly(2026, 3, 16) };

    [Fact]
    public void ACandidateIsAdmittedAndCompletesTheExam_7_7_7_11()
    {
        var r = New();
        r.Transition(RegistrationState.Present, RegistrationActor.Examiner, "ex1", Now).IsSuccess.ShouldBeTrue();
        r.Transition(RegistrationState.Completed, RegistrationActor.Examiner, "ex1", Now).IsSuccess.ShouldBeTrue();
        r.State.ShouldBe(RegistrationState.Completed);
        r.History.Select(h => h.To).ShouldBe([RegistrationState.Present, RegistrationState.Completed]);
    }

    [Fact]
    public void OnlyTheExaminerRefusesALateCandidateAndMustSayWhy_7_6()
    {
        var r = New();
        r.Transition(RegistrationState.Refused, RegistrationActor.BackOffice, "b", Now, "late").Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.registration.actor-not-allowed");
        r.Transition(RegistrationState.Refused, RegistrationActor.Examiner, "ex1", Now).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.registration.reason-required");
        r.Transition(RegistrationState.Refused, RegistrationActor.Examiner, "ex1", Now, "arrived 20 minutes late").IsSuccess.ShouldBeTrue();
        r.History.ShouldHaveSingleItem().Reason.ShouldBe("arrived 20 minutes late");
    }

    [Fact]
    public void FraudFoundAfterwardsIsInvalidatedByTheDirectorOnly_7_9()
    {
        var r = New();
        r.Transition(RegistrationState.Present, RegistrationActor.Examiner, "ex1", Now);
        r.Transition(RegistrationState.Completed, RegistrationActor.Examiner, "ex1", Now);
        r.Transition(RegistrationState.Invalidated, RegistrationActor.Examiner, "ex1", Now, "copied").IsSuccess.ShouldBeFalse();
        r.Transition(RegistrationState.Invalidated, RegistrationActor.Director, "dir", Now, "copied answers found").IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void ACancelledRegistrationCannotBeAdmitted_6_7()
    {
        var r = New();
        r.Transition(RegistrationState.Cancelled, RegistrationActor.TrainingProvider, "tp", Now).IsSuccess.ShouldBeTrue();
        r.Transition(RegistrationState.Present, RegistrationActor.Examiner, "ex1", Now).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.registration.transition-not-allowed");
    }

    [Fact]
    public void TheTableHasOneEntryPerTransitionAndEveryEntryCitesAnArticle()
    {
        RegistrationTransitions.Table.GroupBy(t => (t.From, t.To)).ShouldAllBe(g => g.Count() == 1);
        RegistrationTransitions.Table.ShouldAllBe(t => t.Rule.StartsWith("Examenreglement", StringComparison.Ordinal) && t.Actors.Count > 0);
    }
}
