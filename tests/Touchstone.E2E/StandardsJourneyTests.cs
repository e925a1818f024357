using Microsoft.Playwright;

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
        await page.WaitForURLAsync("**/Assessments");
        await CheckAsync(page, "assessments-contact");
        await page.GetByRole(AriaRole.Link, new() { Name = "Resultaten" }).First.ClickAsync();
        await page.WaitForURLAsync("**/Assessments/Results/**");
        await page.Locator("table.heatmap").WaitForAsync();
        (await page.Locator("table.heatmap tbody tr").CountAsync()).ShouldBe(24);
        await CheckAsync(page, "results-heatmap");
        await page.GetByRole(AriaRole.Link, new() { Name = "Openen" }).First.ClickAsync();
        await page.WaitForURLAsync("**/Assessments/Rate/**");
        await CheckAsync(page, "rate-finalised");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AManagerComparesSelfAndManagerAndSeesTheTeam()
    {
        BrowserApp.SkipWithoutBrowser();
        var page = await LogInAsync("backoffice@touchstone.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Teamoverzicht" }).First.ClickAsync();
        await page.WaitForURLAsync("**/Assessments/Team**");
        await page.Locator("table.team").WaitForAsync();
        (await page.Locator("table.team thead th").CountAsync()).ShouldBe(7);
        await CheckAsync(page, "team");
        await page.GetByLabel("Doelprofiel").SelectOptionAsync("proficient");
        await page.GetByLabel("Niveau uitlichten").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await page.WaitForURLAsync("**preset=proficient**");
        (await page.Locator("table.team td.g").CountAsync()).ShouldBeGreaterThan(0); // outlined: below Vakbekwaam
        (await page.Locator("table.team td.d").CountAsync()).ShouldBeGreaterThan(0); // dimmed: not at level 2
        await CheckAsync(page, "team-profile");
        await page.GotoAsync("/Assessments");
        await page.GetByRole(AriaRole.Link, new() { Name = "Profiel en POP" }).First.ClickAsync();
        await page.WaitForURLAsync("**/Assessments/Competency/**");
        await page.Locator("table.comparison").WaitForAsync();
        (await page.Locator("table.comparison tr.diff").CountAsync()).ShouldBeGreaterThan(0);
        await CheckAsync(page, "competency");
        await page.GotoAsync("/Standards/Framework/vakvolwassenheid/1.0?task=T3");
        await CheckAsync(page, "framework-matrix");
        await page.Context.CloseAsync();
    }
}
