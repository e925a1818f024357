using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// The continuing-education log and its live dashboard on /PersonCertification/Ce, as the consultant uses them (Bijlage
/// Permanente Educatie): an activity in ECTS converted with the scheme's hours per ECTS, what does not count and why, the hours
/// per category, the longest stretch without activity with its warning, and bad input refused with what was typed kept.
/// </summary>
public abstract class CmcCeDashboardPageTests(AppFixture app)
{
    private const string Page = "/PersonCertification/Ce";

    private CmcTestKit Kit => new(app.Factory);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Activity(string title, DateOnly start, DateOnly end, string amount, string unit, int eqf, string category, string evidenceHours) => new()
    {
        ["Input.Title"] = title, ["Input.Start"] = Iso(start), ["Input.End"] = Iso(end), ["Input.Amount"] = amount, ["Input.Unit"] = unit,
        ["Input.EqfLevel"] = eqf.ToString(CultureInfo.InvariantCulture), ["Input.Category"] = category,
        ["Input.EvidenceKind"] = "OrganiserStatement", ["Input.EvidenceDate"] = Iso(end), ["Input.EvidenceHours"] = evidenceHours,
    };

    [Fact]
    public async Task TheDashboardShowsHoursPerCategoryWhatDoesNotCountAndWhyAndTheLongestGapWithItsWarning()
    {
        var scheme = CmcSchemeFile.Current;
        var (userId, email) = await Kit.NewUserAsync("Karel Logboek " + Guid.NewGuid().ToString("N")[..6], Role.Candidate);
        var client = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var today = Kit.Today;

        // Two credits (ECTS) of personal-professional development, four years ago: converted with the scheme's hours per ECTS.
        var ectsHours = 2 * scheme.HoursPerEcts;
        var courseStart = today.AddYears(-4);
        var courseEnd = courseStart.AddDays(13);
        CmcTestKit.ShouldRedirectTo(await client.PostFormAsync(Page,
            Activity("Leergang procesbegeleiding", courseStart, courseEnd, "2", "Ects", 6, "PersonalProfessional", ectsHours.ToString(CultureInfo.InvariantCulture))), Page);
        // A congress in the sector half a year ago, and a course below EQF 6 two months ago.
        var congressStart = today.AddMonths(-6);
        CmcTestKit.ShouldRedirectTo(await client.PostFormAsync(Page, Activity("Congres organisatieadvies", congressStart, congressStart.AddDays(1), "20", "Hours", 7, "SubjectOrSector", "20")), Page);
        CmcTestKit.ShouldRedirectTo(await client.PostFormAsync(Page, Activity("Cursus spreadsheets", today.AddMonths(-2), today.AddMonths(-2).AddDays(1), "16", "Hours", 5, "SubjectOrSector", "16")), Page);

        var stored = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CeActivityRecord>().AsNoTracking()
            .SingleAsync(a => a.UserId == userId && a.Title == "Leergang procesbegeleiding"));
        stored.Amount.ShouldBe(2m);
        stored.Unit.ShouldBe(CeUnit.Ects);
        scheme.HoursPerEcts.ShouldBe(28m); // the default of the body (ECTS Users' Guide: 25-30 hours)

        var page = await client.GetPageAsync(Page);
        var counted = ectsHours + 20;
        page.Text("#counted").ShouldBe($"{counted:0.##} / {scheme.MinimumContinuingEducationHours:0.##}");
        page.Text("#still-needed").ShouldBe($"{scheme.MinimumContinuingEducationHours - counted:0.##}");
        var perCategory = page.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());
        perCategory["Persoonlijk-professionele ontwikkeling"].ShouldBe($"{ectsHours:0.##}");
        perCategory["Vak- of sectorverdieping"].ShouldBe("20");
        page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Leergang procesbegeleiding", StringComparison.Ordinal)).TextContent.ShouldContain("2 ECTS");

        // Not counted, with the reason: below the minimum EQF level.
        page.QuerySelectorAll("#not-counted li").Select(li => li.TextContent.Trim())
            .ShouldBe([$"Cursus spreadsheets: 'Cursus spreadsheets' is op EQF-niveau 5; alleen EQF-niveau {scheme.MinimumEqfLevel} en hoger telt mee."]);

        // The longest stretch without a counted activity runs from the course to the congress: over the maximum, so the warning shows.
        var gap = page.Text("#gap");
        gap.ShouldStartWith($"{Iso(courseEnd.AddDays(1))} tot {Iso(congressStart.AddDays(-1))}: ");
        gap.ShouldContain($"maanden (maximaal {scheme.MaximumGapMonths})");
        page.QuerySelector("#gap strong.errors")!.TextContent.ShouldBe("Langer dan toegestaan");
        page.Text("#compliant").ShouldBe("Nee");
    }

    [Fact]
    public async Task ThePeopleInvolvedInAnActivityAreStoredWithItsEvidenceAndShownInTheLog()
    {
        // Bijlage Permanente Educatie: "De verklaring specificeert in elk geval datum, bestede uren en evt. betrokkenen" — who was involved is kept with the evidence.
        var (userId, email) = await Kit.NewUserAsync("Mara Betrokken " + Guid.NewGuid().ToString("N")[..6], Role.Candidate);
        var client = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var day = Kit.Today.AddMonths(-3);
        var form = Activity("Intervisie adviespraktijk", day, day, "6", "Hours", 6, "PersonalProfessional", "6");
        form["Input.EvidenceKind"] = "ClientStatement";
        form["Input.PeopleInvolved"] = "  Marieke de Vries (opdrachtgever), intervisiegroep Utrecht ";
        var other = Activity("Workshop facilitatie", day.AddDays(7), day.AddDays(7), "4", "Hours", 6, "SubjectOrSector", "4");

        CmcTestKit.ShouldRedirectTo(await client.PostFormAsync(Page, form), Page);
        CmcTestKit.ShouldRedirectTo(await client.PostFormAsync(Page, other), Page);

        var stored = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CeActivityRecord>().AsNoTracking()
            .Where(a => a.UserId == userId).OrderBy(a => a.Start).ToListAsync());
        stored.Select(a => a.PeopleInvolved).ShouldBe(["Marieke de Vries (opdrachtgever), intervisiegroep Utrecht", null]);
        stored[0].ToDomain().Evidence!.PeopleInvolved.ShouldBe("Marieke de Vries (opdrachtgever), intervisiegroep Utrecht");

        var rows = (await client.GetPageAsync(Page)).QuerySelectorAll("tbody tr").ToList();
        var evidence = rows.Single(r => r.TextContent.Contains("Intervisie adviespraktijk", StringComparison.Ordinal)).QuerySelector("td.evidence")!;
        evidence.TextContent.ShouldStartWith("Verklaring klant");
        evidence.QuerySelector(".people")!.TextContent.ShouldBe("Betrokkenen: Marieke de Vries (opdrachtgever), intervisiegroep Utrecht");
        rows.Single(r => r.TextContent.Contains("Workshop facilitatie", StringComparison.Ordinal)).QuerySelector("td.evidence .people").ShouldBeNull();
    }

    [Fact]
    public async Task NegativeHoursAndMissingEvidenceAreRefusedOnThePageWithTheInputKept()
    {
        var (userId, email) = await Kit.NewUserAsync("Lies Invoer " + Guid.NewGuid().ToString("N")[..6], Role.Candidate);
        var client = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var day = Kit.Today.AddMonths(-1);

        // Negative hours.
        var negative = await client.PostFormAsync(Page, Activity("Intervisiebijeenkomst", day, day, "-4", "Hours", 6, "PersonalProfessional", "4"));
        negative.StatusCode.ShouldBe(HttpStatusCode.OK);
        var negativePage = await negative.ParseAsync();
        negativePage.Text("div.errors").ShouldContain("'Intervisiebijeenkomst': de uren of studiepunten moeten positief zijn. (Bijlage Permanente Educatie)");
        negativePage.QuerySelector("input[name='Input.Amount']")!.GetAttribute("value").ShouldBe("-4");
        negativePage.QuerySelector("input[name='Input.Title']")!.GetAttribute("value").ShouldBe("Intervisiebijeenkomst");
        negativePage.QuerySelector("select[name='Input.Category'] option[selected]")!.GetAttribute("value").ShouldBe("PersonalProfessional");

        // No evidence at all: neither a statement nor a self-declaration.
        var form = Activity("Zelfstudie adviesmethoden", day, day.AddDays(2), "12", "Hours", 6, "SubjectOrSector", "12");
        form["Input.EvidenceKind"] = "";
        var noEvidence = await client.PostFormAsync(Page, form);
        noEvidence.StatusCode.ShouldBe(HttpStatusCode.OK);
        var noEvidencePage = await noEvidence.ParseAsync();
        noEvidencePage.Text("div.errors").ShouldContain("'Zelfstudie adviesmethoden': geen verklaring van organisator of klant, en ook geen eigen verklaring. (Bijlage Permanente Educatie)");
        noEvidencePage.QuerySelector("input[name='Input.Title']")!.GetAttribute("value").ShouldBe("Zelfstudie adviesmethoden");
        noEvidencePage.QuerySelector("input[name='Input.Amount']")!.GetAttribute("value").ShouldBe("12");
        noEvidencePage.QuerySelector("input[name='Input.End']")!.GetAttribute("value").ShouldBe(Iso(day.AddDays(2)));
        noEvidencePage.QuerySelectorAll("select[name='Input.EvidenceKind'] option[selected]").Select(o => o.GetAttribute("value")).ShouldBe([""]); // still "—"

        (await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CeActivityRecord>().AnyAsync(a => a.UserId == userId))).ShouldBeFalse();
    }
}

public sealed class CmcCeDashboardPageSqliteTests(SqliteApp app) : CmcCeDashboardPageTests(app);

public sealed class CmcCeDashboardPagePostgresTests(PostgresApp app) : CmcCeDashboardPageTests(app);
