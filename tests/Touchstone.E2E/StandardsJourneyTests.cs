using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Touchstone.E2E;

/// <summary>The standards and assessment pages in a real browser: reachable by clicking, and accessible (axe).</summary>
public sealed class StandardsJourneyTests(BrowserApp app)
{
    private Task<IPage> LogInAsync(string email) => app.LogInAsync(email);

    private static async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"standards-{name}.png"), FullPage = true });
        await RoleHomeTests.AssertAccessibleAsync(page, name);
    }

    [Fact]
    public async Task AnOrganisationContactOpensTheSelfEvaluationHeatMapAndTheRatingForm()
    {
        BrowserApp.SkipWithoutBrowser();
        var page = await LogInAsync("contactpersoon@touchstone.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Beoordelingen" }).First.ClickAsync();
        await page.WaitForArrivalAsync("**/Assessments");
        await CheckAsync(page, "assessments-contact");
        await page.GetByRole(AriaRole.Link, new() { Name = "Resultaten" }).First.ClickAsync();
        await page.WaitForArrivalAsync("**/Assessments/Results/**");
        await page.Locator("table.heatmap").WaitForAsync();
        (await page.Locator("table.heatmap tbody tr").CountAsync()).ShouldBe(24);
        await CheckAsync(page, "results-heatmap");
        await page.GetByRole(AriaRole.Link, new() { Name = "Openen" }).First.ClickAsync();
        await page.WaitForArrivalAsync("**/Assessments/Rate/**");
        await CheckAsync(page, "rate-finalised");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Issue 3 "done when": the organisation contact starts a Maatstaf self-evaluation, rates requirements on the
    /// scale with a comment, saves the draft and submits; the auditor finalises; the heat map shows the ratings;
    /// a change sent afterwards (from a page opened while it was still a draft) is refused with the lock message.
    /// </summary>
    [Fact]
    public async Task AnOrganisationContactCompletesASelfEvaluationThatTheAuditorFinalises()
    {
        BrowserApp.SkipWithoutBrowser();
        var cycle = "E2E-" + Guid.NewGuid().ToString("N")[..6];
        var contact = await LogInAsync("contactpersoon@touchstone.example");
        await contact.GetByRole(AriaRole.Link, new() { Name = "Beoordelingen" }).First.ClickAsync();
        await contact.WaitForArrivalAsync("**/Assessments");
        var subject = contact.GetByLabel("Onderwerp", new() { Exact = true });
        var organisation = await subject.Locator("option[value^='Organisation:']").First.GetAttributeAsync("value");
        organisation.ShouldNotBeNullOrEmpty("The contact is not offered their organisation as subject");
        await subject.SelectOptionAsync(organisation!);
        await contact.GetByLabel("Norm", new() { Exact = true }).SelectOptionAsync("maatstaf@2016");
        await contact.GetByLabel("Rol van de beoordelaar", new() { Exact = true }).SelectOptionAsync("Self");
        await contact.GetByLabel("Cyclus", new() { Exact = true }).FillAsync(cycle);
        await contact.GetByRole(AriaRole.Button, new() { Name = "Beoordeling starten" }).ClickAsync();
        await contact.WaitForArrivalAsync(new Regex("/Assessments/Rate/[0-9a-f-]{36}$"));
        var rateUrl = contact.Url;
        await Expect(contact.Locator("main")).ToContainTextAsync("Concept");

        // Draft: three requirements rated with a comment, each saved.
        await RateAsync(contact, "K1.1", "3", "Omgevingsanalyse jaarlijks in het MT besproken.");
        await RateAsync(contact, "K1.2", "2", "Belanghebbenden benoemd, nog niet geëvalueerd.");
        await RateAsync(contact, "K2.1", "4", "Missie en visie staan op intranet en worden uitgedragen.");
        await contact.ReloadAsync();
        (await contact.Locator("[id='v-K1.1']").InputValueAsync()).ShouldBe("3");
        (await contact.Locator("[id='c-K1.2']").InputValueAsync()).ShouldBe("Belanghebbenden benoemd, nog niet geëvalueerd.");
        await CheckAsync(contact, "self-evaluation-draft");

        // A second tab, opened while still a draft, will try to change it after finalising.
        var stale = await contact.Context.NewPageAsync();
        await stale.GotoAsync(rateUrl);

        await contact.GetByRole(AriaRole.Button, new() { Name = "Indienen", Exact = true }).ClickAsync();
        await Expect(contact.Locator("main")).ToContainTextAsync("Ingediend");
        (await contact.Locator("[id='v-K1.1']").CountAsync()).ShouldBe(0); // no longer editable
        await CheckAsync(contact, "self-evaluation-submitted");

        // The certification body (auditor) finalises.
        var auditor = await LogInAsync("auditor@touchstone.example");
        await auditor.GotoAsync(rateUrl);
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Vaststellen (definitief)" }).ClickAsync();
        await Expect(auditor.Locator("p.notice")).ToHaveTextAsync("Deze beoordeling is vastgesteld en kan niet meer worden gewijzigd.");
        await CheckAsync(auditor, "self-evaluation-finalised");
        await auditor.Context.CloseAsync();

        // The heat map shows the ratings: K1 two rated (3 and 2 → 2.50), K2 one rated (4).
        await contact.GetByRole(AriaRole.Link, new() { Name = "Resultaten" }).First.ClickAsync();
        await contact.WaitForArrivalAsync("**/Assessments/Results/**");
        var k1 = contact.Locator("table.heatmap tbody tr", new() { Has = contact.Locator("th", new() { HasTextRegex = new Regex("^K1$") }) });
        await Expect(k1.Locator("td").Nth(2)).ToHaveTextAsync("2");
        await Expect(k1.Locator("td").Nth(3)).ToHaveTextAsync(new Regex("^2[.,]50$"));
        var k2 = contact.Locator("table.heatmap tbody tr", new() { Has = contact.Locator("th", new() { HasTextRegex = new Regex("^K2$") }) });
        await Expect(k2.Locator("td").Nth(3)).ToHaveTextAsync(new Regex("^4[.,]00$"));
        await CheckAsync(contact, "self-evaluation-results");

        // The stale tab's change is refused with the message; the rating stays as finalised.
        await stale.Locator("#v-K1\\.1").SelectOptionAsync("1");
        await stale.Locator("#i-K1\\.1").GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(stale.Locator(".errors")).ToContainTextAsync("De beoordeling is vastgesteld en kan niet meer worden gewijzigd.");
        await CheckAsync(stale, "self-evaluation-refused");
        await contact.GotoAsync(rateUrl);
        await Expect(contact.Locator("#i-K1\\.1")).ToContainTextAsync("3 · Aanwezig en werkt aantoonbaar");
        await contact.Context.CloseAsync();
    }

    private static async Task RateAsync(IPage page, string item, string value, string comment)
    {
        var block = page.Locator($"#i-{item.Replace(".", "\\.", StringComparison.Ordinal)}");
        await block.Locator("select[name=value]").SelectOptionAsync(value);
        await block.Locator("textarea[name=comment]").FillAsync(comment);
        await block.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByText("Opgeslagen.")).ToBeVisibleAsync();
        await Expect(block.Locator("select[name=value]")).ToHaveValueAsync(value);
    }

    [Fact]
    public async Task AManagerComparesSelfAndManagerAndSeesTheTeam()
    {
        BrowserApp.SkipWithoutBrowser();
        var page = await LogInAsync("backoffice@touchstone.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Teamoverzicht" }).First.ClickAsync();
        await page.WaitForArrivalAsync("**/Assessments/Team**");
        await page.Locator("table.team").WaitForAsync();
        (await page.Locator("table.team thead th").CountAsync()).ShouldBe(7);
        await CheckAsync(page, "team");
        await page.GetByLabel("Doelprofiel").SelectOptionAsync("proficient");
        await page.GetByLabel("Niveau uitlichten").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await page.WaitForArrivalAsync("**preset=proficient**");
        (await page.Locator("table.team td.g").CountAsync()).ShouldBeGreaterThan(0); // outlined: below Vakbekwaam
        (await page.Locator("table.team td.d").CountAsync()).ShouldBeGreaterThan(0); // dimmed: not at level 2
        await CheckAsync(page, "team-profile");
        await page.GotoAsync("/Assessments");
        await page.GetByRole(AriaRole.Link, new() { Name = "Profiel en POP" }).First.ClickAsync();
        await page.WaitForArrivalAsync("**/Assessments/Competency/**");
        await page.Locator("table.comparison").WaitForAsync();
        (await page.Locator("table.comparison tr.diff").CountAsync()).ShouldBeGreaterThan(0);
        await CheckAsync(page, "competency");
        await page.GotoAsync("/Standards/Framework/vakvolwassenheid/1.0?task=T3");
        await CheckAsync(page, "framework-matrix");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Issue 3 point 3 "printable": the framework page as the browser prints it (print media): the navigation and the
    /// buttons are gone, every task's level × dimension matrix fits the paper's width, and the print is a real PDF.
    /// </summary>
    [Fact]
    public async Task TheFrameworkPrintsWithoutNavigationAndWithEveryMatrixWithinThePage()
    {
        BrowserApp.SkipWithoutBrowser();
        var page = await LogInAsync("backoffice@touchstone.example");
        await page.GotoAsync("/Standards/Framework/vakvolwassenheid/1.0");
        await Expect(page.Locator(".main-nav")).ToBeVisibleAsync();

        // A4 at 96 dpi is 794 px wide; the print stylesheet sets 1.5 cm margins.
        await page.SetViewportSizeAsync(794, 1123);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".main-nav")).ToBeHiddenAsync();
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        (await page.Locator("main button:visible").CountAsync()).ShouldBe(0);
        var matrices = page.Locator("table.matrix");
        (await matrices.CountAsync()).ShouldBe(10);
        var widths = await matrices.EvaluateAllAsync<double[]>("ts => ts.map(t => t.getBoundingClientRect().right)");
        widths.ShouldAllBe(right => right <= 794);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "standards-framework-print.png"), FullPage = true });

        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Issue 3 "done when": a self/manager comparison made in the browser. The client manager rates herself on two
    /// task dimensions and submits; her manager rates the same two in the same cycle, agreeing on one and not on the
    /// other; the profile page puts them side by side and highlights only the difference.
    /// </summary>
    [Fact]
    public async Task AClientManagerAndHerManagerRateTheSameItemsAndTheProfileHighlightsWhereTheyDiffer()
    {
        BrowserApp.SkipWithoutBrowser();
        var cycle = "E2E-" + Guid.NewGuid().ToString("N")[..6];

        var self = await LogInAsync("kandidaat@touchstone.example");
        await StartCompetencyAssessmentAsync(self, "Mijzelf", "Self", cycle);
        await RateLevelAsync(self, "T1.A", "vakbekwaam");
        await RateLevelAsync(self, "T1.B", "basis");
        await self.GetByRole(AriaRole.Button, new() { Name = "Indienen", Exact = true }).ClickAsync();
        await Expect(self.Locator("main")).ToContainTextAsync("Ingediend");
        await CheckAsync(self, "competency-self-submitted");
        await self.Context.CloseAsync();

        var manager = await LogInAsync("backoffice@touchstone.example");
        await StartCompetencyAssessmentAsync(manager, "Sanne de Vries", "Manager", cycle);
        await RateLevelAsync(manager, "T1.A", "vakbekwaam");
        await RateLevelAsync(manager, "T1.B", "vakvolwassen");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Profiel en POP" }).First.ClickAsync();
        await manager.WaitForArrivalAsync("**/Assessments/Competency/**");

        var t1a = manager.Locator("table.comparison tbody tr", new() { Has = manager.Locator("th", new() { HasTextRegex = new Regex("^T1\\.A$") }) });
        var t1b = manager.Locator("table.comparison tbody tr", new() { Has = manager.Locator("th", new() { HasTextRegex = new Regex("^T1\\.B$") }) });
        await Expect(t1a).Not.ToHaveClassAsync("diff");
        await Expect(t1a.Locator("td").Nth(1)).ToContainTextAsync("Vakbekwaam");
        await Expect(t1a.Locator("td").Nth(2)).ToContainTextAsync("Vakbekwaam");
        await Expect(t1b).ToHaveClassAsync("diff");
        await Expect(t1b.Locator("td").Nth(1)).ToContainTextAsync("Basis");
        await Expect(t1b.Locator("td").Nth(2)).ToContainTextAsync("Vakvolwassen");
        await Expect(t1b.Locator("td").Nth(3)).ToContainTextAsync("+2");
        (await manager.Locator("table.comparison tr.diff").CountAsync()).ShouldBe(1); // only T1.B: the rest is unrated by both
        await CheckAsync(manager, "competency-compared");
        await manager.Context.CloseAsync();
    }

    private static async Task StartCompetencyAssessmentAsync(IPage page, string subject, string raterRole, string cycle)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Beoordelingen" }).First.ClickAsync();
        await page.WaitForArrivalAsync("**/Assessments");
        await page.GetByLabel("Onderwerp", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = subject });
        await page.GetByLabel("Norm", new() { Exact = true }).SelectOptionAsync("vakvolwassenheid@1.0");
        await page.GetByLabel("Rol van de beoordelaar", new() { Exact = true }).SelectOptionAsync(raterRole);
        await page.GetByLabel("Cyclus", new() { Exact = true }).FillAsync(cycle);
        await page.GetByRole(AriaRole.Button, new() { Name = "Beoordeling starten" }).ClickAsync();
        await page.WaitForArrivalAsync(new Regex("/Assessments/Rate/[0-9a-f-]{36}$"));
    }

    private static async Task RateLevelAsync(IPage page, string item, string level)
    {
        var block = page.Locator($"#i-{item.Replace(".", "\\.", StringComparison.Ordinal)}");
        await block.Locator("select[name=value]").SelectOptionAsync(level);
        await block.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByText("Opgeslagen.")).ToBeVisibleAsync();
        await Expect(block.Locator("select[name=value]")).ToHaveValueAsync(level);
    }
}
