using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Touchstone.E2E;

[assembly: AssemblyFixture(typeof(BrowserApp))]

namespace Touchstone.E2E;

/// <summary>
/// The app on a real port (Kestrel) with a throw-away SQLite database and the demo data, and Debian's
/// Chromium driven by Playwright. Without Chromium the browser tests are skipped with the reason.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "touchstone-e2e", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public static string? ChromiumPath =>
        new[] { Environment.GetEnvironmentVariable("TOUCHSTONE_E2E_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Screenshots go next to the test results: TestResults/screenshots at the repository root.</summary>
    public static string ScreenshotFolder { get; } = FindScreenshotFolder();

    /// <summary>How long an action or an assertion may wait on a loaded machine.</summary>
    public const float ActionTimeout = 60_000;

    public async ValueTask InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(ActionTimeout);
        if (ChromiumPath is null)
        {
            return;
        }

        (_factory, BaseUrl) = StartApp(_folder);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>
    /// Starts the app on a free port with a fresh SQLite database and the demo data in <paramref name="folder"/>;
    /// <paramref name="services"/> may replace services (a journey that needs days to pass brings its own clock).
    /// </summary>
    public static (WebApplicationFactory<Program> Factory, string BaseUrl) StartApp(string folder, Action<IServiceCollection>? services = null)
    {
        Directory.CreateDirectory(folder);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");

            // A free port chosen by the OS: UseKestrel(0) alone leaves Kestrel on its default 5000, which collides
            // with any other run on the machine.
            b.UseUrls("http://127.0.0.1:0");
            b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "e2e.db")}",
                ["Database:MigrateOnStartup"] = "true",
                ["Database:SeedDemoData"] = "true",
                ["Mail:Folder"] = Path.Combine(folder, "mail"),
                ["Logging:LogLevel:Default"] = "Warning",
            }));
            if (services is not null)
            {
                b.ConfigureTestServices(services);
            }
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return (factory, factory.ClientOptions.BaseAddress.ToString().TrimEnd('/'));
    }

    public static void SkipWithoutBrowser()
    {
        if (ChromiumPath is null)
        {
            Assert.Skip("Browser tests need Chromium (/usr/bin/chromium, Debian package `chromium`); .ci/run installs it.");
        }
    }

    /// <summary>Fills in the log-in form already open on <paramref name="page"/> and waits for the home page.</summary>
    public static async Task SubmitLogInAsync(IPage page, string baseUrl, string email, string password = Touchstone.App.Demo.DemoSeeder.Password)
    {
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForArrivalAsync(baseUrl + "/");
    }

    /// <summary>A new browser page, logged in as <paramref name="email"/> (a demo account by default password).</summary>
    public async Task<IPage> LogInAsync(string email, string password = Touchstone.App.Demo.DemoSeeder.Password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await SubmitLogInAsync(page, BaseUrl, email, password);
        return page;
    }

    /// <summary>A new page in a context of its own, on this app or on <paramref name="baseUrl"/> (a journey's own app, <see cref="StartApp"/>).</summary>
    public async Task<IPage> NewPageAsync(string? baseUrl = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl ?? BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // CI runs the browser tests beside the other test projects on a small, loaded machine: give every action
        // a minute before it counts as failed (a real defect still fails, only later).
        context.SetDefaultTimeout(ActionTimeout);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private static string FindScreenshotFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Touchstone.slnx")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
