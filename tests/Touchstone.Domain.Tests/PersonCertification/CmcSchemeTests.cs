using Touchstone.Domain.PersonCertification;

namespace Touchstone.Domain.Tests.PersonCertification;

public class CmcSchemeTests
{
    [Fact]
    public void DataFileHoldsTheSeedNumbers()
    {
        var s = SchemeFile.Scheme;
        s.CertificateValidityYears.ShouldBe(5);          // Bijlage Permanente Educatie: "die vijf jaar"
        s.MinimumContinuingEducationHours.ShouldBe(120); // "Tenminste 120 uur verdeeld over 5 jaar"
        s.ContinuingEducationPeriodYears.ShouldBe(5);
        s.MinimumEqfLevel.ShouldBe(6);                   // "Tenminste op EQF6+ niveau"
        s.MaximumGapMonths.ShouldBe(12);                 // "maximaal sabbatical van 12 maanden"
        s.HoursPerEcts.ShouldBe(28);
        s.HoursPerEctsMinimum.ShouldBe(25);
        s.HoursPerEctsMaximum.ShouldBe(30);
        s.AssessorCount.ShouldBe(2);                     // CMC-reglement: assessment: "twee gekwalificeerde assessoren"
        s.AssessmentDurationMinutes.ShouldBe(90);        // "bij elkaar zo'n 1,5 uur"
        s.DevelopmentReportLeadDays.ShouldBe(14);        // "Minimaal 2 weken voorafgaand"
        s.ReportDueDays.ShouldBe(14);                    // "in principe binnen 2 weken"
        s.ReminderMonthsBeforeExpiry.ShouldBe([6, 3]);
        s.ReportReminderDaysBeforeDue.ShouldBe(3);      // our design
        s.ExpiryOverviewMonthsBack.ShouldBe(3);         // our design
    }

    [Fact]
    public void DataFileAgreesWithTheDefault()
    {
        var file = SchemeFile.Scheme;
        var d = CmcScheme.Default;
        (file with { Agenda = d.Agenda, ReminderMonthsBeforeExpiry = d.ReminderMonthsBeforeExpiry }).ShouldBe(d);
        file.Agenda.ShouldBe(d.Agenda);
        file.ReminderMonthsBeforeExpiry.ShouldBe(d.ReminderMonthsBeforeExpiry);
    }

    [Fact]
    public void AgendaHasTheFiveSeedTopicsInOrder()
    {
        // CMC-reglement: assessment: "De volgende onderwerpen komen aan de orde".
        SchemeFile.Scheme.AgendaFor(candidateKnownToAssessors: false).Select(i => i.Key).ShouldBe(
            ["introduction", "identity-check", "competency-development", "own-reflection", "oral-feedback"]);
    }

    [Fact]
    public void IdentityCheckOnlyWhenAssessorsDoNotKnowTheCandidate() =>
        // "Verificatie identiteit, wanneer (kandidaat) CMC'er niet bekend is bij de assessoren".
        SchemeFile.Scheme.AgendaFor(candidateKnownToAssessors: true).Select(i => i.Key).ShouldNotContain("identity-check");

    [Fact]
    public void HoursPerEctsOutsideTwentyFiveToThirtyIsRefused()
    {
        var s = SchemeFile.Scheme;
        s.WithHoursPerEcts(25).Value.HoursPerEcts.ShouldBe(25);
        s.WithHoursPerEcts(30).Value.HoursPerEcts.ShouldBe(30);
        s.WithHoursPerEcts(24.9m).Errors.Single().Code.ShouldBe("cmc.ce.hours-per-ects-out-of-range");
        s.WithHoursPerEcts(31).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void ImportWithHoursPerEctsOutOfRangeIsRefusedWithTheFileName()
    {
        var text = SchemeFile.Text.Replace("hoursPerEcts: 28", "hoursPerEcts: 40", StringComparison.Ordinal);
        var result = CmcScheme.FromYaml("bad.yaml", text);
        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Code == "cmc.scheme.out-of-range" && e.Message.StartsWith("bad.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingSectionOrBrokenYamlIsAnError()
    {
        CmcScheme.FromYaml("x.yaml", "scheme: CMC\nversion: '1'\n").Errors.Single().Code.ShouldBe("cmc.scheme.missing-section");
        CmcScheme.FromYaml("x.yaml", "certificate: [unclosed").Errors.Single().Code.ShouldBe("cmc.scheme.invalid-yaml");
    }
}
