using Touchstone.Domain.PersonCertification;
using static Touchstone.Domain.Tests.PersonCertification.CmcFixtures;

namespace Touchstone.Domain.Tests.PersonCertification;

/// <summary>Bijlage Permanente Educatie.</summary>
public class ContinuingEducationRulesTests
{
    private static readonly CmcScheme Scheme = SchemeFile.Scheme;
    private static readonly ContinuingEducationRules Rules = new(Scheme);
    private static readonly CePeriod Period = new(new DateOnly(2021, 3, 1), new DateOnly(2026, 2, 28));
    private static readonly DateOnly AfterPeriod = new(2026, 3, 2);

    private static string[] Codes(NotCountedActivity n) => n.Reasons.Select(r => r.Code).ToArray();

    [Fact]
    public void PeriodIsTheFiveYearsOfTheCertificate()
    {
        CePeriod.EndingOn(new DateOnly(2026, 2, 28), Scheme).ShouldBe(Period);
        CePeriod.Of(new CmcCertificate("CMC-2021-0001", Guid.NewGuid(), new DateOnly(2021, 3, 1), Scheme)).ShouldBe(Period);
    }

    [Fact]
    public void OneHundredTwentyHoursSpreadOverFiveYearsIsCompliant()
    {
        // "Tenminste 120 uur verdeeld over 5 jaar met een maximaal sabbatical van 12 maanden".
        var d = Rules.Evaluate(CompliantActivities(Period.Start), Period, AfterPeriod);
        d.CountedHours.ShouldBe(132);
        d.HoursStillNeeded.ShouldBe(0);
        d.GapProblem.ShouldBeFalse();
        d.IsCompliant.ShouldBeTrue();
        d.NotCounted.ShouldBeEmpty();
    }

    [Fact]
    public void BelowOneHundredTwentyHoursShowsWhatIsStillNeeded()
    {
        var activities = CompliantActivities(Period.Start).Take(9).ToArray(); // 108 hours, still spread
        var d = Rules.Evaluate(activities, Period, new DateOnly(2024, 12, 1));
        d.CountedHours.ShouldBe(108);
        d.HoursStillNeeded.ShouldBe(12);
        d.IsCompliant.ShouldBeFalse();
    }

    [Fact]
    public void ActivitiesBelowEqfSixDoNotCount()
    {
        // "Tenminste op EQF6+ niveau".
        var d = Rules.Evaluate([Activity(new DateOnly(2022, 1, 10), 16, eqf: 5, title: "MBO course"), Activity(new DateOnly(2022, 2, 10), 8, eqf: 6)], Period, AfterPeriod);
        d.CountedHours.ShouldBe(8);
        var n = d.NotCounted.Single();
        n.Title.ShouldBe("MBO course");
        Codes(n).ShouldBe(["cmc.ce.not-counted.below-eqf"]);
        n.Reasons[0].Rule.ShouldBe("Bijlage Permanente Educatie (Tenminste op EQF6+ niveau)");
    }

    [Fact]
    public void ActivitiesOutsideThePeriodDoNotCountAndStraddlingOnesMustBeSplit()
    {
        var before = Activity(new DateOnly(2020, 5, 1), 10);
        var straddling = Activity(new DateOnly(2026, 2, 20), 20, end: new DateOnly(2026, 3, 10));
        var d = Rules.Evaluate([before, straddling], Period, AfterPeriod);
        d.CountedHours.ShouldBe(0);
        Codes(d.NotCounted[0]).ShouldBe(["cmc.ce.not-counted.outside-period"]);
        Codes(d.NotCounted[1]).ShouldBe(["cmc.ce.invalid.straddles-period"]);
    }

    [Fact]
    public void ANewEntryOutsideOrAcrossThePeriodIsRefusedWithThePeriodNamed()
    {
        // Bijlage Permanente Educatie: 120 hours "in die vijf jaar" — only the part inside the period can be logged.
        var before = Rules.Validate(Activity(new DateOnly(2020, 5, 1), 10), Period);
        before.Select(e => e.Code).ShouldBe(["cmc.ce.invalid.outside-period"]);
        before[0].Rule.ShouldBe("Bijlage Permanente Educatie (in die vijf jaar)");
        before[0].Message.ShouldContain($"{Period.Start:yyyy-MM-dd} – {Period.End:yyyy-MM-dd}");

        var straddling = Rules.Validate(Activity(new DateOnly(2026, 2, 20), 20, end: new DateOnly(2026, 3, 10)), Period);
        straddling.Select(e => e.Code).ShouldBe(["cmc.ce.invalid.straddles-period"]);

        Rules.Validate(Activity(new DateOnly(2022, 1, 10), 8), Period).ShouldBeEmpty();
    }

    [Fact]
    public void EctsCountsWithTheConfiguredHoursPerCredit()
    {
        // ECTS method; 1 ECTS = 25-30 hours, default 28.
        var course = Activity(new DateOnly(2022, 9, 1), 5, unit: CeUnit.Ects, end: new DateOnly(2023, 1, 31));
        Rules.HoursOf(course).ShouldBe(140);
        new ContinuingEducationRules(Scheme.WithHoursPerEcts(25).Value).HoursOf(course).ShouldBe(125);
        Rules.Evaluate([course], Period, AfterPeriod).CountedHours.ShouldBe(140);
    }

    [Fact]
    public void NegativeOrImpossibleHoursAndReversedDatesAreInputErrors()
    {
        var negative = Activity(new DateOnly(2022, 1, 10), -4);
        var absurd = Activity(new DateOnly(2022, 1, 10), 30); // one day, 30 hours
        var reversed = Activity(new DateOnly(2022, 1, 10), 8, end: new DateOnly(2022, 1, 9));
        Rules.Validate(negative, Period).Select(e => e.Code).ShouldContain("cmc.ce.invalid.hours");
        Rules.Validate(absurd, Period).Select(e => e.Code).ShouldBe(["cmc.ce.invalid.implausible-hours"]);
        Rules.Validate(reversed, Period).Select(e => e.Code).ShouldBe(["cmc.ce.invalid.end-before-start"]);
        Rules.Validate(Activity(new DateOnly(2022, 1, 10), 48, end: new DateOnly(2022, 1, 11)), Period).ShouldBeEmpty(); // 24 h a day is the limit
    }

    [Fact]
    public void EvidenceMustGiveDateAndHoursAndSelfDeclarationsTheirReason()
    {
        // "De verklaring specificeert in elk geval datum, bestede uren ... en in het geval van een eigen verklaring de reden".
        var day = new DateOnly(2022, 1, 10);
        Rules.Validate(Activity(day, 8) with { Evidence = null }, Period).Select(e => e.Code).ShouldBe(["cmc.ce.invalid.no-evidence"]);
        Rules.Validate(Activity(day, 8, evidence: new CeEvidence(EvidenceKind.ClientStatement, null, null)), Period).Select(e => e.Code)
            .ShouldBe(["cmc.ce.invalid.evidence-date", "cmc.ce.invalid.evidence-hours"]);
        Rules.Validate(Activity(day, 8, evidence: new CeEvidence(EvidenceKind.SelfDeclaration, day, 8)), Period).Select(e => e.Code)
            .ShouldBe(["cmc.ce.invalid.self-declaration-reason"]);
        Rules.Validate(Activity(day, 8, evidence: new CeEvidence(EvidenceKind.SelfDeclaration, day, 8, null, "Organiser went bankrupt")), Period).ShouldBeEmpty();
        Rules.Validate(Activity(day, 8, evidence: new CeEvidence(EvidenceKind.OrganiserStatement, day, 6)), Period).Select(e => e.Code)
            .ShouldBe(["cmc.ce.invalid.claim-exceeds-statement"]);
    }

    [Fact]
    public void MissingEqfLevelIsAnInputError() =>
        Rules.Validate(Activity(new DateOnly(2022, 1, 10), 8) with { EqfLevel = null }, Period).Select(e => e.Code).ShouldBe(["cmc.ce.invalid.eqf"]);

    [Fact]
    public void StretchLongerThanTwelveMonthsWithoutActivityIsAGapProblem()
    {
        // "maximaal sabbatical van 12 maanden" (reading: longest stretch without any activity).
        var activities = new[]
        {
            Activity(Period.Start, 60, end: Period.Start.AddDays(9)),
            Activity(new DateOnly(2022, 3, 11), 60, end: new DateOnly(2022, 3, 20)), // gap 2021-03-11 .. 2022-03-10: exactly 12 months
            Activity(new DateOnly(2023, 3, 22), 12),                                  // gap 2022-03-21 .. 2023-03-21: 12 months and a day
            Activity(new DateOnly(2024, 1, 1), 4), Activity(new DateOnly(2024, 12, 1), 4), Activity(new DateOnly(2025, 11, 1), 4),
        };
        var d = Rules.Evaluate(activities, Period, AfterPeriod);
        d.CountedHours.ShouldBe(144);
        d.LongestGap.ShouldBe(new CeGap(new DateOnly(2022, 3, 21), new DateOnly(2023, 3, 21), 366, 12, ExceedsMaximum: true));
        d.GapProblem.ShouldBeTrue();
        d.IsCompliant.ShouldBeFalse();
    }

    [Fact]
    public void GapOfExactlyTwelveMonthsIsAllowed()
    {
        var activities = new[]
        {
            Activity(Period.Start, 60, end: Period.Start.AddDays(9)),
            Activity(new DateOnly(2022, 3, 11), 60, end: new DateOnly(2022, 3, 20)),
            Activity(new DateOnly(2023, 3, 1), 4), Activity(new DateOnly(2024, 2, 1), 4), Activity(new DateOnly(2025, 1, 1), 4), Activity(new DateOnly(2025, 12, 1), 4),
        };
        var d = Rules.Evaluate(activities, Period, AfterPeriod);
        d.LongestGap!.From.ShouldBe(Period.Start.AddDays(10));
        d.LongestGap.WholeMonths.ShouldBe(12);
        d.GapProblem.ShouldBeFalse();
        d.IsCompliant.ShouldBeTrue();
    }

    [Fact]
    public void TheSabbaticalLimitComesFromTheScheme()
    {
        // Bijlage Permanente Educatie: "maximaal sabbatical van 12 maanden" — configurable in the scheme.
        // The same log: one stretch of 12 months and 11 days, one of 7 months, the rest under 5 months.
        var activities = new[]
        {
            Activity(Period.Start, 60, end: Period.Start.AddDays(9)),
            Activity(new DateOnly(2022, 3, 22), 60, end: new DateOnly(2022, 3, 31)), // gap 2021-03-11 .. 2022-03-21: 12 months and 11 days
            Activity(new DateOnly(2022, 11, 1), 4),                                   // gap 2022-04-01 .. 2022-10-31: 7 months
            Activity(new DateOnly(2023, 4, 1), 4), Activity(new DateOnly(2023, 9, 1), 4), Activity(new DateOnly(2024, 2, 1), 4),
            Activity(new DateOnly(2024, 7, 1), 4), Activity(new DateOnly(2024, 12, 1), 4), Activity(new DateOnly(2025, 5, 1), 4),
            Activity(new DateOnly(2025, 10, 1), 4), Activity(new DateOnly(2026, 2, 1), 4),
        };

        var seed = Rules.Evaluate(activities, Period, AfterPeriod);
        seed.LongestGap!.WholeMonths.ShouldBe(12);
        seed.GapProblem.ShouldBeTrue();
        seed.IsCompliant.ShouldBeFalse();

        var eighteen = new ContinuingEducationRules(Scheme.WithMaximumGapMonths(18).Value).Evaluate(activities, Period, AfterPeriod);
        eighteen.MaximumGapMonths.ShouldBe(18);
        eighteen.LongestGap.ShouldBe(seed.LongestGap with { ExceedsMaximum = false });
        eighteen.GapProblem.ShouldBeFalse();
        eighteen.IsCompliant.ShouldBeTrue();

        // A stricter limit: with 6 months the seven-month stretch is too long as well, and the longest gap is still the one shown.
        var six = new ContinuingEducationRules(Scheme.WithMaximumGapMonths(6).Value);
        six.Evaluate(activities, Period, AfterPeriod).GapProblem.ShouldBeTrue();
        var withoutLongest = activities.Where(a => a.Start != new DateOnly(2022, 3, 22))
            .Concat([Activity(new DateOnly(2021, 9, 1), 30, end: new DateOnly(2021, 9, 2)), Activity(new DateOnly(2022, 3, 1), 30, end: new DateOnly(2022, 3, 2))])
            .ToArray(); // longest now 2022-03-03 .. 2022-10-31
        Rules.Evaluate(withoutLongest, Period, AfterPeriod).GapProblem.ShouldBeFalse();
        var strict = six.Evaluate(withoutLongest, Period, AfterPeriod);
        strict.LongestGap!.WholeMonths.ShouldBe(7);
        strict.GapProblem.ShouldBeTrue();
        strict.IsCompliant.ShouldBeFalse();
    }

    [Fact]
    public void TheSabbaticalLimitMustLieWithinThePeriod()
    {
        Scheme.WithMaximumGapMonths(1).Value.MaximumGapMonths.ShouldBe(1);
        Scheme.WithMaximumGapMonths(59).Value.MaximumGapMonths.ShouldBe(59);
        var zero = Scheme.WithMaximumGapMonths(0).Errors.Single();
        zero.Code.ShouldBe("cmc.ce.maximum-gap-out-of-range");
        zero.Rule.ShouldBe("Bijlage Permanente Educatie (maximaal sabbatical)");
        zero.Args.ShouldBe([59, 0]);
        Scheme.WithMaximumGapMonths(60).Errors.Single().Code.ShouldBe("cmc.ce.maximum-gap-out-of-range");
    }

    [Fact]
    public void GapIsMeasuredOnlyUpToToday()
    {
        // Halfway through the period the future is not a gap yet.
        var d = Rules.Evaluate([Activity(new DateOnly(2022, 11, 1), 10)], Period, new DateOnly(2023, 6, 1));
        d.EvaluatedUpTo.ShouldBe(new DateOnly(2023, 6, 1));
        d.LongestGap!.From.ShouldBe(Period.Start);
        d.LongestGap.To.ShouldBe(new DateOnly(2022, 10, 31));
        d.GapProblem.ShouldBeTrue(); // 20 months without activity at the start
    }

    [Fact]
    public void OverlappingActivitiesCoverTheirUnion()
    {
        var d = Rules.Evaluate(
            [Activity(new DateOnly(2021, 3, 1), 100, end: new DateOnly(2025, 12, 31)), Activity(new DateOnly(2022, 1, 1), 10, end: new DateOnly(2022, 2, 1))],
            Period, AfterPeriod);
        d.LongestGap.ShouldBe(new CeGap(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28), 59, 2, false));
    }

    [Fact]
    public void DashboardShowsTheBalanceOfBothCategories()
    {
        // "Bij voorkeur zijn zowel ... persoonlijk professionele ... als vakinhoudelijke en branchegerichte" activities part of CE.
        var d = Rules.Evaluate(CompliantActivities(Period.Start), Period, AfterPeriod);
        d.HoursPerCategory[CeCategory.SubjectOrSector].ShouldBe(72);
        d.HoursPerCategory[CeCategory.PersonalProfessional].ShouldBe(60);
        d.BothCategoriesPresent.ShouldBeTrue();
        Rules.Evaluate([Activity(new DateOnly(2022, 1, 1), 8)], Period, AfterPeriod).BothCategoriesPresent.ShouldBeFalse();
    }
}
