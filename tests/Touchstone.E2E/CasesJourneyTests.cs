using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Touchstone.App.Cases;
using Touchstone.App.Exams;

namespace Touchstone.E2E;

/// <summary>
/// Objections in a real browser (issue 6): from the public form through admissibility, re-marking and the
/// committee's decision to the PDF decision letter; and a late objection declared inadmissible with its reasons.
/// </summary>
public sealed partial class CasesJourneyTests(BrowserApp app)
{
    private const string Committee = "examencommissie@touchstone.example";
    private const string BackOffice = "backoffice@touchstone.example";
    private const string Director = "directeur@touchstone.example";

    /// <summary>All requirements of an objection that must be answered "yes"; "submitted by a representative" is answered "no".</summary>
    private static readonly string[] MetRequirements =
    [
        "Ingediend door een rechtstreeks in zijn belang getroffen kandidaat (11.1)",
        "Gericht tegen de uitslag van een examenonderdeel (14)",
        "Gericht aan de examencommissie op het adres van het instituut (16.1)",
        "Aangetekend verzonden (16.2)",
        "Ondertekend (16.4)",
        "Naam vermeld",
        "Huisadres vermeld",
        "Postcode vermeld",
        "Woonplaats vermeld",
        "Overdag bereikbaar telefoonnummer vermeld",
        "Duidelijke omschrijving van het bezwaar tegen de uitslag",
        "Gronden van het bezwaar",
        "Petitum (wat wordt gevraagd)",
        "Het woord 'bezwaarschrift' in kop of onderwerp",
    ];

    private static DateOnly Today => CaseClock.Today(TimeProvider.System);

    [Fact]
    public async Task AnObjectionGoesFromThePublicFormToAMotivatedDecisionLetter()
    {
        BrowserApp.SkipWithoutBrowser();

        // 1. An anonymous candidate submits the objection with the signed letter.
        var candidate = await app.NewPageAsync();
        await candidate.GotoAsync("/Public/Cases/Submit");
        await CheckAsync(candidate, "submit-form");
        await candidate.GetByLabel("Soort").SelectOptionAsync(new SelectOptionValue { Label = "Bezwaar" });
        await candidate.GetByLabel("Naam", new() { Exact = true }).FillAsync("Joris Bezwaarmaker");
        await candidate.GetByLabel("E-mailadres").FillAsync("joris.bezwaar@example.org");
        await candidate.GetByLabel("Huisadres, postcode en woonplaats").FillAsync("Dorpsstraat 1, 1234 AB Ergens");
        await candidate.GetByLabel("Telefoon (overdag)").FillAsync("06-12345678");
        await candidate.GetByLabel("Datum examen, verzending uitslag of gebeurtenis").FillAsync(Date(Today.AddDays(-4)));
        // A real result from the demo exam: Tom Kramer's practical (the objection is linked to it).
        await candidate.GetByLabel("Examen (code)").FillAsync(ExamsDemo.PastCode);
        await candidate.GetByLabel("Kandidaatnummer").FillAsync(ExamsDemo.PastCode + "-002");
        await candidate.GetByLabel("Examenonderdeel").FillAsync("PRAKTIJK");
        await candidate.GetByLabel("Uitslag (O/V/G)").FillAsync("O");
        await candidate.GetByLabel("Onderwerp").FillAsync("Bezwaarschrift tegen de uitslag van het praktijkexamen");
        await candidate.GetByLabel("Omschrijving").FillAsync(
            "Mijn uitwerking van opdracht 3 is ten onrechte als onvoldoende beoordeeld. Ik vraag om hercorrectie van het hele onderdeel.");
        await candidate.GetByLabel("Ondertekende brief of scan").SetInputFilesAsync(new FilePayload
        {
            Name = "bezwaarschrift.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        });
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await candidate.WaitForArrivalAsync("**/Public/Cases/Submitted**");
        var receipt = (await candidate.GetByRole(AriaRole.Status).TextContentAsync())!;
        var reference = ReferencePattern().Match(receipt).Value;
        reference.ShouldStartWith("B-", customMessage: receipt);
        await CheckAsync(candidate, "receipt");
        await candidate.Context.CloseAsync();

        // 2. Back office finds it in the register and completes the admissibility checklist.
        var office = await LogInAsync(BackOffice);
        await office.GetByRole(AriaRole.Link, new() { Name = "Klachten en bezwaren" }).First.ClickAsync();
        await office.WaitForArrivalAsync("**/Cases");
        await office.GetByLabel("Zoeken", new() { Exact = true }).FillAsync(reference);
        await office.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await office.WaitForArrivalAsync(url => url.Contains(reference, StringComparison.Ordinal));
        await office.GetByRole(AriaRole.Cell, new() { Name = "Joris Bezwaarmaker" }).WaitForAsync();
        await CheckAsync(office, "register");
        await office.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await office.WaitForArrivalAsync("**/Cases/Detail/**");
        (await office.Locator("#case-state").TextContentAsync())!.ShouldContain("Ontvangen");
        (await office.Locator("#exam-result").TextContentAsync())!.ShouldContain("werk bewaard");
        var letter = office.GetByRole(AriaRole.Link, new() { Name = "Ondertekende brief of scan" });
        await AssertPdfAsync(office, letter, expectStart: "%PDF-1.4");
        await CheckAsync(office, "detail-received");

        await office.GetByRole(AriaRole.Link, new() { Name = "Ontvankelijkheid" }).ClickAsync();
        await office.WaitForArrivalAsync("**/Cases/Checklist/**");
        await CheckAsync(office, "checklist-empty");
        foreach (var requirement in MetRequirements)
        {
            await Answer(office, requirement, "Ja");
        }

        await Answer(office, "Ingediend door een gemachtigde", "Nee");
        await office.GetByRole(AriaRole.Button, new() { Name = "Checklist opslaan" }).ClickAsync();
        await office.GetByRole(AriaRole.Status).Filter(new() { HasText = "Checklist opgeslagen" }).WaitForAsync();
        await office.GetByText("Alle vereisten zijn vervuld").WaitForAsync();
        await CheckAsync(office, "checklist-admissible");
        await office.GetByRole(AriaRole.Button, new() { Name = "Ontvankelijkheid vaststellen" }).ClickAsync();
        await office.WaitForArrivalAsync("**/Cases/Detail/**");
        await office.GetByRole(AriaRole.Status).Filter(new() { HasText = "Ontvankelijk verklaard" }).WaitForAsync();
        (await office.Locator("#case-state").TextContentAsync())!.ShouldContain("In behandeling");

        // 3. The re-marking: refused for someone involved before (the examiner of the session, known from the exam),
        //    recorded for someone who was not; the new result replaces the practical's result in the exam.
        (await office.Locator("#exam-involved").TextContentAsync())!.ShouldContain("Els Mulder");
        await office.GetByLabel("Nieuwe uitslag").SelectOptionAsync(new SelectOptionValue { Value = "V" });
        await office.GetByLabel("Hercorrector").SelectOptionAsync(new SelectOptionValue { Label = "Els Mulder" });
        await office.GetByLabel("Het volledige onderdeel is opnieuw beoordeeld").CheckAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Hercorrectie vastleggen" }).ClickAsync();
        var refusal = office.GetByRole(AriaRole.Alert).Filter(new() { HasText = "betrokken bij de oorspronkelijke beoordeling" });
        await refusal.WaitForAsync();
        (await refusal.TextContentAsync())!.ShouldContain("Els Mulder");
        await CheckAsync(office, "remark-refused");

        await office.GetByLabel("Nieuwe uitslag").SelectOptionAsync(new SelectOptionValue { Value = "V" });
        await office.GetByLabel("Hercorrector").SelectOptionAsync(new SelectOptionValue { Label = "Mohamed Yilmaz" });
        await office.GetByLabel("Het volledige onderdeel is opnieuw beoordeeld").CheckAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Hercorrectie vastleggen" }).ClickAsync();
        await office.GetByRole(AriaRole.Status).Filter(new() { HasText = "Hercorrectie vastgelegd" }).WaitForAsync();
        await office.GetByText("werd V (door Mohamed Yilmaz").WaitForAsync();
        (await office.Locator("#exam-result strong").TextContentAsync())!.ShouldBe("V");
        await CheckAsync(office, "remarked");
        await office.Context.CloseAsync();

        // 4. The exam committee decides with a written motivation; the decision letter is a PDF.
        var committee = await LogInAsync(Committee);
        await committee.GetByRole(AriaRole.Link, new() { Name = "Klachten en bezwaren" }).First.ClickAsync();
        await committee.WaitForArrivalAsync("**/Cases**");
        await committee.GetByLabel("Zoeken", new() { Exact = true }).FillAsync(reference);
        await committee.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await committee.WaitForArrivalAsync(url => url.Contains(reference, StringComparison.Ordinal));
        await committee.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await committee.WaitForArrivalAsync("**/Cases/Detail/**");
        await committee.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = "Gegrond" });
        await committee.GetByLabel("Motivering").FillAsync(
            "Na hercorrectie van het volledige onderdeel door een niet eerder betrokken corrector is opdracht 3 voldoende. De uitslag wordt V.");
        await CheckAsync(committee, "decide");
        await committee.GetByRole(AriaRole.Button, new() { Name = "Beslissing vastleggen" }).ClickAsync();
        await committee.GetByRole(AriaRole.Status).Filter(new() { HasText = "Beslissing vastgelegd" }).WaitForAsync();
        (await committee.Locator("#case-state").TextContentAsync())!.ShouldContain("Besloten");
        (await committee.Locator("#outcome").TextContentAsync())!.ShouldContain("Gegrond");
        await committee.Locator("p.pre-line", new() { HasText = "niet eerder betrokken corrector is opdracht 3 voldoende" }).WaitForAsync();
        await AssertPdfAsync(committee, committee.GetByRole(AriaRole.Link, new() { Name = "Beslisbrief (PDF)" }), expectStart: "%PDF-");
        await CheckAsync(committee, "decided");

        // The letter is also downloadable as a file by clicking it.
        var download = await committee.RunAndWaitForDownloadAsync(
            () => committee.GetByRole(AriaRole.Link, new() { Name = "Beslisbrief (PDF)" }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"{reference}-beslissing.pdf");
        await committee.Context.CloseAsync();
    }

    [Fact]
    public async Task ALateObjectionIsRegisteredAndDeclaredInadmissibleWithItsReasons()
    {
        BrowserApp.SkipWithoutBrowser();

        // Back office registers a registered letter that was posted and received far too late.
        var office = await LogInAsync(BackOffice);
        await office.GetByRole(AriaRole.Link, new() { Name = "Brief registreren" }).First.ClickAsync();
        await office.WaitForArrivalAsync("**/Cases/New");
        await office.GetByLabel("Soort").SelectOptionAsync(new SelectOptionValue { Label = "Bezwaar" });
        await office.GetByLabel("Wijze van indienen").SelectOptionAsync(new SelectOptionValue { Label = "Aangetekende brief" });
        await office.GetByLabel("Naam", new() { Exact = true }).FillAsync("Laura Laatkomer");
        await office.GetByLabel("Huisadres, postcode en woonplaats").FillAsync("Kerkweg 7, 4321 ZX Elders");
        await office.GetByLabel("Telefoon (overdag)").FillAsync("010-7654321");
        await office.GetByLabel("Datum examen, verzending uitslag of gebeurtenis").FillAsync(Date(Today.AddDays(-60)));
        await office.GetByLabel("Datum poststempel").FillAsync(Date(Today.AddDays(-30)));
        await office.GetByLabel("Ontvangen op").FillAsync(Date(Today.AddDays(-28)));
        await office.GetByLabel("Onderwerp").FillAsync("Bezwaarschrift uitslag theorie-examen");
        await office.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();
        await office.WaitForArrivalAsync("**/Cases/Detail/**");
        var registered = (await office.GetByRole(AriaRole.Status).TextContentAsync())!;
        var reference = ReferencePattern().Match(registered).Value;
        reference.ShouldStartWith("B-", customMessage: registered);

        // The checklist is complete, but the dates make it late.
        await office.GetByRole(AriaRole.Link, new() { Name = "Ontvankelijkheid" }).ClickAsync();
        await office.WaitForArrivalAsync("**/Cases/Checklist/**");
        foreach (var requirement in MetRequirements)
        {
            await Answer(office, requirement, "Ja");
        }

        await Answer(office, "Ingediend door een gemachtigde", "Nee");
        await office.GetByRole(AriaRole.Button, new() { Name = "Checklist opslaan" }).ClickAsync();
        await office.GetByText("Niet alle vereisten zijn vervuld").WaitForAsync();
        (await office.Locator("#failures li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)"))
            .ShouldBe(["objection.sent-late", "objection.received-late"], ignoreOrder: true);
        // The office cannot rule the objection inadmissible: it is told who does, and gets no button.
        (await office.Locator("#completed-by-others").TextContentAsync())!.ShouldContain("Lid examencommissie");
        (await office.GetByRole(AriaRole.Button, new() { Name = "Ontvankelijkheid vaststellen" }).CountAsync()).ShouldBe(0);
        await CheckAsync(office, "late-checklist");
        await office.Context.CloseAsync();

        // Declaring an objection inadmissible is the committee's ruling.
        var committee = await LogInAsync(Committee);
        await committee.GotoAsync("/Cases?type=Objection&q=" + Uri.EscapeDataString(reference));
        await committee.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await committee.WaitForArrivalAsync("**/Cases/Detail/**");
        await committee.GetByRole(AriaRole.Link, new() { Name = "Ontvankelijkheid" }).ClickAsync();
        await committee.WaitForArrivalAsync("**/Cases/Checklist/**");
        await committee.GetByRole(AriaRole.Button, new() { Name = "Ontvankelijkheid vaststellen" }).ClickAsync();
        await committee.WaitForArrivalAsync("**/Cases/Detail/**");
        await committee.GetByRole(AriaRole.Status).Filter(new() { HasText = "Niet-ontvankelijk verklaard" }).WaitForAsync();
        (await committee.Locator("#case-state").TextContentAsync())!.ShouldContain("Niet-ontvankelijk");
        (await committee.Locator("#case-state").TextContentAsync())!.ShouldContain("te laat");
        await committee.GetByRole(AriaRole.Heading, new() { Name = "Redenen van niet-ontvankelijkheid" }).WaitForAsync();
        (await committee.Locator("#reasons li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)"))
            .ShouldBe(["objection.sent-late", "objection.received-late"], ignoreOrder: true);
        (await committee.Locator("#reasons").TextContentAsync())!.ShouldContain("16.3");
        await CheckAsync(committee, "late-inadmissible");
        await committee.Context.CloseAsync();
    }

    // Examenreglement 13.1: a complaint from the public web form, acknowledged, checked, answered by the director with a
    // letter and closed; the back office, not designated, never sees it.
    [Fact]
    public async Task AComplaintGoesFromThePublicFormToTheDirectorsAnswer()
    {
        BrowserApp.SkipWithoutBrowser();

        // 1. Someone from the public submits a complaint on the web form and gets the reference.
        var person = await app.NewPageAsync();
        await person.GotoAsync("/Public/Cases/Submit");
        await person.GetByLabel("Soort").SelectOptionAsync(new SelectOptionValue { Label = "Klacht" });
        await person.GetByLabel("Naam", new() { Exact = true }).FillAsync("Karin Klager");
        await person.GetByLabel("E-mailadres").FillAsync("karin.klacht@example.org");
        await person.GetByLabel("Datum examen, verzending uitslag of gebeurtenis").FillAsync(Date(Today.AddDays(-6)));
        await person.GetByLabel("Onderwerp").FillAsync("Examenlocatie niet toegankelijk");
        await person.GetByLabel("Omschrijving").FillAsync("De examenlocatie was niet toegankelijk met een rolstoel; ik moest buiten wachten.");
        await CheckAsync(person, "complaint-form");
        await person.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await person.WaitForArrivalAsync("**/Public/Cases/Submitted**");
        var receipt = (await person.GetByRole(AriaRole.Status).TextContentAsync())!;
        var reference = ReferencePattern().Match(receipt).Value;
        reference.ShouldStartWith("K-", customMessage: receipt);
        await person.Context.CloseAsync();

        // 2. Complaints are confidential: the back office, not designated, does not find it in the register.
        var office = await LogInAsync(BackOffice);
        await office.GotoAsync("/Cases?q=" + Uri.EscapeDataString(reference));
        (await office.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).CountAsync()).ShouldBe(0);
        await office.Context.CloseAsync();

        // 3. The director checks admissibility: not about a result, within four weeks, written with acknowledgement.
        var director = await LogInAsync(Director);
        await director.GotoAsync("/Cases?type=Complaint&q=" + Uri.EscapeDataString(reference));
        await director.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await director.WaitForArrivalAsync("**/Cases/Detail/**");
        await director.GetByText("vertrouwelijk", new() { Exact = false }).First.WaitForAsync();
        await director.GetByRole(AriaRole.Link, new() { Name = "Ontvankelijkheid" }).ClickAsync();
        await director.WaitForArrivalAsync("**/Cases/Checklist/**");
        await Answer(director, "Gaat over de uitslag van een examenonderdeel (dan is het een bezwaar)", "Nee");
        await director.GetByRole(AriaRole.Button, new() { Name = "Checklist opslaan" }).ClickAsync();
        await director.GetByText("Alle vereisten zijn vervuld").WaitForAsync();
        await CheckAsync(director, "complaint-checklist");
        await director.GetByRole(AriaRole.Button, new() { Name = "Ontvankelijkheid vaststellen" }).ClickAsync();
        await director.WaitForArrivalAsync("**/Cases/Detail/**");
        (await director.Locator("#case-state").TextContentAsync())!.ShouldContain("In behandeling");

        // 4. The director answers with a motivation; the answer goes out as a PDF letter; then the case is closed.
        await director.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = "Gegrond" });
        await director.GetByLabel("Motivering").FillAsync("De locatie had een toegankelijke ingang moeten bieden. Wij kiezen voortaan alleen toegankelijke locaties.");
        await director.GetByRole(AriaRole.Button, new() { Name = "Beslissing vastleggen" }).ClickAsync();
        await director.GetByRole(AriaRole.Status).Filter(new() { HasText = "Beslissing vastgelegd" }).WaitForAsync();
        (await director.Locator("#outcome").TextContentAsync())!.ShouldContain("Gegrond");
        await AssertPdfAsync(director, director.GetByRole(AriaRole.Link, new() { Name = "Beslisbrief (PDF)" }), expectStart: "%PDF-");
        await CheckAsync(director, "complaint-answered");
        await director.GetByRole(AriaRole.Button, new() { Name = "Zaak sluiten" }).ClickAsync();
        await director.GetByRole(AriaRole.Status).Filter(new() { HasText = "Zaak gesloten" }).WaitForAsync();
        (await director.Locator("#case-state").TextContentAsync())!.ShouldContain("Gesloten");
        await CheckAsync(director, "complaint-closed");
        await director.Context.CloseAsync();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Picks yes/no/open in the checklist row of one requirement.</summary>
    private static Task Answer(IPage page, string requirement, string choice) =>
        page.Locator("tr")
            .Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = requirement, Exact = true }) })
            .GetByRole(AriaRole.Radio, new() { Name = choice, Exact = true })
            .CheckAsync();

    /// <summary>The link serves a PDF to the logged-in user (same cookies as the page).</summary>
    private async Task AssertPdfAsync(IPage page, ILocator link, string expectStart)
    {
        var href = await link.GetAttributeAsync("href");
        href.ShouldNotBeNull();
        var response = await page.APIRequest.GetAsync(app.BaseUrl + href);
        response.Status.ShouldBe(200);
        response.Headers["content-type"].ShouldStartWith("application/pdf");
        Encoding.ASCII.GetString(await response.BodyAsync()).ShouldStartWith(expectStart);
    }

    private Task<IPage> LogInAsync(string email) => app.LogInAsync(email);

    private static async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"cases-{name}.png"), FullPage = true });
        await RoleHomeTests.AssertAccessibleAsync(page, name);
    }

    [GeneratedRegex(@"[ZBKA]-\d{4}-\d{4}")]
    private static partial Regex ReferencePattern();
}
