using Touchstone.Domain.Cases;
using static Touchstone.Domain.Tests.Cases.CaseFixtures;

namespace Touchstone.Domain.Tests.Cases;

/// <summary>
/// Admissibility of an objection item by item (Examenreglement 11.1, 14, 16.1, 16.2, 16.4) and its
/// timeliness over weekends and holidays (14, 16.3; Algemene termijnenwet art. 1 and 3).
/// </summary>
public class ObjectionAdmissibilityTests
{
    // Result sent Wed 11 Mar 2026, objection posted Thu 26 Mar (the last day), received Fri 27 Mar.
    private static ObjectionChecklist Timely => CompleteObjection(D(2026, 3, 11), D(2026, 3, 27));

    public static TheoryData<string, string, string> EachRequirement => new()
    {
        { nameof(ObjectionChecklist.HasName), "objection.no-name", "Examenreglement 16.4a" },
        { nameof(ObjectionChecklist.HasHomeAddress), "objection.no-address", "Examenreglement 16.4a" },
        { nameof(ObjectionChecklist.HasPostcode), "objection.no-postcode", "Examenreglement 16.4a" },
        { nameof(ObjectionChecklist.HasTown), "objection.no-town", "Examenreglement 16.4a" },
        { nameof(ObjectionChecklist.HasDaytimePhone), "objection.no-phone", "Examenreglement 16.4a" },
        { nameof(ObjectionChecklist.HasClearDescription), "objection.no-description", "Examenreglement 16.4b" },
        { nameof(ObjectionChecklist.HasGrounds), "objection.no-grounds", "Examenreglement 11.1, 16.4c" },
        { nameof(ObjectionChecklist.HasPetitum), "objection.no-petitum", "Examenreglement 16.4d" },
        { nameof(ObjectionChecklist.MarkedBezwaarschrift), "objection.not-marked", "Examenreglement 16.4" },
        { nameof(ObjectionChecklist.AddressedToExamCommittee), "objection.not-addressed", "Examenreglement 16.1" },
        { nameof(ObjectionChecklist.IsSigned), "objection.unsigned", "Examenreglement 16.4" },
        { nameof(ObjectionChecklist.SentByRegisteredPost), "objection.not-registered", "Examenreglement 16.2" },
        { nameof(ObjectionChecklist.DirectlyHarmedCandidate), "objection.not-harmed", "Examenreglement 11.1" },
        { nameof(ObjectionChecklist.AgainstResult), "objection.not-against-result", "Examenreglement 14" },
    };

    private static ObjectionChecklist Failing(ObjectionChecklist c, string item) => item switch
    {
        nameof(ObjectionChecklist.HasName) => c with { HasName = false },
        nameof(ObjectionChecklist.HasHomeAddress) => c with { HasHomeAddress = false },
        nameof(ObjectionChecklist.HasPostcode) => c with { HasPostcode = false },
        nameof(ObjectionChecklist.HasTown) => c with { HasTown = false },
        nameof(ObjectionChecklist.HasDaytimePhone) => c with { HasDaytimePhone = false },
        nameof(ObjectionChecklist.HasClearDescription) => c with { HasClearDescription = false },
        nameof(ObjectionChecklist.HasGrounds) => c with { HasGrounds = false },
        nameof(ObjectionChecklist.HasPetitum) => c with { HasPetitum = false },
        nameof(ObjectionChecklist.MarkedBezwaarschrift) => c with { MarkedBezwaarschrift = false },
        nameof(ObjectionChecklist.AddressedToExamCommittee) => c with { AddressedToExamCommittee = false },
        nameof(ObjectionChecklist.IsSigned) => c with { IsSigned = false },
        nameof(ObjectionChecklist.SentByRegisteredPost) => c with { SentByRegisteredPost = false },
        nameof(ObjectionChecklist.DirectlyHarmedCandidate) => c with { DirectlyHarmedCandidate = false },
        nameof(ObjectionChecklist.AgainstResult) => c with { AgainstResult = false },
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, null),
    };

    // Examenreglement 11.1, 14, 16.1, 16.2, 16.4 a–d: one failed requirement gives exactly its own reason.
    [Theory]
    [MemberData(nameof(EachRequirement))]
    public void EachRequirementFailingAloneGivesExactlyItsNamedReason(string item, string code, string rule)
    {
        Timely.Evaluate(LmpDeadlines).IsAdmissible.ShouldBeTrue();

        var verdict = Failing(Timely, item).Evaluate(LmpDeadlines);

        verdict.IsComplete.ShouldBeTrue();
        verdict.IsAdmissible.ShouldBeFalse();
        verdict.IsLate.ShouldBeFalse();
        verdict.Failures.Select(f => (f.Code, f.Rule)).ShouldBe([(code, rule)]);
    }

    // Examenreglement 11.1: a representative who is not a lawyer registered in the Netherlands must enclose
    // an authorisation signed by the candidate; that is the only reason given.
    [Fact]
    public void RepresentativeWithoutAuthorisationGivesExactlyTheAuthorisationReason_Art11_1()
    {
        var verdict = (Timely with
        {
            SubmittedByRepresentative = true,
            RepresentativeIsDutchRegisteredLawyer = false,
            SignedAuthorisationEnclosed = false,
        }).Evaluate(LmpDeadlines);
        verdict.Failures.Select(f => (f.Code, f.Rule)).ShouldBe([("objection.no-authorisation", "Examenreglement 11.1")]);
    }

    // Examenreglement 11.1: with the signed authorisation the representative's objection is admissible, and a
    // lawyer registered in the Netherlands needs none (the authorisation item is then not even asked).
    [Fact]
    public void AuthorisedRepresentativeOrDutchLawyerIsAdmissible_Art11_1()
    {
        (Timely with { SubmittedByRepresentative = true, RepresentativeIsDutchRegisteredLawyer = false, SignedAuthorisationEnclosed = true })
            .Evaluate(LmpDeadlines).IsAdmissible.ShouldBeTrue();
        var lawyer = (Timely with { SubmittedByRepresentative = true, RepresentativeIsDutchRegisteredLawyer = true, SignedAuthorisationEnclosed = null })
            .Evaluate(LmpDeadlines);
        lawyer.IsAdmissible.ShouldBeTrue();
        lawyer.Unanswered.ShouldBeEmpty();
    }

    // Examenreglement 14, 16.3: the postmark must fall within 15 days after dispatch of the result; a
    // last day on a Saturday, Sunday or holiday runs to the next working day (Algemene termijnenwet 1, 3).
    // Rows: result sent; the unrolled day 15; the rolled last day to send.
    public static TheoryData<DateOnly, DateOnly, DateOnly> SendingDeadlinesThatRoll => new()
    {
        // Day 15 is Saturday 4 April 2026, then Easter Sunday and Easter Monday: Tuesday 7 April.
        { D(2026, 3, 20), D(2026, 4, 4), D(2026, 4, 7) },
        // Day 15 is Saturday 25 April 2026, then Sunday and King's Day (Monday 27 April): Tuesday 28 April.
        { D(2026, 4, 10), D(2026, 4, 25), D(2026, 4, 28) },
        // Day 15 is Christmas Day (Friday 25 December 2026), then Boxing Day (Saturday) and Sunday: Monday 28 December.
        { D(2026, 12, 10), D(2026, 12, 25), D(2026, 12, 28) },
    };

    [Theory]
    [MemberData(nameof(SendingDeadlinesThatRoll))]
    public void PostmarkOnTheRolledLastDayIsTimelyAndADayLaterIsLate_Art14_16_3(DateOnly resultSent, DateOnly dayFifteen, DateOnly rolledLastDay)
    {
        dayFifteen.ShouldBe(resultSent.AddDays(15));
        LmpDeadlines.ObjectionFilingDeadline(resultSent).ShouldBe(rolledLastDay);
        var receiptDeadline = LmpDeadlines.ObjectionReceiptDeadline(resultSent);
        receiptDeadline.ShouldBeGreaterThan(rolledLastDay.AddDays(1));

        var onTheLastDay = CompleteObjection(resultSent, receiptDeadline) with { PostmarkDate = rolledLastDay };
        onTheLastDay.Evaluate(LmpDeadlines).IsAdmissible.ShouldBeTrue();

        var dayLater = (onTheLastDay with { PostmarkDate = rolledLastDay.AddDays(1) }).Evaluate(LmpDeadlines);
        dayLater.IsLate.ShouldBeTrue();
        dayLater.Failures.Select(f => (f.Code, f.Rule)).ShouldBe([("objection.sent-late", "Examenreglement 14, 16.3")]);
    }

    // Examenreglement 16.3: a timely posted objection must be received within 20 days after dispatch; that
    // last day rolls the same way. Rows: result sent; the unrolled day 20; the rolled last day of receipt.
    public static TheoryData<DateOnly, DateOnly, DateOnly> ReceiptDeadlinesThatRoll => new()
    {
        // Day 20 is Easter Sunday 5 April 2026, then Easter Monday: Tuesday 7 April.
        { D(2026, 3, 16), D(2026, 4, 5), D(2026, 4, 7) },
        // Day 20 is Whit Sunday 24 May 2026, then Whit Monday: Tuesday 26 May.
        { D(2026, 5, 4), D(2026, 5, 24), D(2026, 5, 26) },
    };

    [Theory]
    [MemberData(nameof(ReceiptDeadlinesThatRoll))]
    public void ReceiptOnTheRolledLastDayIsTimelyAndADayLaterIsLate_Art16_3(DateOnly resultSent, DateOnly dayTwenty, DateOnly rolledLastDay)
    {
        dayTwenty.ShouldBe(resultSent.AddDays(20));
        LmpDeadlines.ObjectionReceiptDeadline(resultSent).ShouldBe(rolledLastDay);
        var lastDayToSend = LmpDeadlines.ObjectionFilingDeadline(resultSent);

        var onTheLastDay = CompleteObjection(resultSent, rolledLastDay) with { PostmarkDate = lastDayToSend };
        onTheLastDay.Evaluate(LmpDeadlines).IsAdmissible.ShouldBeTrue();

        var dayLater = (onTheLastDay with { ReceivedOn = rolledLastDay.AddDays(1) }).Evaluate(LmpDeadlines);
        dayLater.IsLate.ShouldBeTrue();
        dayLater.Failures.Select(f => (f.Code, f.Rule)).ShouldBe([("objection.received-late", "Examenreglement 16.3")]);
    }

    // Examenreglement 16.3: without a legible postmark the receipt date is the sending date, so an objection
    // received on the rolled last day to send (Tuesday after Easter Monday 2026) is still timely.
    [Fact]
    public void WithoutPostmarkReceiptOnTheRolledLastDayToSendIsTimely_Art16_3()
    {
        var resultSent = D(2026, 3, 20);
        var onTime = CompleteObjection(resultSent, D(2026, 4, 7)) with { PostmarkDate = null };
        onTime.Evaluate(LmpDeadlines).IsAdmissible.ShouldBeTrue();
        (onTime with { ReceivedOn = D(2026, 4, 8) }).Evaluate(LmpDeadlines).Failures.Single().Code.ShouldBe("objection.sent-late");
    }
}
