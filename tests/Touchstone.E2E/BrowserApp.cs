using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
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

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath is null)
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");

            // A free port for every run. UseKestrel(0) below only switches to Kestrel: on a factory made by
            // WithWebHostBuilder its port is not applied, so the app fell back to 127.0.0.1:5000 and two runs
            // at once (CI, parallel worktrees) collided with "address already in use".
            b.UseUrls("http://127.0.0.1:0");
            b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "e2e.db")}",
                ["Database:MigrateOnStartup"] = "true",
                ["Database:SeedDemoData"] = "true",
                ["Mail:Folder"] = Path.Combine(_folder, "mail"),
                ["Logging:LogLevel:Default"] = "Warning",
            }));
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public static void SkipWithoutBrowser()
    {
        if (ChromiumPath is null)
        {
            Assert.Skip("Browser tests need Chromium (/usr/bin/chromium, Debian package `chromium`); .ci/run installs it.");
        }
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
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
