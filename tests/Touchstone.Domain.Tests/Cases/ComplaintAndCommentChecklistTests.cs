using Touchstone.Domain.Cases;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;

namespace Touchstone.Domain.Tests.Cases;

public class ComplaintAndCommentChecklistTests
{
    private static ComplaintChecklist Complaint(DateOnly received, SubmissionChannel channel = SubmissionChannel.RegisteredLetter) => new()
    {
        EventDate = D(2026, 4, 7),
        ReceivedOn = received,
        Channel = channel,
        AboutResult = false,
    };

    // Examenreglement 13.1: received within four weeks after the event; 5 May 2026 rolls to 6 May.
    [Fact]
    public void ComplaintReceivedOnTheRolledLastDayIsAdmissible()
    {
        Complaint(D(2026, 5, 6)).Evaluate(LmpDeadlines).IsAdmissible.ShouldBeTrue();
    }

    [Fact]
    public void ComplaintReceivedAfterFourWeeksIsLateAndInadmissible()
    {
        var verdict = Complaint(D(2026, 5, 7)).Evaluate(LmpDeadlines);
        verdict.IsLate.ShouldBeTrue();
        verdict.Failures.Single().Code.ShouldBe("complaint.late");
        verdict.Failures.Single().Rule.ShouldBe("Examenreglement 13.1");
    }

    // Examenreglement 13.1: in writing, registered letter or e-mail with acknowledgement of receipt.
    [Theory]
    [InlineData(SubmissionChannel.Telephone)]
    [InlineData(SubmissionChannel.Email)]
    [InlineData(SubmissionChannel.OrdinaryLetter)]
    public void ComplaintWithoutWrittenAcknowledgedChannelIsInadmissible(SubmissionChannel channel)
    {
        Complaint(D(2026, 4, 20), channel).Evaluate(LmpDeadlines).Failures.Select(f => f.Code).ShouldBe(["complaint.not-in-writing"]);
    }

    // 13.1 (interpretation): the web form always sends the acknowledgement of receipt by e-mail.
    [Theory]
    [InlineData(SubmissionChannel.EmailWithAcknowledgement)]
    [InlineData(SubmissionChannel.WebForm)]
    public void EmailWithAcknowledgementIsAValidChannel(SubmissionChannel channel)
    {
        Complaint(D(2026, 4, 20), channel).Evaluate(LmpDeadlines).IsAdmissible.ShouldBeTrue();
    }

    // Examenreglement 13.1: a complaint is about anything other than a result; that is an objection.
    [Fact]
    public void ComplaintAboutAResultIsInadmissible()
    {
        (Complaint(D(2026, 4, 20)) with { AboutResult = true }).Evaluate(LmpDeadlines)
            .Failures.Single().Code.ShouldBe("complaint.about-result");
    }

    // Examenreglement 12: ten working days after the exam (Fri 19 Dec 2025 → Wed 7 Jan 2026).
    [Fact]
    public void CommentOnTheLastWorkingDayIsTimely()
    {
        new CommentChecklist { ExamDate = D(2025, 12, 19), ReceivedOn = D(2026, 1, 7), AboutExamContent = true }
            .Evaluate(LmpDeadlines).IsAdmissible.ShouldBeTrue();
    }

    [Fact]
    public void LateCommentIsMarkedLateWithItsReason()
    {
        var verdict = new CommentChecklist { ExamDate = D(2025, 12, 19), ReceivedOn = D(2026, 1, 8), AboutExamContent = true }
            .Evaluate(LmpDeadlines);
        verdict.IsLate.ShouldBeTrue();
        verdict.Failures.Single().Rule.ShouldBe("Examenreglement 12");
    }
}
