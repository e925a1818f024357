using Touchstone.Domain.Calendar;
using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Money, accommodations, fraud exclusion and identity (Examenreglement 6.2, 6.7, 7.3, 7.9).</summary>
public class RegistrationRulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly ExamRegulation Reg = ExamRegulation.FromSeed;

    [Theory]
    [InlineData("2026-03-09", 120.00, 300.00)] // Monday exam 16 March: 5 working days before is Monday 9 March
    [InlineData("2026-03-02", 120.00, 300.00)]
    [InlineData("2026-03-10", 0.00, 300.00)]
    [InlineData("2026-03-16", 0.00, 300.00)]
    public void CancellationAtLeastFiveWorkingDaysBeforeRefunds40Percent_6_7(string cancelledOn, decimal refund, decimal fee)
    {
        var r = CancellationRefund.Compute(fee, new DateOnly(2026, 3, 16), DateOnly.Parse(cancelledOn), Calendar, Reg);
        r.Refund.ShouldBe(refund);
        r.Due.ShouldBe(fee - refund);
    }

    [Fact]
    public void CancellationCountsWorkingDaysSkippingHolidays_6_7()
    {
        // Exam Wednesday 6 May 2026: 5 May (Liberation Day) and 27 April (King's Day) are skipped.
        var examDate = new DateOnly(2026, 5, 6);
        CancellationRefund.Compute(250m, examDate, new DateOnly(2026, 4, 28), Calendar, Reg).Refund.ShouldBe(100m);
        var late = CancellationRefund.Compute(250m, examDate, new DateOnly(2026, 4, 29), Calendar, Reg);
        late.Refund.ShouldBe(0m);
        late.LastDayForRefund.ShouldBe(new DateOnly(2026, 4, 28));
    }

    private static readonly DateOnly ExamDate = new(2026, 6, 1);

    [Fact]
    public void DyslexiaAllowsUpTo30MinutesExtra_6_2()
    {
        AccommodationRules.Validate(new(AccommodationKind.Dyslexia, true, true, ExtraMinutes: 30), ExamDate, Reg).Value.ShouldBe(AccommodationDecider.Director);
        var error = AccommodationRules.Validate(new(AccommodationKind.Dyslexia, true, true, ExtraMinutes: 31), ExamDate, Reg).Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe("exams.accommodation.too-much-time");
        error.Rule.ShouldBe("Examenreglement 6.2");
    }

    [Fact]
    public void DyslexiaMayBeReadAloudButGetsNoDictionary_6_2()
    {
        AccommodationRules.Validate(new(AccommodationKind.Dyslexia, true, true, ReadAloud: true), ExamDate, Reg).IsSuccess.ShouldBeTrue();
        AccommodationRules.Validate(new(AccommodationKind.Dyslexia, true, true, Dictionary: true), ExamDate, Reg).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void OtherMotherTongueNeedsLessThanFiveYearsInTheNetherlands_6_2()
    {
        AccommodationRules.Validate(new(AccommodationKind.OtherMotherTongue, true, true, 30, Dictionary: true, ResidentInNetherlandsSince: new DateOnly(2021, 6, 2)), ExamDate, Reg)
            .IsSuccess.ShouldBeTrue();
        AccommodationRules.Validate(new(AccommodationKind.OtherMotherTongue, true, true, 30, Dictionary: true, ResidentInNetherlandsSince: new DateOnly(2021, 6, 1)), ExamDate, Reg)
            .Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.accommodation.resident-too-long");
        AccommodationRules.Validate(new(AccommodationKind.OtherMotherTongue, true, true, 45, Dictionary: true, ResidentInNetherlandsSince: new DateOnly(2024, 1, 1)), ExamDate, Reg)
            .Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.accommodation.too-much-time-language");
    }

    [Fact]
    public void MedicalRequestsAreDecidedByTheCommittee_6_2_4_8() =>
        AccommodationRules.Validate(new(AccommodationKind.Medical, true, true, AlternativeForm: "oral theory exam"), ExamDate, Reg).Value.ShouldBe(AccommodationDecider.ExamCommittee);

    [Fact]
    public void RequestsMustComeWithTheRegistrationAndAStatement_6_2() =>
        AccommodationRules.Validate(new(AccommodationKind.Dyslexia, false, false, 10), ExamDate, Reg).Errors.Select(e => e.Code)
            .ShouldBe(["exams.accommodation.late", "exams.accommodation.no-dyslexia-statement"]);

    [Fact]
    public void FraudExcludesFromExamsForFiveYears_7_9()
    {
        FraudExclusion[] exclusions = [new("c1", new DateOnly(2026, 3, 1), "used a phone")];
        var error = RegistrationRules.CheckNotExcluded("c1", new DateOnly(2031, 2, 28), exclusions, Reg).Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("until 2031-03-01");
        error.Rule.ShouldBe("Examenreglement 7.9");
        RegistrationRules.CheckNotExcluded("c1", new DateOnly(2031, 3, 1), exclusions, Reg).IsSuccess.ShouldBeTrue();
        RegistrationRules.CheckNotExcluded("c2", new DateOnly(2027, 1, 1), exclusions, Reg).IsSuccess.ShouldBeTrue();
    }

    [Theory]
    [InlineData(IdentityDocumentType.Passport, true)]
    [InlineData(IdentityDocumentType.DutchDrivingLicence, true)]
    [InlineData(IdentityDocumentType.WDocument, true)]
    [InlineData(IdentityDocumentType.Other, false)]
    public void OnlyTheListedIdentityDocumentsAreAccepted_7_3(IdentityDocumentType type, bool accepted) =>
        RegistrationRules.CheckIdentity(type, ExamDate, ExamDate, true, false, Reg).IsSuccess.ShouldBe(accepted);

    [Fact]
    public void AnExpiredDocumentOrAOneSidedIdCardCopyIsRefused_7_3()
    {
        RegistrationRules.CheckIdentity(IdentityDocumentType.Passport, ExamDate.AddDays(-1), ExamDate, true, false, Reg).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.identity.expired");
        RegistrationRules.CheckIdentity(IdentityDocumentType.DutchIdentityCard, ExamDate, ExamDate, true, false, Reg).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.identity.no-copy-both-sides");
    }

    [Fact]
    public void EntryIsRefusedForIdentityOnlyWhenTheDocumentFailsTheCheck_7_3()
    {
        // Examenreglement 7.2, 7.3: a document off the list is a ground whatever its expiry; an accepted one needs its expiry to judge it.
        RegistrationRules.IdentityRefusalGrounds(IdentityDocumentType.Other, null, ExamDate, true, false, Reg).Value.ShouldHaveSingleItem().Code.ShouldBe("exams.identity.not-accepted");
        RegistrationRules.IdentityRefusalGrounds(IdentityDocumentType.Passport, ExamDate.AddDays(-1), ExamDate, true, false, Reg).Value.ShouldHaveSingleItem().Code.ShouldBe("exams.identity.expired");
        RegistrationRules.IdentityRefusalGrounds(IdentityDocumentType.Passport, null, ExamDate, true, false, Reg).Errors.ShouldHaveSingleItem().Code.ShouldBe("exams.identity.required");
        var inOrder = RegistrationRules.IdentityRefusalGrounds(IdentityDocumentType.Passport, ExamDate, ExamDate, true, false, Reg).Errors.ShouldHaveSingleItem();
        (inOrder.Code, inOrder.Rule).ShouldBe(("exams.identity.in-order", "Examenreglement 7.3"));
    }
}
