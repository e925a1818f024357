using Touchstone.Domain.Cases;
using Case = Touchstone.Domain.Cases.Case;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;

namespace Touchstone.Domain.Tests.Cases;

public class CaseTests
{
    [Fact]
    public void EveryCaseTypeHasItsLifeCycleInTheTable()
    {
        foreach (var type in Enum.GetValues<CaseType>())
        {
            CaseTransitions.Find(type, CaseState.Received, CaseState.Admissibility).ShouldNotBeNull();
            CaseTransitions.Find(type, CaseState.Admissibility, CaseState.InHandling).ShouldNotBeNull();
            CaseTransitions.Find(type, CaseState.Admissibility, CaseState.Inadmissible).ShouldNotBeNull();
            CaseTransitions.Find(type, CaseState.InHandling, CaseState.Decided).ShouldNotBeNull();
            CaseTransitions.Find(type, CaseState.Decided, CaseState.Closed).ShouldNotBeNull();
            CaseTransitions.All.Where(t => t.Type == type && t.From is CaseState.Inadmissible or CaseState.Closed).ShouldBeEmpty();
        }
    }

    // Examenreglement 14: the exam committee decides objections.
    [Fact]
    public void OnlyTheExamCommitteeDecidesAnObjection()
    {
        var c = ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20));
        var byOffice = c.Decide(CaseOutcome.Rejected, "Marking correct.", CaseRole.BackOffice, "office", D(2026, 4, 1));
        byOffice.Errors.Single().Code.ShouldBe("cases.transition.role");
        c.State.ShouldBe(CaseState.InHandling);
        c.Decide(CaseOutcome.Rejected, "Marking correct.", CaseRole.ExamCommittee, "chair", D(2026, 4, 1)).IsSuccess.ShouldBeTrue();
        c.State.ShouldBe(CaseState.Decided);
        c.History[^1].Actor.ShouldBe("chair");
    }

    // Examenreglement 14: "De bezwaarde krijgt schriftelijk een motivatie toegestuurd."
    [Fact]
    public void ObjectionDecisionNeedsAWrittenMotivation()
    {
        var c = ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20));
        c.Decide(CaseOutcome.Upheld, " ", CaseRole.ExamCommittee, "chair", D(2026, 4, 1)).Errors.Single().Code
            .ShouldBe("cases.decision.no-motivation");
    }

    // Examenreglement 13.1: complaints are handled by or on behalf of the director.
    [Fact]
    public void ExamCommitteeCannotAnswerAComplaint()
    {
        var c = ComplaintInHandling(D(2026, 4, 7), D(2026, 4, 16));
        c.Decide(CaseOutcome.Founded, "Sorry.", CaseRole.ExamCommittee, "chair", D(2026, 4, 20)).IsSuccess.ShouldBeFalse();
        c.Decide(CaseOutcome.Rejected, "n/a", CaseRole.Director, "director", D(2026, 4, 20)).Errors.Single().Code
            .ShouldBe("cases.outcome.invalid");
        c.Decide(CaseOutcome.Founded, "Sorry.", CaseRole.Director, "director", D(2026, 4, 20)).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void StepsCannotBeSkipped()
    {
        var c = Register(CaseType.Objection, D(2026, 3, 20), D(2026, 3, 11));
        c.Decide(CaseOutcome.Rejected, "x", CaseRole.ExamCommittee, "chair", D(2026, 3, 21)).Errors.Single().Code
            .ShouldBe("cases.transition.forbidden");
    }

    // The domain never refuses at the door: a late objection is registered, then declared inadmissible.
    [Fact]
    public void LateObjectionIsRegisteredAndDeclaredInadmissibleWithReasons()
    {
        var c = Case.Register(Lmp, CaseType.Objection, D(2026, 4, 2), D(2026, 3, 11), "J. Jansen", CaseRole.BackOffice).Value;
        c.State.ShouldBe(CaseState.Received);
        c.StartAdmissibilityCheck(CaseRole.BackOffice, "office", D(2026, 4, 2)).IsSuccess.ShouldBeTrue();
        var verdict = (CompleteObjection(D(2026, 3, 11), D(2026, 4, 2)) with { PostmarkDate = null, IsSigned = false })
            .Evaluate(LmpDeadlines);
        c.CompleteAdmissibility(verdict, CaseRole.BackOffice, "office", D(2026, 4, 3)).Errors.Single().Code
            .ShouldBe("cases.transition.role");
        c.CompleteAdmissibility(verdict, CaseRole.ExamCommittee, "chair", D(2026, 4, 3)).IsSuccess.ShouldBeTrue();
        c.State.ShouldBe(CaseState.Inadmissible);
        c.IsLate.ShouldBeTrue();
        c.InadmissibilityReasons.Select(r => r.Code)
            .ShouldBe(["objection.unsigned", "objection.sent-late", "objection.received-late"]);
        c.Close(CaseRole.BackOffice, "office", D(2026, 4, 4)).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void IncompleteChecklistCannotCompleteTheCheck()
    {
        var c = Register(CaseType.Objection, D(2026, 3, 20), D(2026, 3, 11));
        c.StartAdmissibilityCheck(CaseRole.BackOffice, "office", D(2026, 3, 20));
        var verdict = (CompleteObjection(D(2026, 3, 11), D(2026, 3, 20)) with { HasGrounds = null }).Evaluate(LmpDeadlines);
        c.CompleteAdmissibility(verdict, CaseRole.BackOffice, "office", D(2026, 3, 20)).Errors.Single().Code
            .ShouldBe("cases.admissibility.incomplete");
    }

    // Examenreglement 12: a late comment is registered and marked late, still visible.
    [Fact]
    public void LateCommentIsKeptAndMarkedLate()
    {
        var c = Case.Register(Lmp, CaseType.Comment, D(2026, 1, 8), D(2025, 12, 19), "trainer", CaseRole.Public).Value;
        c.StartAdmissibilityCheck(CaseRole.BackOffice, "office", D(2026, 1, 8));
        var verdict = new CommentChecklist { ExamDate = D(2025, 12, 19), ReceivedOn = D(2026, 1, 8), AboutExamContent = true }
            .Evaluate(LmpDeadlines);
        c.CompleteAdmissibility(verdict, CaseRole.BackOffice, "office", D(2026, 1, 8)).IsSuccess.ShouldBeTrue();
        c.IsLate.ShouldBeTrue();
        c.State.ShouldBe(CaseState.Inadmissible);
    }

    // Examenreglement 11.1: the objection is open to candidates only.
    [Fact]
    public void PublicCannotSubmitAnObjection()
    {
        Case.Register(Lmp, CaseType.Objection, D(2026, 3, 20), D(2026, 3, 11), "someone", CaseRole.Public)
            .Errors.Single().Code.ShouldBe("cases.submission.role");
    }

    [Fact]
    public void SchemeWithoutCommentsRejectsAComment()
    {
        var noComments = Lmp with { Code = "CMC", CaseTypes = Lmp.CaseTypes.Where(t => t.Type != CaseType.Comment).ToArray() };
        Case.Register(noComments, CaseType.Comment, D(2026, 3, 20), D(2026, 3, 11), "x", CaseRole.Candidate)
            .Errors.Single().Code.ShouldBe("cases.type.not-offered");
    }

    // Examenreglement 15: appeal against a decision on an objection.
    [Fact]
    public void DecidedObjectionCanBeAppealedAndTheRulingFollowedUp()
    {
        var objection = ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20));
        objection.Decide(CaseOutcome.Rejected, "Marking correct.", CaseRole.ExamCommittee, "chair", D(2026, 4, 10));
        var appeal = Case.OpenAppeal(objection, LmpDeadlines, D(2026, 4, 20), "J. Jansen", CaseRole.Candidate).Value;
        appeal.AppealedCaseId.ShouldBe(objection.Id);
        appeal.ReferenceDate.ShouldBe(D(2026, 4, 10));

        appeal.StartAdmissibilityCheck(CaseRole.BackOffice, "office", D(2026, 4, 21)).IsSuccess.ShouldBeTrue();
        appeal.CompleteAdmissibility(new AdmissibilityVerdict([], [], false), CaseRole.BackOffice, "office", D(2026, 5, 1)).IsSuccess.ShouldBeTrue();
        appeal.Decide(CaseOutcome.Upheld, "Examenkamer: re-mark with a new committee.", CaseRole.BackOffice, "office", D(2026, 6, 1))
            .IsSuccess.ShouldBeTrue();
        appeal.Close(CaseRole.Director, "director", D(2026, 6, 2)).Errors.Single().Code.ShouldBe("cases.appeal.follow-up-missing");
        appeal.RecordFollowUp("Re-marked; result changed to V.", CaseRole.BackOffice, "office", D(2026, 6, 15)).IsSuccess.ShouldBeTrue();
        appeal.Close(CaseRole.BackOffice, "office", D(2026, 6, 16)).Errors.Single().Code.ShouldBe("cases.transition.role");
        appeal.Close(CaseRole.Director, "director", D(2026, 6, 16)).IsSuccess.ShouldBeTrue();
        appeal.ClosedOn.ShouldBe(D(2026, 6, 16));
    }

    // Examenreglement 13.2, 15: appeal also against the absence of a decision, once overdue.
    [Fact]
    public void UndecidedObjectionCanBeAppealedOnlyOnceOverdue()
    {
        var objection = ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20));
        Case.OpenAppeal(objection, LmpDeadlines, D(2026, 4, 28), "J. Jansen", CaseRole.Candidate)
            .Errors.Single().Code.ShouldBe("cases.appeal.premature");
        var appeal = Case.OpenAppeal(objection, LmpDeadlines, D(2026, 4, 29), "J. Jansen", CaseRole.Candidate).Value;
        appeal.ReferenceDate.ShouldBe(D(2026, 4, 28));
    }

    [Fact]
    public void CommentCannotBeAppealed()
    {
        var comment = Register(CaseType.Comment, D(2026, 5, 7), D(2026, 5, 6));
        Case.OpenAppeal(comment, LmpDeadlines, D(2026, 8, 1), "x", CaseRole.Candidate).Errors.Single().Code
            .ShouldBe("cases.appeal.not-appealable");
    }

    // Examenreglement 16.3: the terms count from the dispatch of the contested result or decision; once the case is
    // linked to it the date follows, but only until admissibility is judged.
    [Fact]
    public void TheReferenceDateFollowsTheDecisionOnlyBeforeAdmissibilityIsJudged()
    {
        var objection = Register(CaseType.Objection, D(2026, 5, 7), D(2026, 5, 1));
        objection.CorrectReferenceDate(D(2026, 4, 24)).IsSuccess.ShouldBeTrue();
        objection.ReferenceDate.ShouldBe(D(2026, 4, 24));

        var handled = ObjectionInHandling(D(2026, 3, 11), D(2026, 3, 20));
        handled.CorrectReferenceDate(D(2026, 3, 1)).Errors.Single().Code.ShouldBe("cases.reference.fixed");
        handled.ReferenceDate.ShouldBe(D(2026, 3, 11));
    }
}

