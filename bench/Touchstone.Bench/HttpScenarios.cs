using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Standards;
using Touchstone.Domain.PersonCertification;
using Touchstone.Web.Infrastructure.Hosting;

namespace Touchstone.Bench;

/// <summary>
/// The same data as the handler-level scenarios, but measured as an HTTP answer: the real web app (Production
/// environment, demo data seeded) on Kestrel at 127.0.0.1, a logged-in HttpClient, full response body read.
/// teamview-http: /Assessments/Team for the back-office demo user, the generated team, Vakbekwaam profile (--people, --runs).
/// ce-dashboard-http: /PersonCertification/Ce for the demo candidate with 1,000 activities (--activities, --others, --runs).
/// register-search-http: GET /api/public/cmc-register and the page /Public/Register over 100,000 consultants (--consultants, --runs).
/// </summary>
internal static partial class HttpScenarios
{
    public static int TeamView(string[] args)
    {
        var people = CmcScenarios.Option(args, "--people", 500);
        var runs = CmcScenarios.Option(args, "--runs", 21);
        var seed = CmcScenarios.Option(args, "--seed", 2026);
        using var web = WebApp.Start();
        var setup = System.Diagnostics.Stopwatch.StartNew();
        using (var db = web.NewContext())
        {
            // The demo seed imported the standard already; generate the department against the stored version.
            var framework = new GetFrameworkHandler(db).FindAsync("vakvolwassenheid", "1.0", default).GetAwaiter().GetResult()!;
            // Rated by the back-office demo user, so the department is one of the teams that user manages (and sees).
            var manager = db.Users.Where(u => u.Email == "backoffice@touchstone.example").Select(u => u.Id).Single();
            TeamViewScenario.Generate(db, framework, people, seed, manager);
            db.SaveChanges();
        }

        Console.WriteLine($"Team view over HTTP: {people:N0} client managers × 3 finalised assessments in team '{TeamViewScenario.Team}' (plus the demo team); generated in {setup.ElapsedMilliseconds:N0} ms");
        using var client = web.LogIn("backoffice@touchstone.example");
        var team = Uri.EscapeDataString(TeamViewScenario.Team);
        var page = Time(client, "GET /Assessments/Team (team, proficient profile; page 1 of 50 people)", $"/Assessments/Team?team={team}&preset=proficient", runs, out var size);
        Console.WriteLine($"  page size {size / 1024.0:N0} KB");
        Time(client, "GET /Assessments/Team (same, last page)", $"/Assessments/Team?team={team}&preset=proficient&p={(people + 49) / 50}", runs, out _);
        var all = Time(client, "GET /Assessments/Team (same, all people on one page)", $"/Assessments/Team?team={team}&preset=proficient&all=true", runs, out var allSize);
        Console.WriteLine($"  page size {allSize / 1024.0:N0} KB");
        var task = Time(client, "GET /Assessments/Team (one task T3, level 2)", $"/Assessments/Team?team={team}&preset=proficient&group=T3&level=2", runs, out _);
        Time(client, "GET /Assessments/Team?handler=Xlsx", $"/Assessments/Team?handler=Xlsx&team={team}", Math.Max(5, runs / 3), out var xlsx);
        Console.WriteLine($"  XLSX size {xlsx / 1024.0:N0} KB");
        Console.WriteLine($"target: page median under 300 ms -> {(page < 300 ? "met" : "NOT met")} ({page:F1} ms; all people {all:F1} ms; one task {task:F1} ms)");
        return page < 300 ? 0 : 1;
    }

    public static int CeDashboard(string[] args)
    {
        var activities = CmcScenarios.Option(args, "--activities", 1000);
        var others = CmcScenarios.Option(args, "--others", 200);
        var runs = CmcScenarios.Option(args, "--runs", 21);
        const string email = "kandidaat@touchstone.example";
        using var web = WebApp.Start();
        using (var db = web.NewContext())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var candidate = db.Users.Single(u => u.Email == email).Id;
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var period = GetPeriod(db, candidate, today);
            var rnd = new Random(2026);
            CmcScenarios.LogActivities(db, candidate, activities, rnd, period);
            for (var o = 0; o < others; o++)
            {
                CmcScenarios.LogActivities(db, Guid.CreateVersion7().ToString(), 100, rnd, period);
            }

            db.SaveChanges();
        }

        Console.WriteLine($"CE dashboard over HTTP: demo candidate with {activities:N0} generated activities (plus demo ones), {others:N0} other consultants with 100 each");
        using var client = web.LogIn(email);
        var median = Time(client, "GET /PersonCertification/Ce", "/PersonCertification/Ce", runs, out var size);
        Console.WriteLine($"  page size {size / 1024.0:N0} KB");
        Console.WriteLine($"target: page median under 100 ms -> {(median < 100 ? "met" : "NOT met")} ({median:F1} ms)");
        return median < 100 ? 0 : 1;
    }

    public static int RegisterSearch(string[] args)
    {
        var consultants = CmcScenarios.Option(args, "--consultants", 100_000);
        var runs = CmcScenarios.Option(args, "--runs", 21);
        using var web = WebApp.Start();
        var sample = CmcScenarios.BulkInsert(web.ConnectionString, consultants, firstSequence: 500_000);
        Console.WriteLine($"Register search over HTTP: {consultants:N0} generated consultants (plus the demo ones); anonymous client, rate limit raised for the bench");
        using var client = web.Anonymous();
        var queries = new (string Name, string Query)[]
        {
            ("common surname 'jansen'", "q=jansen"),
            ("name prefix 'van d'", "q=van%20d"),
            ("town 'amersfoort', page 5", "q=amersfoort&page=5"),
            ("name + town 'de vries utrecht'", "q=de%20vries%20utrecht"),
            ("certificate number", "q=" + Uri.EscapeDataString(sample)),
            ("no query, page 1", "page=1"),
            ("no query, page 2000", "page=2000"),
            ("no match 'xyzzy'", "q=xyzzy"),
        };
        var medians = new List<double>();
        foreach (var (name, query) in queries)
        {
            medians.Add(Time(client, "API " + name, "/api/public/cmc-register?" + query, runs, out _));
        }

        var pageJansen = Time(client, "page /Public/Register?q=jansen", "/Public/Register?q=jansen", runs, out _);
        var pageAll = Time(client, "page /Public/Register (no query)", "/Public/Register", runs, out _);
        medians.Sort();
        Console.WriteLine($"API median over the query mix: {medians[medians.Count / 2]:F1} ms; worst query median {medians[^1]:F1} ms; pages {pageJansen:F1} / {pageAll:F1} ms");
        return 0;
    }

    private static CePeriod GetPeriod(TouchstoneDbContext db, string userId, DateOnly today) =>
        Touchstone.App.PersonCertification.GetCeDashboardHandler.PeriodForAsync(db, userId, today, Touchstone.App.PersonCertification.CmcSchemeFile.Current, default)
            .GetAwaiter().GetResult();

    /// <summary>Warm-up, then N sequential GETs with the body read completely; fails on anything but 200.</summary>
    private static double Time(HttpClient client, string name, string url, int runs, out long bytes)
    {
        long size = 0;
        var (median, _, _) = Measure.Run(name, 3, runs, () =>
        {
            using var response = client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {response.StatusCode}");
            }

            size = body.Length;
        });
        bytes = size;
        return median;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>The web app in this process: a temp SQLite file migrated and seeded with the demo data, Kestrel on a free port.</summary>
    private sealed class WebApp : IDisposable
    {
        private readonly string _folder;
        private readonly WebApplication _app;
        private readonly Uri _address;

        private WebApp(string folder, WebApplication app, Uri address)
        {
            _folder = folder;
            _app = app;
            _address = address;
        }

        public string ConnectionString => $"Data Source={Path.Combine(_folder, "bench.db")}";

        public static WebApp Start()
        {
            var folder = Path.Combine(Path.GetTempPath(), "touchstone-bench-http-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            var web = Path.GetDirectoryName(Measure.FindUp(Path.Combine("src", "Touchstone.Web", "Touchstone.Web.csproj")))!;
            string[] args = ["--environment=Production", "--contentRoot=" + web, "--urls=http://127.0.0.1:0"];
            var app = TouchstoneHost.Build(args, builder =>
            {
                // The pages are compiled into Touchstone.Web, not into this entry assembly.
                builder.Environment.ApplicationName = typeof(TouchstoneHost).Assembly.GetName().Name!;
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Database:Provider"] = "Sqlite",
                    ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")}",
                    ["Database:MigrateOnStartup"] = "true",
                    ["Database:SeedDemoData"] = "true",
                    ["Mail:Folder"] = Path.Combine(folder, "mail"),
                    ["Touchstone:PublicLookupsPerMinute"] = "1000000",
                    ["Touchstone:MaxFailedLogins"] = "20",
                    ["Logging:LogLevel:Default"] = "Warning",
                    ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
                });
            });
            var started = System.Diagnostics.Stopwatch.StartNew();
            app.StartAsync().GetAwaiter().GetResult();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Console.WriteLine($"web app (Production, demo data) listening on {address}; started in {started.Elapsed.TotalSeconds:F1} s");
            return new WebApp(folder, app, new Uri(address));
        }

        public SqliteTouchstoneDbContext NewContext() =>
            new(new DbContextOptionsBuilder<SqliteTouchstoneDbContext>().UseSqlite(ConnectionString).Options);

        public HttpClient Anonymous() => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = _address };

        public HttpClient LogIn(string email)
        {
            var client = Anonymous();
            var form = client.GetStringAsync("/Account/Login").GetAwaiter().GetResult();
            var token = AntiforgeryToken().Match(form);
            if (!token.Success)
            {
                throw new InvalidOperationException("No antiforgery token on /Account/Login");
            }

            using var response = client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                ["Input.Email"] = email,
                ["Input.Password"] = DemoSeeder.Password,
            })).GetAwaiter().GetResult();
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Log-in as {email} failed: {(int)response.StatusCode}");
            }

            Console.WriteLine($"logged in as {email}");
            return client;
        }

        public void Dispose()
        {
            _app.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)_app).Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
