using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// The ATP and ACP register as staff keep it (seed 001 "Certificeren? ATP/ACP" step 3) and how the routes use it: an ATP
/// diploma must date from the institute's listing (ATP step 4), only a practice listed today may nominate (ACP step 4).
/// </summary>
public abstract class CmcRegisterListingTests(AppFixture app)
{
    private const string RegistersPage = "/PersonCertification/Registers";

    private CmcTestKit Kit => new(app.Factory);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<Organisation> OrganisationAsync(Guid id) =>
        Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<Organisation>().AsNoTracking().SingleAsync(o => o.Id == id));

    private Task<Guid> NewPracticeAsync(string name) =>
        Kit.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var practice = new Organisation { Name = name, Kind = OrganisationKind.AcpPractice, Town = "Breda" };
            db.Add(practice);
            await db.SaveChangesAsync();
            return practice.Id;
        });

    [Fact]
    public async Task BackOfficeKeepsTheListingDatesOnTheRegistersPageAndWrongDatesAreRefusedWithTheInputKept()
    {
        var backOffice = await app.As(Role.BackOffice);
        var practice = await NewPracticeAsync("Zuiderkruis Advies " + Guid.NewGuid().ToString("N")[..6]);

        // The demo's delisted ATP institute is shown with its dates and as not listed today; the new practice as never listed.
        var page = await backOffice.GetPageAsync(RegistersPage);
        var horizon = page.QuerySelectorAll("#listings tbody tr").Single(r => r.TextContent.Contains("Horizon Adviesopleidingen", StringComparison.Ordinal)).TextContent;
        horizon.ShouldContain("2012-09-01");
        horizon.ShouldContain("2023-06-30");
        horizon.ShouldContain("Niet ingeschreven");
        page.QuerySelector($"#listings tr[data-id='{practice}']")!.TextContent.ShouldContain("Niet ingeschreven");

        // An end before the start is refused with the rule; what was typed stays.
        var wrong = await backOffice.PostFormAsync(RegistersPage, new Dictionary<string, string>
        {
            ["OrganisationId"] = practice.ToString(), ["ListedFrom"] = "2024-05-01", ["ListedUntil"] = "2024-04-01", ["Reason"] = "Besluit registerhouder 12-2024",
        });
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wrongPage = await wrong.ParseAsync();
        wrongPage.Text(".errors").ShouldContain("De inschrijving kan niet eindigen");
        wrongPage.QuerySelector("input[name=Reason]")!.GetAttribute("value").ShouldBe("Besluit registerhouder 12-2024");
        wrongPage.QuerySelector("input[name=ListedUntil]")!.GetAttribute("value").ShouldBe("2024-04-01");
        (await OrganisationAsync(practice)).RegisterListedFrom.ShouldBeNull();

        // Without a reason: refused.
        (await (await backOffice.PostFormAsync(RegistersPage, new Dictionary<string, string> { ["OrganisationId"] = practice.ToString(), ["ListedFrom"] = "2024-05-01" })).ParseAsync())
            .Text(".errors").ShouldContain("Geef de reden");

        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(RegistersPage, new Dictionary<string, string>
        {
            ["OrganisationId"] = practice.ToString(), ["ListedFrom"] = "2024-05-01", ["Reason"] = "Besluit registerhouder 12-2024",
        }), RegistersPage);
        var listed = await OrganisationAsync(practice);
        listed.RegisterListedFrom.ShouldBe(new DateOnly(2024, 5, 1));
        listed.RegisterListedUntil.ShouldBeNull();
        (await backOffice.GetPageAsync(RegistersPage)).QuerySelector($"#listings tr[data-id='{practice}']")!.TextContent.ShouldContain("Ingeschreven");
        var audited = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords
            .Where(r => r.EntityType == nameof(Organisation) && r.EntityId == practice.ToString()).Select(r => r.Reason).ToListAsync());
        audited.ShouldContain(r => r != null && r.Contains("Besluit registerhouder 12-2024", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAtpDiplomaDatedOutsideTheInstitutesListingIsRefusedWithTheRuleAndOneWithinIsAccepted()
    {
        var kit = Kit;
        var horizon = await kit.OrganisationIdAsync("Horizon Adviesopleidingen"); // listed 2012-09-01 until 2023-06-30
        Dictionary<string, string> Form(string diplomaDate) => new()
        {
            ["Route"] = "AtpGraduate", ["Town"] = "Utrecht", ["AtpInstituteId"] = horizon.ToString(), ["DiplomaDate"] = diplomaDate,
        };

        var (_, late) = await kit.NewUserAsync("Vera Laatkomer", Role.Candidate);
        var lateClient = await WebTest.LoginAsync(app.Factory, late, CmcTestKit.Password);
        var refused = await lateClient.PostFormAsync("/PersonCertification/Apply", Form("2024-02-15"));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await refused.ParseAsync();
        refusedPage.Text(".errors").ShouldContain("Het instituut stond op de diplomadatum niet in het ATP-register.");
        refusedPage.QuerySelector("input[name=DiplomaDate]")!.GetAttribute("value").ShouldBe("2024-02-15");
        (await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcApplicationRecord>().CountAsync(a => a.CandidateEmail == late))).ShouldBe(0);

        // A diploma from before the delisting counts: the institute was on the register then.
        var (_, early) = await kit.NewUserAsync("Wout Vroeg", Role.Candidate);
        var earlyClient = await WebTest.LoginAsync(app.Factory, early, CmcTestKit.Password);
        CmcTestKit.ShouldRedirectTo(await earlyClient.PostFormAsync("/PersonCertification/Apply", Form("2021-06-30")), "/PersonCertification/Application/");
    }

    [Fact]
    public async Task AnAcpPracticeNotListedTodayCannotNominateUntilBackOfficeListsItAgain()
    {
        var kit = Kit;
        var practice = await NewPracticeAsync("Noorderlicht Advies " + Guid.NewGuid().ToString("N")[..6]);
        var (_, contactEmail) = await kit.NewUserAsync("Hanneke Noorderlicht", Role.OrganisationContact, organisationId: practice);
        var (_, consultant) = await kit.NewUserAsync("Gijs Noorderlicht", Role.Candidate, organisationId: practice);
        var contact = await WebTest.LoginAsync(app.Factory, contactEmail, CmcTestKit.Password);
        var backOffice = await app.As(Role.BackOffice);
        Dictionary<string, string> Nomination() => new() { ["ConsultantEmail"] = consultant, ["Town"] = "Breda" };
        async Task ListAsync(DateOnly from, DateOnly? until, string reason) =>
            CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(RegistersPage, new Dictionary<string, string>
            {
                ["OrganisationId"] = practice.ToString(), ["ListedFrom"] = Iso(from), ["ListedUntil"] = until is { } u ? Iso(u) : "", ["Reason"] = reason,
            }), RegistersPage);
        async Task ShouldBeRefusedAsync()
        {
            var refused = await contact.PostFormAsync("/PersonCertification/Nominate", Nomination());
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await refused.ParseAsync()).Text(".errors").ShouldContain("Alleen een bureau dat in het ACP-register staat, mag adviseurs voordragen");
        }

        // Never listed: an ACP practice in name only may not nominate.
        await ShouldBeRefusedAsync();

        // Delisted yesterday: still refused.
        await ListAsync(kit.Today.AddYears(-3), kit.Today.AddDays(-1), "Doorhaling na monitoring");
        await ShouldBeRefusedAsync();

        // Listed from tomorrow: not yet.
        await ListAsync(kit.Today.AddDays(1), null, "Herinschrijving per morgen");
        await ShouldBeRefusedAsync();
        (await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcApplicationRecord>().CountAsync(a => a.CandidateEmail == consultant))).ShouldBe(0);

        // Listed today: the nomination starts an application on the ACP route.
        await ListAsync(kit.Today, null, "Herinschrijving");
        CmcTestKit.ShouldRedirectTo(await contact.PostFormAsync("/PersonCertification/Nominate", Nomination()), "/PersonCertification/Application/");
    }
}

public sealed class CmcRegisterListingSqliteTests(SqliteApp app) : CmcRegisterListingTests(app);

public sealed class CmcRegisterListingPostgresTests(PostgresApp app) : CmcRegisterListingTests(app);
