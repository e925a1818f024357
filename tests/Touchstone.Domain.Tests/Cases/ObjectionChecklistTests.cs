using Touchstone.Domain.Cases;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;

namespace Touchstone.Domain.Tests.Cases;

// Result sent Wed 11 Mar 2026: last day to send Thu 26 Mar, last day of receipt Tue 31 Mar (14, 16.3).
public class ObjectionChecklistTests
{
    private static readonly DateOnly Sent = D(2026, 3, 11);

    private static string[] FailedCodes(ObjectionChecklist checklist) =>
        checklist.Evaluate(LmpDeadlines).Failures.Select(f => f.Code).ToArray();

    [Fact]
    public void CompleteTimelyObjectionIsAdmissible()
    {
        var verdict = CompleteObjection(Sent, D(2026, 3, 27)).Evaluate(LmpDeadlines);
        verdict.IsAdmissible.ShouldBeTrue();
        verdict.IsLate.ShouldBeFalse();
    }

    // Examenreglement 16.4 a–d and 16.4 (heading): each missing element is named with its article.
    [Fact]
    public void EachMissingFormalRequirementIsNamedWithItsArticle()
    {
        var checklist = CompleteObjection(Sent, D(2026, 3, 27)) with
        {
            IsSigned = false,
            HasPostcode = false,
            HasDaytimePhone = false,
            HasPetitum = false,
            MarkedBezwaarschrift = false,
        };
        var verdict = checklist.Evaluate(LmpDeadlines);
        verdict.IsAdmissible.ShouldBeFalse();
        verdict.Failures.Select(f => (f.Code, f.Rule)).ShouldBe(
        [
            ("objection.unsigned", "Examenreglement 16.4"),
            ("objection.no-postcode", "Examenreglement 16.4a"),
            ("objection.no-phone", "Examenreglement 16.4a"),
            ("objection.no-petitum", "Examenreglement 16.4d"),
            ("objection.not-marked", "Examenreglement 16.4"),
        ]);
    }

    // Examenreglement 16.4: an objection on the web form without the signed letter uploaded is not signed, whatever the
    // signature item says; the failure names the missing letter instead of the plain "not signed".
    [Fact]
    public void AWebFormObjectionWithoutTheSignedLetterFailsOnTheSignatureNamingTheMissingLetter()
    {
        var verdict = (CompleteObjection(Sent, D(2026, 3, 27)) with { SignedLetterMissing = true }).Evaluate(LmpDeadlines);
        verdict.IsAdmissible.ShouldBeFalse();
        verdict.Unanswered.ShouldBeEmpty();
        verdict.Failures.Select(f => (f.Code, f.Rule)).ShouldBe([("objection.no-signed-letter", "Examenreglement 16.4")]);
        FailedCodes(CompleteObjection(Sent, D(2026, 3, 27)) with { SignedLetterMissing = true, IsSigned = null }).ShouldBe(["objection.no-signed-letter"]);
    }

    // Examenreglement 11.1 and 16.2.
    [Fact]
    public void NotHarmedNotAgainstResultAndNotRegisteredAreEachFailures()
    {
        FailedCodes(CompleteObjection(Sent, D(2026, 3, 27)) with
        {
            DirectlyHarmedCandidate = false,
            AgainstResult = false,
            SentByRegisteredPost = false,
            HasGrounds = false,
        }).ShouldBe(["objection.not-harmed", "objection.not-against-result", "objection.not-registered", "objection.no-grounds"]);
    }

    // Examenreglement 11.1: a representative needs a signed authorisation unless a Dutch registered lawyer.
    [Fact]
    public void RepresentativeWithoutAuthorisationIsInadmissible()
    {
        FailedCodes(CompleteObjection(Sent, D(2026, 3, 27)) with
        {
            SubmittedByRepresentative = true,
            RepresentativeIsDutchRegisteredLawyer = false,
            SignedAuthorisationEnclosed = false,
        }).ShouldBe(["objection.no-authorisation"]);
    }

    [Fact]
    public void RegisteredLawyerNeedsNoAuthorisation()
    {
        (CompleteObjection(Sent, D(2026, 3, 27)) with
        {
            SubmittedByRepresentative = true,
            RepresentativeIsDutchRegisteredLawyer = true,
        }).Evaluate(LmpDeadlines).IsAdmissible.ShouldBeTrue();
    }

    [Fact]
    public void UnansweredItemsLeaveTheVerdictIncomplete()
    {
        var verdict = (CompleteObjection(Sent, D(2026, 3, 27)) with { HasTown = null, SubmittedByRepresentative = true })
            .Evaluate(LmpDeadlines);
        verdict.IsComplete.ShouldBeFalse();
        verdict.IsAdmissible.ShouldBeFalse();
        verdict.Unanswered.ShouldBe(["RepresentativeIsDutchRegisteredLawyer", "HasTown"], ignoreOrder: true);
    }

    // Examenreglement 16.3: the postmark date counts.
    [Fact]
    public void PostmarkOnTheLastDayIsTimelyEvenWhenReceivedLater()
    {
        var checklist = CompleteObjection(Sent, D(2026, 3, 30)) with { PostmarkDate = D(2026, 3, 26) };
        checklist.Evaluate(LmpDeadlines).IsAdmissible.ShouldBeTrue();
    }

    [Fact]
    public void PostmarkAfterTheLastDayIsLate()
    {
        var verdict = (CompleteObjection(Sent, D(2026, 3, 30)) with { PostmarkDate = D(2026, 3, 27) }).Evaluate(LmpDeadlines);
        verdict.IsLate.ShouldBeTrue();
        verdict.Failures.Single().Code.ShouldBe("objection.sent-late");
        verdict.Failures.Single().Rule.ShouldBe("Examenreglement 14, 16.3");
    }

    // Examenreglement 16.3: missing or illegible postmark → the date of receipt counts...
    [Fact]
    public void WithoutPostmarkTheReceiptDateCounts()
    {
        var checklist = CompleteObjection(Sent, D(2026, 3, 30)) with { PostmarkDate = null };
        checklist.ReferenceSendingDate.ShouldBe(D(2026, 3, 30));
        FailedCodes(checklist).ShouldBe(["objection.sent-late"]);
    }

    // ...unless the objector proves timely sending (registered-post receipt, 16.2).
    [Fact]
    public void ProofOfTimelySendingReplacesAMissingPostmark()
    {
        var checklist = CompleteObjection(Sent, D(2026, 3, 30)) with { PostmarkDate = null, ProofOfSendingDate = D(2026, 3, 25) };
        checklist.Evaluate(LmpDeadlines).IsAdmissible.ShouldBeTrue();
    }

    // Examenreglement 16.3: a timely sent objection must also be received within 20 days.
    [Fact]
    public void TimelySentButReceivedAfterDayTwentyIsInadmissible()
    {
        var checklist = CompleteObjection(Sent, D(2026, 4, 1)) with { PostmarkDate = D(2026, 3, 26) };
        FailedCodes(checklist).ShouldBe(["objection.received-late"]);
    }

    // Examenreglement 14: not before the result is known.
    [Fact]
    public void ObjectionSentBeforeTheResultIsPremature()
    {
        var checklist = CompleteObjection(Sent, D(2026, 3, 12)) with { PostmarkDate = D(2026, 3, 10) };
        FailedCodes(checklist).ShouldBe(["objection.premature"]);
    }

    // Examenreglement 14 (by analogy, CMC): an objection linked to an application that has no decision yet came before
    // the decision was known; no term runs, so it is not also late, however long ago the date on the case lies.
    [Fact]
    public void ObjectionBeforeTheCertificationDecisionIsPrematureAndNotLate()
    {
        var checklist = CompleteObjection(Sent, D(2026, 6, 1)) with { PostmarkDate = D(2026, 5, 29), DecisionNotYetSent = true };
        FailedCodes(checklist).ShouldBe(["objection.before-decision"]);
        checklist.Evaluate(LmpDeadlines).IsLate.ShouldBeFalse();
    }
}
