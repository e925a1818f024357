using System.Globalization;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;
using Touchstone.Web.Infrastructure.Localization;

namespace Touchstone.App.Tests.Localization;

/// <summary>How a rule message is put into Dutch: placeholders, dates, enum values, alternatives, terms, and the English fallback.</summary>
public sealed class DomainErrorLocalizerTests
{
    private static readonly CultureInfo Nl = new("nl");
    private static readonly CultureInfo En = new("en");
    private static readonly DomainErrorLocalizer Localizer = DomainErrorLocalizer.Instance;

    [Fact]
    public void DatesReadDayMonthYearInDutchAndTheEnglishMessageStaysAsTheDomainWroteIt()
    {
        var error = new DomainError("complaint.late", "Received on 2026-03-05, more than four weeks after the event (last day 2026-02-27).", "Examenreglement 13.1")
        {
            Args = [new DateOnly(2026, 3, 5), new DateOnly(2026, 2, 27)],
        };

        Localizer.Text(error, Nl).ShouldBe("Ontvangen op 5-3-2026, meer dan vier weken na het voorval (laatste dag 27-2-2026).");
        Localizer.Text(error, En).ShouldBe(error.Message);
    }

    [Fact]
    public void AMomentInATPlaceholderReadsAsDateAndTimeOnTheDutchClockInSummerAndWinter()
    {
        // 12:30 UTC is 14:30 in Amsterdam in summer (CEST) and 13:30 in winter (CET); midnight rolls the date over.
        var summer = new DomainError("exams.inspection.not-yet", "The inspection is scheduled for 2026-07-01 12:30 UTC; it cannot have been held yet.", "Examenreglement 10")
        {
            Args = [new DateTimeOffset(2026, 7, 1, 12, 30, 0, TimeSpan.Zero)],
        };
        var winter = new DomainError("exams.inspection.in-past", "An inspection is scheduled for a moment still to come, not 2026-12-31 23:15 UTC.", "Examenreglement 10")
        {
            Args = [new DateTimeOffset(2026, 12, 31, 23, 15, 0, TimeSpan.Zero)],
        };
        var signed = new DomainError("exams.data.already-confirmed", "The candidate already signed his data (2026-01-05 08:05 UTC).", "Examenreglement 7.7")
        {
            Args = [new DateTimeOffset(2026, 1, 5, 8, 5, 0, TimeSpan.Zero)],
        };

        Localizer.Text(summer, Nl).ShouldBe("De inzage is gepland op 1-7-2026 14:30; die kan nog niet gehouden zijn.");
        Localizer.Text(winter, Nl).ShouldBe("Een inzage wordt gepland op een moment dat nog moet komen, niet op 1-1-2027 00:15.");
        Localizer.Text(signed, Nl).ShouldBe("De kandidaat heeft zijn gegevens al getekend (5-1-2026 09:05).");
        Localizer.Text(summer, En).ShouldBe(summer.Message);
    }

    [Fact]
    public void WithoutTheTSpecifierAMomentStillReadsAsADate()
    {
        var error = new DomainError("cmc.certificate.not-yet-expired", "The certificate is valid until 2027-03-01.") { Args = [new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero)] };
        Localizer.Text(error, Nl).ShouldBe("Het certificaat is geldig tot 1-3-2027.");
    }

    [Fact]
    public void EnumValuesAreTranslatedAndOneOpeningTheSentenceGetsACapital()
    {
        var error = new DomainError("cases.transition.role", "ExamCommittee may not move a Complaint case from Received to Admissibility; allowed: BackOffice, Director.")
        {
            Args = [CaseRole.ExamCommittee, CaseType.Complaint, CaseState.Received, CaseState.Admissibility, new[] { CaseRole.BackOffice, CaseRole.Director }],
        };

        Localizer.Text(error, Nl).ShouldBe("De examencommissie mag een klacht niet van 'ontvangen' naar 'ontvankelijkheidstoets' zetten; dat mag alleen de backoffice of de directie.");
    }

    [Fact]
    public void AnEnglishDomainTermPassedAsTextIsTranslatedAndOtherTextIsShownAsItIs()
    {
        new DomainError("exams.not-found", "The session was not found.") { Args = ["The session"] }.ShouldSatisfyAllConditions(
            e => Localizer.Text(e, Nl).ShouldBe("De sessie is niet gevonden."));
        new DomainError("cmc.dossier.missing", "Missing: DevelopmentReport. Free text") { Args = [DossierDocument.DevelopmentReport, "Free text"] }.ShouldSatisfyAllConditions(
            e => Localizer.Text(e, Nl).ShouldBe("Ontbreekt: Persoonlijk ontwikkelverslag. Free text"));
    }

    [Fact]
    public void TheRuleIsCitedAfterTheMessageInTheCurrentLanguage()
    {
        var error = new DomainError("objection.unsigned", "The objection is not signed.", "Examenreglement 16.4");
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Nl;
            Localizer.Describe(error).ShouldBe("Het bezwaarschrift is niet ondertekend. (Examenreglement 16.4)");
            CultureInfo.CurrentUICulture = En;
            Localizer.Describe(error).ShouldBe("The objection is not signed. (Examenreglement 16.4)");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void StoredArgsComeBackTyped()
    {
        // A case's inadmissibility reasons are stored; their values must still format as dates and enum values.
        var converter = new Touchstone.App.Data.DomainErrorArgsConverter();
        IReadOnlyList<object?> args = [new DateOnly(2026, 3, 5), SubmissionChannel.Telephone, 12, 1.5m, "postmark", null];

        var stored = (string)converter.ConvertToProvider(args)!;
        var read = (IReadOnlyList<object?>)converter.ConvertFromProvider(stored)!;

        read.ShouldBe([new DateOnly(2026, 3, 5), SubmissionChannel.Telephone, 12L, 1.5m, "postmark", null]);
        ((IReadOnlyList<object?>)converter.ConvertFromProvider(string.Empty)!).ShouldBeEmpty(); // rows from before the column
    }

    [Fact]
    public void ACodeWithoutADutchTextFallsBackToTheEnglishMessage() =>
        Localizer.Text(new DomainError("no.such-code", "Something English."), Nl).ShouldBe("Something English.");
}
