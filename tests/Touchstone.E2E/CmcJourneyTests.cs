using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Touchstone.App.Demo;
using static Microsoft.Playwright.Assertions;

namespace Touchstone.E2E;

/// <summary>
/// Issue 5: the CMC individual route in a real browser, from the application to the public register entry.
/// A fresh candidate (invited by the administrator, password set through the e-mailed link) applies, fills the
/// dossier and requests the review; back office reviews and invites; the candidate requests the assessment;
/// back office plans it with two qualified assessors at least 14 days after the development report; the assessors
/// record it and report positively; the decision-maker grants; back office registers; an anonymous visitor
/// finds the consultant in the register and opens the verification page.
/// An assessment is recorded as held only from its planned date (seed 000, Na een assessment: the report term runs from the
/// assessment), so the journey runs on an app of its own whose clock it moves on to the assessment day; everyone signs in
/// again after that (a session does not outlive the days skipped). The browser is the shared one of <see cref="BrowserApp"/>; the app
/// with the movable clock is the one the exam journey brings (<see cref="ExamsJourneyTests.ClockedApp"/>, one instance per class).
/// </summary>
public sealed partial class CmcJourneyTests(BrowserApp browser, ExamsJourneyTests.ClockedApp app) : IClassFixture<ExamsJourneyTests.ClockedApp>
{
    private const string CandidatePassword = "Zwaluw-journey-2026";
    private const float Patience = BrowserApp.ActionTimeout;

    [Fact]
    public async Task AFreshCandidateWalksTheIndividualRouteIntoThePublicRegister()
    {
        BrowserApp.SkipWithoutBrowser();
        var surname = "Zwaluw" + Guid.NewGuid().ToString("N")[..6];
        var name = "Anna " + surname;
        var email = $"anna.{surname.ToLowerInvariant()}@touchstone.example";

        // The administrator invites the candidate and reads the invitation in the outbox.
        var admin = await LogInAsync("beheerder@touchstone.example", DemoSeeder.Password);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Gebruikers", Exact = true }).First.ClickAsync();
        await admin.WaitForArrivalAsync("**/Admin/Users");
        await admin.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
        await admin.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(email);
        await admin.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync("Candidate");
        await admin.GetByLabel("Reden", new() { Exact = true }).FillAsync("Aanmelding CMC via de website");
        await CheckAsync(admin, "invite");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Expect(admin.GetByText("Uitnodiging verstuurd naar " + email)).ToBeVisibleAsync(new() { Timeout = Patience });

        await admin.GetByRole(AriaRole.Link, new() { Name = "Verzonden e-mail", Exact = true }).First.ClickAsync();
        await admin.WaitForArrivalAsync("**/Admin/Outbox");
        await admin.GetByLabel("Zoeken", new() { Exact = true }).FillAsync(email);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await admin.WaitForArrivalAsync("**/Admin/Outbox?q=**");
        var mail = admin.Locator("tbody tr", new() { HasText = email });
        await Expect(mail).ToHaveCountAsync(1, new() { Timeout = Patience });
        await mail.Locator("summary").ClickAsync();
        var body = await mail.Locator("pre").TextContentAsync() ?? "";
        await CheckAsync(admin, "outbox");
        var link = InvitationLink().Match(body);
        link.Success.ShouldBeTrue($"No invitation link in: {body}");
        await admin.Context.CloseAsync();

        // The candidate chooses a password through the link and logs in.
        var candidate = await NewPageAsync();
        await candidate.GotoAsync(link.Value);
        await Expect(candidate.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welkom — kies uw wachtwoord");
        (await candidate.GetByLabel("E-mailadres").InputValueAsync()).ShouldBe(email);
        await candidate.GetByLabel("Nieuw wachtwoord").FillAsync(CandidatePassword);
        await candidate.GetByLabel("Herhaal het wachtwoord").FillAsync(CandidatePassword);
        await CheckAsync(candidate, "set-password");
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await candidate.WaitForArrivalAsync("**/Account/Login**");
        await LogInOnAsync(candidate, email, CandidatePassword);

        // 1. The CRP form on the individual route.
        await OpenApplicationsAsync(candidate);
        await candidate.GetByRole(AriaRole.Link, new() { Name = "CMC aanvragen", Exact = true }).ClickAsync();
        await candidate.WaitForArrivalAsync("**/PersonCertification/Apply");
        await candidate.GetByLabel("Individueel (CRP)").CheckAsync();
        await candidate.GetByLabel("Woonplaats").FillAsync("Gouda");
        await CheckAsync(candidate, "apply");
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        await candidate.WaitForArrivalAsync(new Regex("/PersonCertification/Application/[0-9a-f-]{36}$"));
        var applicationUrl = candidate.Url;
        await ExpectStateAsync(candidate, "Aangevraagd");

        // 2-4. The dossier: form and contract, accept the contract, development report and statements, complete, request the review.
        await UploadAsync(candidate, "ApplicationForm", "aanvraagformulier.pdf", 1);
        await UploadAsync(candidate, "Contract", "contract.pdf", 2);
        await StepAsync(candidate, "Contract accepteren", "Contract geaccepteerd");
        await UploadAsync(candidate, "DevelopmentReport", "ontwikkelverslag.pdf", 3);
        await UploadAsync(candidate, "EvidenceStatements", "verklaringen.pdf", 4);
        await CheckAsync(candidate, "dossier");
        await StepAsync(candidate, "Dossier compleet melden", "Dossier compleet");
        await StepAsync(candidate, "Dossiertoets aanvragen", "Dossiertoets aangevraagd");

        // 5-6. Back office reviews the dossier as complete and invites the candidate.
        var backOffice = await LogInAsync("backoffice@touchstone.example", DemoSeeder.Password);
        await OpenApplicationAsync(backOffice, name, applicationUrl);
        await CheckAsync(backOffice, "review");
        await StepAsync(backOffice, "Dossier compleet", "Dossiertoets positief");
        await StepAsync(backOffice, "Uitnodigen voor assessment", "Uitgenodigd voor assessment");

        // The candidate requests the assessment and so consents to the assessors reading the development report.
        await candidate.ReloadAsync();
        await candidate.GetByLabel("Ik geef toestemming dat de assessoren mijn ontwikkelverslag lezen.").CheckAsync();
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Assessment aanvragen" }).ClickAsync();
        await Expect(candidate.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het assessment is aangevraagd; uw toestemming is vastgelegd.", new() { Timeout = Patience });
        await Expect(candidate.GetByRole(AriaRole.Term).Filter(new() { HasText = "Toestemming verslag delen met assessoren" })).ToBeVisibleAsync();

        // Planning: two qualified, independent assessors, at least 14 days after the development report entered the dossier.
        await backOffice.ReloadAsync();
        var earliestText = await backOffice.Locator("#earliest").TextContentAsync() ?? "";
        var earliest = DateOnly.ParseExact(IsoDate().Match(earliestText).Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reportLine = await backOffice.Locator("li", new() { HasText = "ontwikkelverslag.pdf" }).TextContentAsync() ?? "";
        var reportAddedOn = DateOnly.ParseExact(IsoDate().Match(reportLine).Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        earliest.ShouldBe(reportAddedOn.AddDays(14));
        var assessmentDate = earliest.AddDays(7);
        await SelectAssessorAsync(backOffice, "Eerste assessor", "Henk Bakker");
        await SelectAssessorAsync(backOffice, "Tweede assessor", "Yvonne Kok");
        await backOffice.GetByLabel("Datum", new() { Exact = true }).FillAsync(assessmentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await backOffice.GetByLabel("Begintijd (90 minuten)").FillAsync("10:00");
        await backOffice.GetByLabel("Locatie", new() { Exact = true }).FillAsync("CIIO, Stationsplein 1, Amersfoort");
        await CheckAsync(backOffice, "plan");
        await StepAsync(backOffice, "Plannen en uitnodigen", "Assessment gepland");
        var planned = await backOffice.Locator("dd", new() { HasText = "Amersfoort" }).TextContentAsync() ?? "";
        planned.ShouldContain(assessmentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 10:00–11:30");
        await Expect(backOffice.Locator("#report-due")).ToContainTextAsync(assessmentDate.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await CheckAsync(backOffice, "planned");
        await backOffice.Context.CloseAsync();
        await candidate.Context.CloseAsync();

        // Before the day the assessment cannot be recorded as held: the page names the planned date.
        var henk = await LogInAsync("assessor@touchstone.example", DemoSeeder.Password);
        await OpenApplicationAsync(henk, name, applicationUrl);
        await henk.GetByRole(AriaRole.Button, new() { Name = "Assessment gehouden", Exact = true }).ClickAsync();
        await Expect(henk.Locator(".errors")).ToContainTextAsync(
            $"Het assessment is gepland op {assessmentDate.ToString("d-M-yyyy", CultureInfo.InvariantCulture)}; het kan pas vanaf die dag als gehouden worden vastgelegd",
            new() { Timeout = Patience });
        await Expect(henk.Locator("#state")).ToHaveTextAsync("Assessment gepland");
        await CheckAsync(henk, "held-too-early");
        await henk.Context.CloseAsync();

        // The assessment day comes. The first assessor records the assessment as held; the second writes the report with a positive advice.
        app.Clock.Advance(TimeSpan.FromDays(assessmentDate.DayNumber - Today().DayNumber));
        Today().ShouldBe(assessmentDate);
        henk = await LogInAsync("assessor@touchstone.example", DemoSeeder.Password);
        await OpenApplicationAsync(henk, name, applicationUrl);
        await StepAsync(henk, "Assessment gehouden", "Assessment gehouden");
        await henk.Context.CloseAsync();

        var yvonne = await LogInAsync("assessor2@touchstone.example", DemoSeeder.Password);
        await OpenApplicationAsync(yvonne, name, applicationUrl);
        await yvonne.GetByLabel("Advies", new() { Exact = true }).SelectOptionAsync("Positive");
        await yvonne.GetByLabel("Onderbouwing van het advies").FillAsync("Laat overtuigend zien hoe de competenties zich de afgelopen jaren ontwikkelden; reflecteert helder.");
        await yvonne.GetByLabel("Verslag", new() { Exact = true }).FillAsync("Gesprek van een uur over de ontwikkeling van de competenties, gevolgd door de mondelinge terugkoppeling.");
        await CheckAsync(yvonne, "report");
        await StepAsync(yvonne, "Verslag indienen", "Verslag ingediend");
        await yvonne.Context.CloseAsync();

        // 7. The decision-maker grants: a certificate with a number.
        var decider = await LogInAsync("beslisser@touchstone.example", DemoSeeder.Password);
        await OpenApplicationAsync(decider, name, applicationUrl);
        await decider.GetByLabel("Besluit", new() { Exact = true }).SelectOptionAsync("Granted");
        await CheckAsync(decider, "decide");
        await StepAsync(decider, "Besluit vastleggen", "Gecertificeerd");
        var number = await decider.Locator("a[href^='/Public/Certificate/']").TextContentAsync() ?? "";
        number.ShouldMatch(@"^CMC-\d{4}-\d+$");
        await decider.Context.CloseAsync();

        // Not in the public register until back office registers it.
        var visitor = await NewPageAsync();
        await SearchRegisterAsync(visitor, surname);
        await Expect(visitor.Locator("#register tbody")).Not.ToContainTextAsync(number);

        backOffice = await LogInAsync("backoffice@touchstone.example", DemoSeeder.Password);
        await OpenApplicationAsync(backOffice, name, applicationUrl);
        await StepAsync(backOffice, "In register opnemen", "In register");
        await CheckAsync(backOffice, "registered");
        await backOffice.Context.CloseAsync();
        candidate = await LogInAsync(email, CandidatePassword);
        await candidate.GotoAsync(applicationUrl);
        await ExpectStateAsync(candidate, "In register");
        await candidate.Context.CloseAsync();

        // 8. An anonymous visitor finds the consultant in the register and verifies the certificate.
        await SearchRegisterAsync(visitor, surname.ToLowerInvariant());
        var row = visitor.Locator("#register tbody tr", new() { HasText = number });
        await Expect(row).ToHaveCountAsync(1, new() { Timeout = Patience });
        await Expect(row).ToContainTextAsync(name);
        await Expect(row).ToContainTextAsync("Gouda");
        await Expect(row).ToContainTextAsync("Actief");
        await CheckAsync(visitor, "register");
        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await visitor.WaitForArrivalAsync("**/Public/Certificate/" + number);
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("CMC-certificaat " + number);
        await Expect(visitor.Locator("#status")).ToHaveTextAsync("Actief");
        await Expect(visitor.Locator("#certificate")).ToContainTextAsync(name);
        await Expect(visitor.Locator("figure.qr svg")).ToHaveCountAsync(1);
        await CheckAsync(visitor, "certificate");
        await visitor.Context.CloseAsync();
    }

    private DateOnly Today() => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A new page of the shared browser on this journey's own app.</summary>
    private Task<IPage> NewPageAsync() => browser.NewPageAsync(app.BaseUrl);

    private async Task<IPage> LogInAsync(string email, string password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await LogInOnAsync(page, email, password);
        return page;
    }

    private Task LogInOnAsync(IPage page, string email, string password) => BrowserApp.SubmitLogInAsync(page, app.BaseUrl, email, password);

    private static async Task OpenApplicationsAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "CMC-aanvragen", Exact = true }).First.ClickAsync();
        await page.WaitForArrivalAsync("**/PersonCertification");
    }

    /// <summary>From the list of applications to the candidate's application, by clicking the name.</summary>
    private static async Task OpenApplicationAsync(IPage page, string candidateName, string applicationUrl)
    {
        await OpenApplicationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = candidateName, Exact = true }).ClickAsync();
        await page.WaitForArrivalAsync(applicationUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("CMC-aanvraag van " + candidateName);
    }

    private static async Task UploadAsync(IPage page, string type, string fileName, int expectedDocuments)
    {
        var pdf = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {fileName} for the CMC journey\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        await page.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync(type);
        await page.GetByLabel("Bestand (PDF, PNG, JPEG of DOCX, hoogstens 10 MB)").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen aan dossier" }).ClickAsync();
        await ExpectOrExplainAsync(page, Expect(page.Locator("a[href*='handler=Document']")).ToHaveCountAsync(expectedDocuments, new() { Timeout = Patience }));
        await Expect(page.Locator("a[href*='handler=Document']", new() { HasText = fileName })).ToHaveCountAsync(1);
    }

    /// <summary>Clicks the button of a step and waits until the page shows the new state (or reports the refusal).</summary>
    private static async Task StepAsync(IPage page, string button, string expectedState)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await ExpectStateAsync(page, expectedState);
    }

    private static Task ExpectStateAsync(IPage page, string expectedState) =>
        ExpectOrExplainAsync(page, Expect(page.Locator("#state")).ToHaveTextAsync(expectedState, new() { Timeout = Patience }));

    private static async Task ExpectOrExplainAsync(IPage page, Task expectation)
    {
        try
        {
            await expectation;
        }
        catch (PlaywrightException e)
        {
            var errors = await page.Locator(".errors").AllTextContentsAsync();
            throw new InvalidOperationException($"{e.Message}\nPage errors: {string.Join(" | ", errors)}", e);
        }
    }

    private static async Task SelectAssessorAsync(IPage page, string label, string assessor)
    {
        var select = page.GetByLabel(label, new() { Exact = true });
        var value = await select.Locator("option", new() { HasText = assessor }).GetAttributeAsync("value");
        value.ShouldNotBeNullOrEmpty($"{assessor} is not offered as {label}");
        await select.SelectOptionAsync(value!);
    }

    private static async Task SearchRegisterAsync(IPage page, string query)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "CMC-register", Exact = true }).First.ClickAsync();
        await page.WaitForArrivalAsync("**/Public/Register");
        await page.GetByLabel("Naam, plaats of certificaatnummer").FillAsync(query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await page.WaitForArrivalAsync("**/Public/Register?q=**");
    }

    private static async Task CheckAsync(IPage page, string step)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"cmc-{step}.png"), FullPage = true });
        await RoleHomeTests.AssertAccessibleAsync(page, "cmc-" + step);
    }

    [GeneratedRegex(@"https?://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex InvitationLink();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
