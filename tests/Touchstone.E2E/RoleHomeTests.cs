using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Touchstone.App.Demo;
using Touchstone.Domain.Accounts;

namespace Touchstone.E2E;

/// <summary>Every demo role logs in through the real page in a real browser and lands on its home page, which passes axe.</summary>
public sealed class RoleHomeTests(BrowserApp app)
{
    public static TheoryData<Role> Roles() => new(Enum.GetValues<Role>());

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryDemoRoleLogsInAndLandsOnAnAccessibleHomePage(Role role)
    {
        BrowserApp.SkipWithoutBrowser();
        var account = DemoSeeder.Accounts.First(a => a.PrimaryRole == role);
        var page = await app.NewPageAsync();

        await page.GotoAsync("/Account/Login");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("nl");
        await AssertAccessibleAsync(page, $"login-{role}");
        await page.GetByLabel("E-mailadres").FillAsync(account.Email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await page.WaitForArrivalAsync(app.BaseUrl + "/");
        (await page.Locator($"#home-{role}").TextContentAsync())!.ShouldStartWith("Startpagina");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"home-{role}.png"), FullPage = true });
        await AssertAccessibleAsync(page, $"home-{role}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AWrongPasswordIsExplainedAndTheKeyboardReachesTheForm()
    {
        BrowserApp.SkipWithoutBrowser();
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        // The first Tab lands on the skip link, which leads to the main content.
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.className")).ShouldBe("skip-link");

        await page.GetByLabel("E-mailadres").FillAsync("kandidaat@touchstone.example");
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("niet-goed");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Alert).WaitForAsync();
        (await page.GetByRole(AriaRole.Alert).TextContentAsync())!.ShouldContain("onjuist");
        (await page.GetByLabel("E-mailadres").InputValueAsync()).ShouldBe("kandidaat@touchstone.example");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "login-refused.png") });
        await page.Context.CloseAsync();
    }

    internal static async Task AssertAccessibleAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        serious.ShouldBeEmpty($"{name}: " + string.Join("; ", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }
}
