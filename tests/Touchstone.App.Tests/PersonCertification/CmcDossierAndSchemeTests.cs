using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;
using Touchstone.Web.Infrastructure.Hosting;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// Bad uploads on the dossier page (issue 5 "Bad input": an unsupported or oversized upload → a clear message, input kept), the
/// development-report guidance taking its period from the scheme (Bijlage Permanente Educatie: "in die vijf jaar", in
/// frameworks/cmc-scheme.yaml), and the scheme file being required at start-up.
/// </summary>
public abstract class CmcDossierAndSchemeTests(AppFixture app)
{
    private CmcTestKit Kit => new(app.Factory);

    [Fact]
    public async Task AnOversizedAndADisguisedUploadAreRefusedWithTheDutchMessageAndTheChosenTypeKept()
    {
        var (_, email) = await Kit.NewUserAsync("Roos Uploader", Role.Candidate);
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var applied = await candidate.PostFormAsync("/PersonCertification/Apply", new Dictionary<string, string> { ["Route"] = "Individual", ["Town"] = "Hoorn" });
        CmcTestKit.ShouldRedirectTo(applied, "/PersonCertification/Application/");
        var url = applied.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);

        // A real PDF, one byte over the 10 MB of the document upload policy.
        var oversized = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.4\n"u8.CopyTo(oversized);
        var tooLarge = await CmcTestKit.UploadAsync(candidate, url, DossierDocument.EvidenceStatements, "verklaringen.pdf", oversized);
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tooLargePage = await tooLarge.ParseAsync();
        tooLargePage.Text(".errors").ShouldContain("Het bestand is groter dan 10 MB.");
        tooLargePage.QuerySelector("#doc-type option[selected]")!.GetAttribute("value").ShouldBe(nameof(DossierDocument.EvidenceStatements));

        // A program renamed to a picture: the content is checked, not the name.
        var disguised = await CmcTestKit.UploadAsync(candidate, url, DossierDocument.AtpDiploma, "diploma.png", "MZ\u0090\0 not an image"u8.ToArray());
        disguised.StatusCode.ShouldBe(HttpStatusCode.OK);
        var disguisedPage = await disguised.ParseAsync();
        disguisedPage.Text(".errors").ShouldContain("De inhoud van het bestand is geen PNG-bestand.");
        disguisedPage.QuerySelector("#doc-type option[selected]")!.GetAttribute("value").ShouldBe(nameof(DossierDocument.AtpDiploma));

        (await Kit.RunAsync(sp => Task.FromResult(sp.GetRequiredService<Data.TouchstoneDbContext>().Set<CmcDossierDocumentRecord>().Count(d => d.ApplicationId == id)))).ShouldBe(0);
    }

    [Fact]
    public async Task TheDevelopmentReportGuidanceNamesThePeriodOfTheScheme()
    {
        var (_, email) = await Kit.NewUserAsync("Teun Richtlijn", Role.Candidate);
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);

        var guidance = (await candidate.GetPageAsync("/PersonCertification/Ce")).Text("#guidance-report");

        guidance.ShouldContain($"de afgelopen {CmcSchemeFile.Current.ContinuingEducationPeriodYears} jaar");
    }

    [Fact]
    public async Task TheDossierUploadShowsTheDevelopmentReportGuidanceWithTheSchemesNumbersAndLinksTheCandidateToTheCeLog()
    {
        // Seed 000 footnote 3 and Bijlage Permanente Educatie: what the development report shows; CMC-reglement: assessment: in the
        // dossier at least 2 weeks before the assessment. The same guidance as on the CE page, beside the upload.
        var scheme = CmcSchemeFile.Current;
        var (id, _, email) = await Kit.ReviewRequestedAsync("Vera Verslag " + Guid.NewGuid().ToString("N")[..6]);
        var url = "/PersonCertification/Application/" + id;
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);

        var page = await candidate.GetPageAsync(url);

        page.QuerySelector("form[enctype='multipart/form-data'] + #report-guidance").ShouldNotBeNull("the guidance sits right after the upload form");
        page.Text("#report-guidance h3").ShouldBe("Aanwijzingen voor het ontwikkelverslag");
        page.Text("#report-guidance #guidance-report").ShouldContain($"beschrijf wat u de afgelopen {scheme.ContinuingEducationPeriodYears} jaar werkelijk hebt gedaan");
        page.Text("#report-guidance").ShouldContain($"Minimaal {scheme.MinimumContinuingEducationHours:0} uur verspreid over {scheme.ContinuingEducationPeriodYears} jaar");
        page.Text("#report-guidance").ShouldContain($"Alleen activiteiten op EQF-niveau {scheme.MinimumEqfLevel} of hoger tellen mee.");
        page.Text("#report-guidance #guidance-deadline").ShouldBe($"Zet het verslag minstens {scheme.DevelopmentReportLeadDays} dagen vóór het assessment in uw dossier; de assessoren lezen het vooraf.");
        page.QuerySelector("#report-guidance a#ce-link")!.GetAttribute("href").ShouldBe("/PersonCertification/Ce");

        // The CE page shows the same guidance.
        var ce = await candidate.GetPageAsync("/PersonCertification/Ce");
        ce.Text("#guidance-deadline").ShouldBe(page.Text("#report-guidance #guidance-deadline"));
        ce.Text("#guidance-report").ShouldBe(page.Text("#report-guidance #guidance-report"));

        // Back office, uploading for the candidate, sees the guidance but no link to a CE log of its own.
        var staffPage = await (await app.As(Role.BackOffice)).GetPageAsync(url);
        staffPage.QuerySelector("#report-guidance #guidance-deadline").ShouldNotBeNull();
        staffPage.QuerySelector("#ce-link").ShouldBeNull();
    }

    [Fact]
    public async Task TheAppDoesNotStartWithoutTheSchemeFileAndSaysWhichFileIsMissing()
    {
        AppFixture.SkipUnlessAvailable(app.Provider);
        var missing = Path.Combine(Path.GetTempPath(), "touchstone-tests", Guid.NewGuid().ToString("N"), "cmc-scheme.yaml");
        await using var factory = new TouchstoneFactory(app.Provider);
        await using var withoutScheme = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton(new CmcSchemeLocation(missing))));

        var failure = Should.Throw<InvalidOperationException>(() => withoutScheme.Server);

        failure.Message.ShouldContain("The CMC scheme file is missing");
        failure.Message.ShouldContain(missing);
    }

    [Fact]
    public async Task TheAppDoesNotStartWithAnInvalidSchemeFileAndSaysWhatIsWrong()
    {
        AppFixture.SkipUnlessAvailable(app.Provider);
        var folder = Path.Combine(Path.GetTempPath(), "touchstone-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var invalid = Path.Combine(folder, "cmc-scheme.yaml");
        await File.WriteAllTextAsync(invalid, "scheme: CMC\nversion: \"broken\"\ncertificate:\n  validityYears: 5\n");
        await using var factory = new TouchstoneFactory(app.Provider);
        await using var withBrokenScheme = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton(new CmcSchemeLocation(invalid))));

        var failure = Should.Throw<InvalidOperationException>(() => withBrokenScheme.Server);

        failure.Message.ShouldContain($"The CMC scheme file {invalid} is invalid");
        failure.Message.ShouldContain("sections certificate, continuingEducation, assessment and recertification are required");
        Directory.Delete(folder, recursive: true);
    }
}

public sealed class CmcDossierAndSchemeSqliteTests(SqliteApp app) : CmcDossierAndSchemeTests(app);

public sealed class CmcDossierAndSchemePostgresTests(PostgresApp app) : CmcDossierAndSchemeTests(app);
