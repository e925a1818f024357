using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Tests.Standards;

/// <summary>
/// Issue 3, point 6: the exports of a competency assessment and of the EVC selection report read back cell by cell,
/// and the custom target profile typed on the competency page (Standaard Vakvolwassenheid, Gebruikersadvies).
/// </summary>
public abstract class CompetencyReportsTests(AppFixture app)
{
    /// <summary>The level names of the standard, by number (expected texts, written out rather than read from the code under test).</summary>
    private static readonly string[] LevelNames = ["Nog niet", "Basis", "Vakbekwaam", "Vakvolwassen"];

    private Task<T> Db<T>(Func<TouchstoneDbContext, Task<T>> work) =>
        app.Factory.InScopeAsync(sp => work(sp.GetRequiredService<TouchstoneDbContext>()));

    private async Task<Framework> StandardAsync() =>
        (await app.Factory.InScopeAsync(sp => sp.GetRequiredService<GetFrameworkHandler>().FindAsync("vakvolwassenheid", "1.0", default)))!;

    /// <summary>The demo manager assessment (cycle 2026) of one client manager of the demo team.</summary>
    private Task<AssessmentRecord> DemoManagerAssessmentAsync(string person) =>
        Db(db => db.Set<AssessmentRecord>().AsNoTracking().Where(a => a.FrameworkCode == "vakvolwassenheid" && a.RaterRole == RaterRole.Manager
            && a.Team == DemoAssessments.Team && a.SubjectName == person && a.Cycle == "2026").OrderBy(a => a.StartedAt).FirstAsync());

    private static decimal Number(string cell) => decimal.Parse(cell, CultureInfo.InvariantCulture);

    private static string Level(int level) => $"{level}";

    [Fact]
    public async Task TheEvcSelectionXlsxHoldsTheCandidateTheLevelsAndTheGaps()
    {
        var standard = await StandardAsync();
        var assessment = await DemoManagerAssessmentAsync("Bas Kramer");
        var levels = assessment.ToDomain().Ratings.ToDictionary(r => r.ItemCode, r => (int)r.Score);
        var client = await app.As(Role.BackOffice);
        (await client.GetPageAsync($"/Assessments/Selection/{assessment.Id}?preset=proficient"))
            .QuerySelector($"a[href='/Assessments/Selection/{assessment.Id}?handler=Xlsx&preset=proficient']").ShouldNotBeNull();

        var book = await XlsxContent.ReadAsync(await client.GetAsync($"/Assessments/Selection/{assessment.Id}?handler=Xlsx&preset=proficient"));
        book.Keys.ShouldBe(["Selectie", "Over"]);
        book["Selectie"][0].ShouldBe(["Code", "Taak / competentie", "Soort", "Vastgesteld", "Vastgesteld niveau", "Vereist", "Vereist niveau", "Gap", "Conclusie"]);
        book["Selectie"].Count.ShouldBe(1 + 10 + 8);

        // A task is mastered at the lowest level of its four dimensions; Vakbekwaam (2) is required everywhere.
        foreach (var task in standard.Tasks)
        {
            var assessed = new[] { "A", "B", "C", "D" }.Min(d => levels[$"{task.Code}.{d}"]);
            book.Row("Selectie", task.Code).ShouldBe([task.Code, task.Name, "taak", Level(assessed), LevelNames[assessed], "2", "Vakbekwaam",
                Level(Math.Max(0, 2 - assessed)), assessed >= 2 ? "voldoet" : "onder niveau"]);
        }

        foreach (var competency in standard.Competencies)
        {
            var assessed = levels[competency.Code];
            book.Row("Selectie", competency.Code).ShouldBe([competency.Code, competency.Name, "competentie", Level(assessed), LevelNames[assessed], "2", "Vakbekwaam",
                Level(Math.Max(0, 2 - assessed)), assessed >= 2 ? "voldoet" : "onder niveau"]);
        }

        var gaps = book["Selectie"].Skip(1).Count(r => r[7] != "0");
        gaps.ShouldBeGreaterThan(0); // the demo person is below Vakbekwaam somewhere
        book.Row("Over", "Kandidaat")[1].ShouldBe("Bas Kramer");
        book.Row("Over", "Norm")[1].ShouldBe("vakvolwassenheid@1.0");
        book.Row("Over", "Profiel")[1].ShouldBe("Vakbekwaam");
        book.Row("Over", "Conclusie")[1].ShouldBe("voldoet (nog) niet op alle taken en competenties");

        // The intern profile (Basis everywhere) of the same assessment: the required level follows the profile.
        var intern = await XlsxContent.ReadAsync(await client.GetAsync($"/Assessments/Selection/{assessment.Id}?handler=Xlsx&preset=intern"));
        intern["Selectie"].Skip(1).ShouldAllBe(r => r[5] == "1" && r[6] == "Basis");
        intern["Selectie"].Skip(1).Count(r => r[7] != "0").ShouldBeLessThan(gaps);

        // Someone who may not see the assessment gets no workbook.
        (await (await app.As(Role.OrganisationContact)).GetAsync($"/Assessments/Selection/{assessment.Id}?handler=Xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheCompetencyXlsxHoldsSelfAndManagerSideBySideTheGapsAndThePlan()
    {
        var manager = await DemoManagerAssessmentAsync("Ayla Demir");
        var self = await Db(db => db.Set<AssessmentRecord>().AsNoTracking()
            .SingleAsync(a => a.SubjectId == manager.SubjectId && a.RaterRole == RaterRole.Self && a.Cycle == manager.Cycle && a.FrameworkCode == "vakvolwassenheid"));
        var (selfLevels, managerLevels) = (self.ToDomain().Ratings.ToDictionary(r => r.ItemCode, r => r.Score), manager.ToDomain().Ratings.ToDictionary(r => r.ItemCode, r => r.Score));
        var client = await app.As(Role.BackOffice);

        var book = await XlsxContent.ReadAsync(await client.GetAsync($"/Assessments/Competency/{manager.Id}?handler=Xlsx&preset=proficient"));
        book.Keys.ShouldBe(["Zelf en leidinggevende", "Indicatoren", "Gap", "POP", "Over"]);
        var compared = book["Zelf en leidinggevende"];
        compared[0].ShouldBe(["Item", "Omschrijving", "Zelf", "Leidinggevende", "Verschil", "Afwijkend"]);
        compared.Count.ShouldBe(1 + 48);
        foreach (var row in compared.Skip(1))
        {
            var (left, right) = (selfLevels[row[0]], managerLevels[row[0]]);
            (Number(row[2]), Number(row[3]), Number(row[4]), row[5]).ShouldBe((left, right, right - left, left == right ? "nee" : "ja"), row[0]);
        }

        compared.Count(r => r[5] == "ja").ShouldBeGreaterThan(0); // the demo self-assessments are a little more generous

        var gap = book["Gap"];
        gap[0].ShouldBe(["Item", "Omschrijving", "Huidig", "Vereist", "Gap"]);
        gap.Count.ShouldBe(1 + 48);
        foreach (var row in gap.Skip(1))
        {
            (Number(row[2]), row[3], Number(row[4])).ShouldBe((managerLevels[row[0]], "2", Math.Max(0, 2 - managerLevels[row[0]])), row[0]);
        }

        book["POP"].ShouldContain(r => r[0] == "Sterker in het intakegesprek" && r[2] == "Twee intakes samen voeren met een vakvolwassen collega" && r[4] == "open");
        book.Row("Over", "Persoon")[1].ShouldBe("Ayla Demir");
    }

    /// <summary>A demo manager assessment without a development plan (a plan fixes the profile).</summary>
    private async Task<AssessmentRecord> WithoutPlanAsync(string person)
    {
        var assessment = await DemoManagerAssessmentAsync(person);
        await Db(db => db.Set<DevelopmentPlanRecord>().Where(p => p.AssessmentId == assessment.Id).ExecuteDeleteAsync());
        return assessment;
    }

    private static string Url(AssessmentRecord a, string custom) =>
        $"/Assessments/Competency/{a.Id}?preset=custom&custom={Uri.EscapeDataString(custom)}";

    // Standaard Vakvolwassenheid, Gebruikersadvies: a custom target profile per item; the gap is computed against it.
    [Fact]
    public async Task ACustomProfileTypedOnThePageIsTheProfileTheGapIsComputedAgainst()
    {
        var assessment = await WithoutPlanAsync("Chantal Wouters");
        var levels = assessment.ToDomain().Ratings.ToDictionary(r => r.ItemCode, r => (int)r.Score);
        var client = await app.As(Role.BackOffice);

        const string custom = "T1.A=3\ncoachen = 1\n\nT4.C=0";
        var page = await client.GetPageAsync(Url(assessment, custom));
        page.Text(".errors").ShouldBeEmpty();
        page.QuerySelector("select#preset option[selected]")!.GetAttribute("value").ShouldBe("custom");
        page.QuerySelector("textarea#custom")!.TextContent.Trim().ShouldBe(custom);
        page.Text("table.gap caption").ShouldContain("Eigen profiel");
        var rows = page.QuerySelectorAll("table.gap tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray());
        rows.Keys.ShouldBe(["T1.A", "T4.C", "coachen"], ignoreOrder: true);
        foreach (var (item, required) in new[] { ("T1.A", 3), ("coachen", 1), ("T4.C", 0) })
        {
            rows[item][1..].ShouldBe([$"{levels[item]} {LevelNames[levels[item]]}", $"{required} {LevelNames[required]}", $"{Math.Max(0, required - levels[item])}"], item);
        }

        // The XLSX export of the page follows the same custom profile.
        var book = await XlsxContent.ReadAsync(await client.GetAsync($"/Assessments/Competency/{assessment.Id}?handler=Xlsx&preset=custom&custom={Uri.EscapeDataString(custom)}"));
        book["Gap"].Skip(1).Select(r => (r[0], r[3])).ShouldBe([("T1.A", "3"), ("T4.C", "0"), ("coachen", "1")], ignoreOrder: true);
    }

    [Fact]
    public async Task BadCustomProfileInputIsRefusedWithADutchMessagePerProblemAndTheInputIsKept()
    {
        var assessment = await WithoutPlanAsync("Daan Verhoeven");
        var client = await app.As(Role.BackOffice);

        // A level outside 0–3, an unknown item code, a negative level and a line of another form: each named, in Dutch.
        const string bad = "T1.A=5\nX9=1\ncoachen=-1\nT2.B is 2";
        var page = await client.GetPageAsync(Url(assessment, bad));
        var errors = page.QuerySelectorAll(".errors li").Select(e => e.TextContent.Trim()).ToList();
        const string rule = " (Standaard Vakvolwassenheid, Gebruikersadvies)";
        errors.ShouldBe([
            "Regel 'T2.B is 2' heeft niet de vorm onderdeel=niveau (bijvoorbeeld T1.A=2)." + rule,
            "Niveau 5 voor 'T1.A' is geen niveau van vakvolwassenheid@1.0." + rule,
            "'X9' is geen onderdeel van vakvolwassenheid@1.0." + rule,
            "Niveau -1 voor 'coachen' is geen niveau van vakvolwassenheid@1.0." + rule,
        ], ignoreOrder: true);
        page.QuerySelector("textarea#custom")!.TextContent.Trim().ShouldBe(bad);
        page.QuerySelector("select#preset option[selected]")!.GetAttribute("value").ShouldBe("custom");
        page.QuerySelector("table.gap").ShouldBeNull(); // no gap against half a profile

        // Only a malformed line: still refused (it used to be skipped silently, leaving a smaller profile).
        var onlyForm = await client.GetPageAsync(Url(assessment, "T1.A=2\nT1.B:2"));
        onlyForm.QuerySelectorAll(".errors li").Select(e => e.TextContent.Trim()).ShouldBe(["Regel 'T1.B:2' heeft niet de vorm onderdeel=niveau (bijvoorbeeld T1.A=2)." + rule]);
        onlyForm.QuerySelector("table.gap").ShouldBeNull();

        // The same text with a preset chosen is not read: the preset's profile applies.
        (await client.GetPageAsync($"/Assessments/Competency/{assessment.Id}?preset=intern&custom={Uri.EscapeDataString(bad)}"))
            .QuerySelectorAll("table.gap tbody tr").Length.ShouldBe(48);
    }
}

public sealed class CompetencyReportsSqliteTests(SqliteApp app) : CompetencyReportsTests(app);

public sealed class CompetencyReportsPostgresTests(PostgresApp app) : CompetencyReportsTests(app);
