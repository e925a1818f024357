using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;

namespace Touchstone.App.Tests.Foundation;

/// <summary>What every person sees: language, home page per role, errors, and the technical endpoints.</summary>
public sealed class ShellTests(SqliteApp app)
{
    [Fact]
    public async Task TheLogInPageIsDutchByDefault()
    {
        var page = await app.Anonymous().GetPageAsync("/Account/Login");
        page.DocumentElement.GetAttribute("lang").ShouldBe("nl");
        page.Text("h1").ShouldBe("Inloggen");
        page.QuerySelector("label[for='Input_Email']")!.TextContent.ShouldBe("E-mailadres");
    }

    [Fact]
    public async Task TheLanguageSwitchGivesEnglish()
    {
        var client = app.Factory.CreateClient(); // follows redirects, keeps cookies
        var response = await client.GetAsync("/culture/en?returnUrl=%2FAccount%2FLogin");
        var page = await response.ParseAsync();
        page.DocumentElement.GetAttribute("lang").ShouldBe("en");
        page.Text("h1").ShouldBe("Log in");
    }

    [Fact]
    public async Task TheLanguageSwitchRefusesForeignReturnAddresses()
    {
        var response = await app.Anonymous().GetAsync("/culture/en?returnUrl=https%3A%2F%2Fevil.example%2F");
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryDemoRoleLandsOnItsHomePage(Role role)
    {
        var client = await app.As(role);
        var page = await client.GetPageAsync("/");
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        headings.ShouldContain(h => h.StartsWith("Startpagina", StringComparison.Ordinal), customMessage: page.Body!.TextContent);
        page.QuerySelector($"#home-{role}").ShouldNotBeNull();
    }

    public static TheoryData<Role> Roles() => new(Enum.GetValues<Role>());

    [Fact]
    public async Task TheNavigationFollowsTheRole()
    {
        var admin = await (await app.As(Role.Administrator)).GetPageAsync("/");
        admin.QuerySelectorAll(".main-nav a").Select(a => a.GetAttribute("href")).ShouldContain("/Admin/Audit");
        var candidate = await (await app.As(Role.Candidate)).GetPageAsync("/");
        candidate.QuerySelectorAll(".main-nav a").Select(a => a.GetAttribute("href")).ShouldNotContain("/Admin/Audit");
    }

    [Fact]
    public async Task AnUnknownAddressIsAFriendly404ForEveryone()
    {
        var page = await app.Anonymous().GetPageAsync("/bestaat/niet", HttpStatusCode.NotFound);
        page.Text("h1").ShouldBe("Pagina niet gevonden");
        page.QuerySelector("a[href='/']").ShouldNotBeNull();
    }

    [Fact]
    public async Task TheApiAnswersWithProblemDetails()
    {
        var client = app.Anonymous();
        var notFound = await client.GetAsync("/api/bestaat-niet");
        notFound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        notFound.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var unauthorized = await client.GetAsync("/api/me");
        unauthorized.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unauthorized.Headers.Location.ShouldBeNull();
    }

    [Fact]
    public async Task AnUnexpectedErrorShowsAFriendlyPageWithoutAStackTrace()
    {
        await using var broken = app.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped<RequestPasswordResetHandler>(_ => throw new InvalidOperationException("secret internal detail"))));
        var client = broken.CreateClient();
        var response = await client.GetAsync("/Account/ForgotPassword");
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Er ging iets mis");
        html.ShouldNotContain("secret internal detail");
        html.ShouldNotContain("InvalidOperationException");
        html.ShouldNotContain(" at Touchstone");
    }

    [Fact]
    public async Task HealthAndOpenApiAreServed()
    {
        var client = app.Anonymous();
        (await client.GetStringAsync("/health")).ShouldBe("Healthy");
        using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        openApi.RootElement.GetProperty("paths").TryGetProperty("/api/me", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task TheSessionEndsAfterTheConfiguredIdleTime()
    {
        var options = app.Factory.Services.GetRequiredService<IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        options.ExpireTimeSpan.ShouldBe(TimeSpan.FromMinutes(30));
        options.SlidingExpiration.ShouldBeTrue();
    }

    [Fact]
    public async Task InvalidOptionsStopTheAppAtStartUp()
    {
        await using var factory = new TouchstoneFactory(Touchstone.App.Data.DatabaseProvider.Sqlite, s => s["Touchstone:SessionMinutes"] = "1");
        var error = Should.Throw<OptionsValidationException>(() => factory.Server);
        error.Message.ShouldContain("SessionMinutes");
    }

    [Fact]
    public async Task SeedingTwiceChangesNothing()
    {
        // An app of its own: on the shared one, tests running beside this one add users while it counts.
        await using var factory = new TouchstoneFactory(Touchstone.App.Data.DatabaseProvider.Sqlite);
        var before = await factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Users.CountAsync());
        var (exit, output) = await AuditTrailTests.RunCliAsync(factory, "seed");
        exit.ShouldBe(0, customMessage: output);
        var after = await factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Users.CountAsync());
        after.ShouldBe(before);
        before.ShouldBeGreaterThanOrEqualTo(DemoSeeder.Accounts.Count);
    }

    [Fact]
    public async Task TheMigrateVerbBringsAnEmptyDatabaseUpToDate()
    {
        await using var fresh = new TouchstoneFactory(Touchstone.App.Data.DatabaseProvider.Sqlite);
        var (exit, output) = await AuditTrailTests.RunCliAsync(fresh, "migrate");
        exit.ShouldBe(0, customMessage: output);
        output.ShouldContain("up to date");
        var (again, output2) = await AuditTrailTests.RunCliAsync(fresh, "migrate");
        again.ShouldBe(0);
        output2.ShouldContain("Applied 0 migration(s)");
    }
}

/// <summary>The administrator's views of the audit trail and the outbox; shared state lives in the database.</summary>
public sealed class AdminPagesTests(SqliteApp app)
{
    [Fact]
    public async Task TheAuditPageFiltersByEntityAndVerifiesTheChain()
    {
        var admin = await app.As(Role.Administrator);
        var page = await admin.GetPageAsync("/Admin/Audit?entity=RoleGrant");
        var rows = page.QuerySelectorAll("table.audit tbody tr").ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.Children[3].TextContent.StartsWith("RoleGrant", StringComparison.Ordinal));

        var verified = await admin.PostFormAsync("/Admin/Audit", new Dictionary<string, string>(), "/Admin/Audit?handler=Verify");
        (await verified.ParseAsync()).Text("[role=status]").ShouldContain("intact");
    }

    [Fact]
    public async Task TheOutboxPageListsQueuedMail()
    {
        await app.Factory.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<Touchstone.App.Mail.Mailer>().Queue("iemand@touchstone.example", "Testbericht outbox", "Hallo");
            await sp.GetRequiredService<TouchstoneDbContext>().SaveChangesAsync();
        });
        var page = await (await app.As(Role.Administrator)).GetPageAsync("/Admin/Outbox?q=iemand%40touchstone");
        page.Text("main").ShouldContain("Testbericht outbox");
        page.QuerySelectorAll("tbody tr").ShouldAllBe(r => r.TextContent.Contains("iemand@touchstone.example"));
    }

    [Fact]
    public async Task DataProtectionKeysAreKeptInTheDatabase()
    {
        await app.As(Role.Candidate); // a log-in protects a cookie, which needs a key
        var keys = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().DataProtectionKeys.CountAsync());
        keys.ShouldBeGreaterThan(0);
    }
}
