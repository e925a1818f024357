using Touchstone.Domain.PersonCertification;

namespace Touchstone.Domain.Tests.PersonCertification;

public class CmcCertificateTests
{
    private static readonly CmcScheme Scheme = SchemeFile.Scheme;
    private static readonly Guid Dm = Guid.NewGuid();

    private static CmcCertificate Certificate(DateOnly? start = null) => new("CMC-2026-0001", Guid.NewGuid(), start ?? new DateOnly(2026, 5, 1), Scheme);

    [Fact]
    public void CertificateRunsFiveYears()
    {
        // Bijlage Permanente Educatie: CE is counted over the five years of the certificate.
        var c = Certificate();
        c.ValidUntil.ShouldBe(new DateOnly(2031, 4, 30));
        c.StatusOn(new DateOnly(2031, 4, 30)).ShouldBe(CertificateStatus.Active);
        c.StatusOn(new DateOnly(2031, 5, 1)).ShouldBe(CertificateStatus.Expired);
    }

    [Fact]
    public void ARenewalDecidedWhileTheCertificateRunsStartsTheDayAfterItEnds()
    {
        // Seed 001 "Hercertificering" with the Bijlage Permanente Educatie ("in die vijf jaar"): periods follow on each other.
        var decided = new DateOnly(2031, 2, 10);
        CmcCertificate.RenewalStart(decided, new DateOnly(2031, 4, 30)).ShouldBe(new DateOnly(2031, 5, 1));
        CmcCertificate.RenewalStart(decided, decided).ShouldBe(decided.AddDays(1));

        // Decided after the old one ended, or without one: from the decision.
        CmcCertificate.RenewalStart(decided, new DateOnly(2031, 2, 9)).ShouldBe(decided);
        CmcCertificate.RenewalStart(decided, null).ShouldBe(decided);
    }

    [Fact]
    public void ARenewalGrantedWhileTheCurrentCertificateRunsIsPubliclyNotYetValidUntilItsFirstDay()
    {
        // Seed 001 "Hercertificering": the renewed certificate takes over the day after the current one ends; until then the
        // register must not call it active (CMC-reglement: register shows status and validity).
        var renewed = Certificate(new DateOnly(2031, 5, 1));
        renewed.StatusOn(new DateOnly(2031, 2, 10)).ShouldBe(CertificateStatus.Active); // the stored status stays
        renewed.PublicStatusOn(new DateOnly(2031, 2, 10)).ShouldBe(PublicCertificateStatus.NotYetValid);
        renewed.PublicStatusOn(new DateOnly(2031, 4, 30)).ShouldBe(PublicCertificateStatus.NotYetValid);
        renewed.PublicStatusOn(new DateOnly(2031, 5, 1)).ShouldBe(PublicCertificateStatus.Active);
        renewed.PublicStatusOn(new DateOnly(2036, 4, 30)).ShouldBe(PublicCertificateStatus.Active);
        renewed.PublicStatusOn(new DateOnly(2036, 5, 1)).ShouldBe(PublicCertificateStatus.Expired);
    }

    [Fact]
    public void APublicStatusShowsSuspensionWithdrawalAndExpiryAlsoBeforeTheFirstDay()
    {
        // CMC-reglement: the register shows suspended, withdrawn and expired; a suspension or withdrawal is not hidden behind "not yet valid".
        var start = new DateOnly(2031, 5, 1);
        var end = new DateOnly(2036, 4, 30);
        var before = new DateOnly(2031, 3, 1);
        PublicCertificateStatuses.On(CertificateStatus.Suspended, start, end, before).ShouldBe(PublicCertificateStatus.Suspended);
        PublicCertificateStatuses.On(CertificateStatus.Withdrawn, start, end, before).ShouldBe(PublicCertificateStatus.Withdrawn);
        PublicCertificateStatuses.On(CertificateStatus.Suspended, start, end, end.AddDays(1)).ShouldBe(PublicCertificateStatus.Expired);
        PublicCertificateStatuses.On(CertificateStatus.Withdrawn, start, end, end.AddDays(1)).ShouldBe(PublicCertificateStatus.Withdrawn);
        PublicCertificateStatuses.On(CertificateStatus.Expired, start, end, start).ShouldBe(PublicCertificateStatus.Expired);
        PublicCertificateStatuses.On(CertificateStatus.Active, start, end, start).ShouldBe(PublicCertificateStatus.Active);
    }

    [Fact]
    public void NumbersFollowPrefixYearSequence()
    {
        CertificateNumber.Format("CMC", 2026, 1).ShouldBe("CMC-2026-0001");
        CertificateNumber.Format("CMC", 2026, 12345).ShouldBe("CMC-2026-12345");
        CertificateNumber.Next("CMC", 2026, ["CMC-2026-0007", "CMC-2025-0099", "junk"]).ShouldBe("CMC-2026-0008");
        CertificateNumber.Next("CMC", 2027, ["CMC-2026-0007"]).ShouldBe("CMC-2027-0001");
        CertificateNumber.TryParse("CMC-2026-0000", out _, out _, out _).ShouldBeFalse();
        CertificateNumber.TryParse("cmc-2026-1", out _, out _, out _).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => new CmcCertificate("X", Guid.NewGuid(), new DateOnly(2026, 1, 1), Scheme));
    }

    [Fact]
    public void SuspensionAndWithdrawalNeedAReasonAndADecisionMaker()
    {
        var c = Certificate();
        var today = new DateOnly(2027, 1, 10);
        c.Suspend(Dm, CmcRole.DecisionMaker, today, "").Errors.Single().Code.ShouldBe("cmc.certificate.reason-required");
        c.Suspend(Dm, CmcRole.BackOffice, today, "CE missing").Errors.Single().Code.ShouldBe("cmc.certificate.wrong-role");
        c.Suspend(Dm, CmcRole.DecisionMaker, today, "CE missing").IsSuccess.ShouldBeTrue();
        c.StatusOn(today).ShouldBe(CertificateStatus.Suspended);
        c.Reinstate(Dm, CmcRole.DecisionMaker, today.AddDays(30), "CE delivered").IsSuccess.ShouldBeTrue();
        c.Withdraw(Dm, CmcRole.DecisionMaker, today.AddDays(60), "Misconduct").IsSuccess.ShouldBeTrue();
        c.Reinstate(Dm, CmcRole.DecisionMaker, today.AddDays(61), "Appeal").Errors.Single().Code.ShouldBe("cmc.certificate.transition-not-allowed");
        c.History.Select(h => h.To).ShouldBe([CertificateStatus.Suspended, CertificateStatus.Active, CertificateStatus.Withdrawn]);
    }

    [Fact]
    public void ExpiryIsRecordedOnlyAfterTheEndDate()
    {
        var c = Certificate();
        c.Expire(CmcRole.BackOffice, c.ValidUntil).Errors.Single().Code.ShouldBe("cmc.certificate.not-yet-expired");
        c.Suspend(Dm, CmcRole.DecisionMaker, c.ValidUntil.AddDays(1), "late").Errors.Single().Code.ShouldBe("cmc.certificate.expired");
        c.Expire(CmcRole.BackOffice, c.ValidUntil.AddDays(1)).IsSuccess.ShouldBeTrue();
        c.Status.ShouldBe(CertificateStatus.Expired);
    }

    [Theory]
    [InlineData("2030-10-29", new int[0], new int[0])]   // more than 6 months before
    [InlineData("2030-10-30", new int[0], new[] { 6 })]  // exactly 6 months before 2031-04-30
    [InlineData("2030-12-01", new[] { 6 }, new int[0])]  // already sent
    [InlineData("2031-01-31", new[] { 6 }, new[] { 3 })]
    [InlineData("2031-02-15", new int[0], new[] { 3 })]  // missed the 6-month one: only the most urgent goes out
    [InlineData("2031-02-15", new[] { 3 }, new int[0])]
    [InlineData("2031-05-01", new int[0], new int[0])]   // expired: no reminders
    public void RemindersAtSixAndThreeMonthsBeforeExpiry(string today, int[] sent, int[] expected) =>
        RecertificationReminders.Due(new DateOnly(2031, 4, 30), DateOnly.Parse(today), sent, Scheme).ShouldBe(expected);

    [Theory]
    [InlineData("2030-10-30", 6, 0)]  // the 6-month reminder of 2031-04-30 (seed 001 "Hercertificering")
    [InlineData("2031-02-15", 2, 15)] // a reminder sent late: the real time left, not "3 months"
    [InlineData("2031-04-29", 0, 1)]
    [InlineData("2031-04-30", 0, 0)]
    [InlineData("2031-05-10", 0, 0)]
    public void ReminderStatesTheTimeActuallyLeft(string today, int months, int days) =>
        RecertificationReminders.TimeLeft(new DateOnly(2031, 4, 30), DateOnly.Parse(today)).ShouldBe((months, days));

    [Fact]
    public void ExpiringBetweenListsActiveAndSuspendedOnly()
    {
        var a = Certificate(new DateOnly(2021, 6, 1));
        var b = new CmcCertificate("CMC-2021-0002", Guid.NewGuid(), new DateOnly(2021, 7, 1), Scheme);
        var c = new CmcCertificate("CMC-2021-0003", Guid.NewGuid(), new DateOnly(2021, 8, 1), Scheme);
        var d = new CmcCertificate("CMC-2022-0001", Guid.NewGuid(), new DateOnly(2022, 1, 1), Scheme);
        c.Withdraw(Dm, CmcRole.DecisionMaker, new DateOnly(2024, 1, 1), "Fraud").IsSuccess.ShouldBeTrue();
        b.Suspend(Dm, CmcRole.DecisionMaker, new DateOnly(2024, 1, 1), "CE").IsSuccess.ShouldBeTrue();
        RecertificationReminders.ExpiringBetween([d, c, b, a], new DateOnly(2026, 5, 1), new DateOnly(2026, 11, 30), new DateOnly(2026, 3, 1))
            .ShouldBe([a, b]);
    }
}
