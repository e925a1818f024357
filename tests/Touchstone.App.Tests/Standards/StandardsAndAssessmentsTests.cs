using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.App.Tests.Foundation;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Tests.Standards;

/// <summary>Frameworks as versioned data, and the assessment engine through the real pages (DOMAIN §1 and §2).</summary>
public abstract class StandardsAndAssessmentsTests(AppFixture app)
{
    private Task<T> Db<T>(Func<TouchstoneDbContext, Task<T>> work) =>
        app.Factory.InScopeAsync(sp => work(sp.GetRequiredService<TouchstoneDbContext>()));

    private Task<AssessmentRecord> DemoSelfEvaluationAsync() =>
        Db(db => db.Set<AssessmentRecord>().SingleAsync(a => a.FrameworkCode == "maatstaf" && a.RaterRole == RaterRole.Self && a.Cycle == "2025"));

    private Task<int> RefusalsAsync(Guid id) =>
        Db(db => db.AuditRecords.CountAsync(r => r.EntityType == nameof(AssessmentRecord) && r.EntityId == id.ToString() && r.Action == "ChangeRefused"));

    /// <summary>Starts an assessment through the page and returns its id (from the redirect to the rating page).</summary>
    private static async Task<Guid> StartAsync(HttpClient client, string subject, string framework, RaterRole role, string cycle)
    {
        var response = await client.PostFormAsync("/Assessments", new Dictionary<string, string>
        {
            ["Input.Subject"] = subject, ["Input.Framework"] = framework, ["Input.RaterRole"] = role.ToString(), ["Input.Cycle"] = cycle,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private static async Task<HttpResponseMessage> RateAsync(HttpClient client, Guid id, string item, string value, Guid? version = null)
    {
        var page = await client.GetPageAsync($"/Assessments/Rate/{id}");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["version"] = (version ?? Guid.Parse(page.QuerySelector("input[name=version]")!.GetAttribute("value")!)).ToString(),
            ["item"] = item, ["value"] = value, ["comment"] = "getest",
        };
        return await client.PostAsync($"/Assessments/Rate/{id}?handler=Rate", new FormUrlEncodedContent(fields));
    }

    private async Task<string> DeltaSubjectAsync() =>
        "Organisation:" + await Db(db => db.Set<Touchstone.App.Organisations.Organisation>().Where(o => o.Name == "Delta Advies").Select(o => o.Id).SingleAsync());

    [Fact]
    public async Task TheDemoSeedImportsBothFrameworkFiles()
    {
        var keys = await Db(db => db.Set<FrameworkVersion>().Select(f => f.Code + "@" + f.VersionLabel).ToListAsync());
        keys.ShouldContain("maatstaf@2016");
        keys.ShouldContain("vakvolwassenheid@1.0");
    }

    [Fact]
    public async Task ImportRefusesAMalformedFileListingEveryErrorWithItsLineAndImportsNothing()
    {
        var code = "kapot-" + Guid.NewGuid().ToString("N")[..6];
        var path = Path.Combine(Path.GetTempPath(), code + ".yaml");
        await File.WriteAllTextAsync(path, $"""
            code: "{code}"
            version: "1"
            language: "nl"
            kind: "quality-standard-typo"
            source:
              title: "Test"
              attribution: "Test"
            sections: []
            """);
        var (exit, output) = await AuditTrailTests.RunCliAsync(app.Factory, "import-framework", path);
        exit.ShouldBe(1, output);
        output.ShouldContain("not imported");
        output.ShouldContain($"{code}.yaml:4:"); // the unknown kind, with its line
        output.ShouldContain("title");           // the missing title is listed too
        (await Db(db => db.Set<FrameworkVersion>().AnyAsync(f => f.Code == code))).ShouldBeFalse();
    }

    [Fact]
    public async Task ANewVersionIsImportedBesideTheOldOneAndAnExistingVersionIsNeverReplaced()
    {
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "frameworks", "maatstaf-2016.yaml"));
        var version = "2016-t" + Guid.NewGuid().ToString("N")[..4];
        var path = Path.Combine(Path.GetTempPath(), $"maatstaf-{version}.yaml");
        const string OldText = "Analyseer de omgeving: bepaal, volg en evalueer de relevante interne en externe factoren.";
        const string NewText = "Herziene eis K1.1: breng de omgeving jaarlijks in kaart.";
        source.ShouldContain(OldText);
        await File.WriteAllTextAsync(path, source.Replace("version: \"2016\"", $"version: \"{version}\"", StringComparison.Ordinal)
            .Replace(OldText, NewText, StringComparison.Ordinal));
        var selfBefore = await DemoSelfEvaluationAsync();

        var (exit, output) = await AuditTrailTests.RunCliAsync(app.Factory, "import-framework", path);
        exit.ShouldBe(0, output);
        var (again, refusal) = await AuditTrailTests.RunCliAsync(app.Factory, "import-framework", path);
        again.ShouldBe(1);
        refusal.ShouldContain("already imported");

        var selfAfter = await DemoSelfEvaluationAsync();
        selfAfter.FrameworkVersion.ShouldBe("2016");
        selfAfter.RatingsJson.ShouldBe(selfBefore.RatingsJson);

        // The new version has the reworded requirement; the assessment made against 2016 still reads the 2016 text.
        var contact = await app.As(Role.OrganisationContact);
        (await (await app.As(Role.Candidate)).GetPageAsync($"/Standards/Framework/maatstaf/{version}")).Text("li[id='r-K1.1']").ShouldContain(NewText);
        var rate = await contact.GetPageAsync($"/Assessments/Rate/{selfAfter.Id}");
        rate.Text("main").ShouldContain(OldText);
        rate.Text("main").ShouldNotContain(NewText);
        (await contact.GetPageAsync($"/Assessments/Results/{selfAfter.Id}")).Text("main").ShouldNotContain(NewText);

        // And the version exports back to YAML that imports again under its own key.
        var (exported, yaml) = await AuditTrailTests.RunCliAsync(app.Factory, "export-framework", "maatstaf", version);
        exported.ShouldBe(0);
        Touchstone.Domain.Standards.FrameworkLoader.Load("export.yaml", yaml).Value.Key.ShouldBe("maatstaf@" + version);
    }

    [Fact]
    public async Task TheImportPageRefusesAMalformedUploadForBackOfficeAndIsNotOfferedToOthers()
    {
        var code = "upload-" + Guid.NewGuid().ToString("N")[..6];
        var client = await app.As(Role.BackOffice);
        var page = await client.GetPageAsync("/Standards");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"code: \"{code}\"\nversion: [1\n")), "file", code + ".yaml" },
        };
        var response = await client.PostAsync("/Standards?handler=Import", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ParseAsync()).Text(".errors").ShouldContain($"{code}.yaml, regel ");
        (await Db(db => db.Set<FrameworkVersion>().AnyAsync(f => f.Code == code))).ShouldBeFalse();

        (await (await app.As(Role.Candidate)).GetPageAsync("/Standards")).QuerySelector("#import").ShouldBeNull();
    }

    [Fact]
    public async Task TheBrowsePagesShowTheTreeWithSearchAndTheTaskMatrix()
    {
        var client = await app.As(Role.Candidate);
        var tree = await client.GetPageAsync("/Standards/Framework/maatstaf/2016?q=omgeving");
        tree.QuerySelectorAll("li[id^='r-']").Length.ShouldBeGreaterThan(0);
        tree.QuerySelectorAll("li[id^='r-']").Length.ShouldBeLessThan(84);
        var matrix = await client.GetPageAsync("/Standards/Framework/vakvolwassenheid/1.0?task=T3");
        matrix.QuerySelectorAll("table.matrix tbody tr").Length.ShouldBe(4);
        matrix.QuerySelectorAll("table.matrix thead th").Select(th => th.TextContent.Trim()).Skip(1).ShouldBe(["1 Basis", "2 Vakbekwaam", "3 Vakvolwassen"]);
        var rowA = matrix.QuerySelectorAll("table.matrix tbody tr")[0];
        rowA.QuerySelectorAll("td").Length.ShouldBe(3);
        rowA.QuerySelectorAll("td")[0].TextContent.Trim().ShouldBe("—"); // seed 003: task 3, dimension A has no Basis descriptor
        rowA.QuerySelectorAll("td").Skip(1).ShouldAllBe(td => td.TextContent.Trim().Length > 1);
        matrix.QuerySelectorAll("section.competency").Length.ShouldBe(8);

        // Seed 003, competenties: cumulatief. Netwerken has 3 Basis, 2 Vakbekwaam and 1 Vakvolwassen indicators of its
        // own; each level lists its own and every lower level's (those marked with their level).
        var netwerken = matrix.QuerySelector("h3[id='c-netwerken']")!.ParentElement!;
        netwerken.QuerySelectorAll("ul").Select(ul => ul.QuerySelectorAll("li").Length).ShouldBe([3, 5, 6]);
        netwerken.QuerySelectorAll("ul")[2].QuerySelectorAll("li.muted").Length.ShouldBe(5);
        var communicatie = matrix.QuerySelector("h3[id='c-communicatie']")!.ParentElement!;
        communicatie.QuerySelectorAll("ul").Select(ul => ul.QuerySelectorAll("li").Length).ShouldBe([7, 11, 13]);
        var yaml = await client.GetAsync("/Standards/Framework/maatstaf/2016?handler=Yaml");
        (await yaml.Content.ReadAsStringAsync()).ShouldContain("code: \"maatstaf\"");
    }

    [Fact]
    public async Task ARatingOutsideTheScaleIsRefusedWithAClearMessageAndAudited()
    {
        var client = await app.As(Role.OrganisationContact);
        var id = await StartAsync(client, await DeltaSubjectAsync(), "maatstaf@2016", RaterRole.Self, "t-" + Guid.NewGuid().ToString("N")[..6]);
        var response = await RateAsync(client, id, "K1.1", "9");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ParseAsync()).Text(".errors").ShouldContain("'9' is geen waarde van schaal");
        (await RefusalsAsync(id)).ShouldBe(1);

        (await RateAsync(client, id, "K1.1", "3")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await Db(db => db.Set<AssessmentRecord>().SingleAsync(a => a.Id == id));
        stored.ToDomain().RatingOf("K1.1")!.ValueCode.ShouldBe("3");
    }

    [Fact]
    public async Task AFinalisedAssessmentIsLockedAndTheAttemptIsAudited()
    {
        var self = await DemoSelfEvaluationAsync();
        self.State.ShouldBe(AssessmentState.Finalised);
        var before = await RefusalsAsync(self.Id);
        var client = await app.As(Role.OrganisationContact);
        var response = await client.PostFormAsync($"/Assessments/Rate/{self.Id}",
            new Dictionary<string, string> { ["version"] = self.Version.ToString(), ["item"] = "K1.1", ["value"] = "4", ["comment"] = "" },
            $"/Assessments/Rate/{self.Id}?handler=Rate");
        (await response.ParseAsync()).Text(".errors").ShouldContain("vastgesteld");
        (await RefusalsAsync(self.Id)).ShouldBe(before + 1);
        (await DemoSelfEvaluationAsync()).RatingsJson.ShouldBe(self.RatingsJson);
    }

    [Fact]
    public async Task TwoRatersOfOneSubjectNeverOverwriteEachOtherAndAStaleFormIsRefused()
    {
        var cycle = "t-" + Guid.NewGuid().ToString("N")[..6];
        var subject = await DeltaSubjectAsync();
        var contact = await app.As(Role.OrganisationContact);
        var auditor = await app.As(Role.Auditor);
        var selfId = await StartAsync(contact, subject, "maatstaf@2016", RaterRole.Self, cycle);
        var auditId = await StartAsync(auditor, subject, "maatstaf@2016", RaterRole.Auditor, cycle);
        selfId.ShouldNotBe(auditId);

        (await RateAsync(contact, selfId, "K1.2", "4")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RateAsync(auditor, auditId, "K1.2", "2")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The auditor cannot touch the organisation's own assessment.
        var foreign = await RateAsync(contact, selfId, "K1.3", "1");
        foreign.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await auditor.GetAsync($"/Assessments/Rate/{selfId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var notRater = await auditor.PostFormAsync($"/Assessments/Rate/{selfId}",
            new Dictionary<string, string> { ["version"] = Guid.Empty.ToString(), ["item"] = "K1.2", ["value"] = "1", ["comment"] = "" },
            $"/Assessments/Rate/{selfId}?handler=Rate");
        (await notRater.ParseAsync()).Text(".errors").ShouldContain("Alleen de beoordelaar");

        // Same rater, two tabs: the form opened before the last save is refused.
        var stale = await Db(db => db.Set<AssessmentRecord>().Where(a => a.Id == selfId).Select(a => a.Version).SingleAsync());
        (await RateAsync(contact, selfId, "K1.4", "3")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await RateAsync(contact, selfId, "K1.5", "3", stale);
        (await conflict.ParseAsync()).Text(".errors").ShouldContain("Iemand anders heeft deze beoordeling opgeslagen");

        var self = (await Db(db => db.Set<AssessmentRecord>().SingleAsync(a => a.Id == selfId))).ToDomain();
        var audit = (await Db(db => db.Set<AssessmentRecord>().SingleAsync(a => a.Id == auditId))).ToDomain();
        self.RatingOf("K1.2")!.ValueCode.ShouldBe("4");
        audit.RatingOf("K1.2")!.ValueCode.ShouldBe("2");
        self.RatingOf("K1.5").ShouldBeNull();
    }

    [Fact]
    public async Task TheSelfEvaluationHeatMapAndItsPdfAndXlsxExportsRespond()
    {
        var self = await DemoSelfEvaluationAsync();
        var client = await app.As(Role.OrganisationContact);
        var page = await client.GetPageAsync($"/Assessments/Results/{self.Id}");
        page.QuerySelectorAll("table.heatmap tbody tr").Length.ShouldBe(24); // 6 clusters + 18 components
        page.QuerySelectorAll("table.heatmap td[class^='heat-']").Length.ShouldBe(24);
        page.QuerySelectorAll("ul.improvements li").Length.ShouldBeGreaterThan(0);

        var pdf = await client.GetAsync($"/Assessments/Results/{self.Id}?handler=Pdf");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(pdfBytes, 0, 5).ShouldBe("%PDF-");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdfBytes))
        {
            string.Concat(document.GetPages().Select(p => p.Text)).ShouldContain("Delta Advies");
        }

        // The workbook: results per cluster and component, every requirement once, the improvement points of the page.
        var book = await XlsxContent.ReadAsync(await client.GetAsync($"/Assessments/Results/{self.Id}?handler=Xlsx"));
        book.Keys.ShouldBe(["Resultaten", "Eisen", "Verbeterpunten", "Over"]);
        book["Resultaten"].Count.ShouldBe(1 + 24);
        book["Eisen"].Skip(1).Select(r => r[1]).ShouldBeUnique();
        var framework = (await app.Factory.InScopeAsync(sp => sp.GetRequiredService<GetFrameworkHandler>().FindAsync(self.FrameworkCode, self.FrameworkVersion, default)))!;
        book["Eisen"].Count.ShouldBe(1 + framework.AllSections().Sum(s => s.Requirements.Count));
        book["Verbeterpunten"].Count.ShouldBe(1 + page.QuerySelectorAll("ul.improvements li").Length);
        book.Row("Over", "Onderwerp")[1].ShouldBe("Delta Advies");
        book.Row("Over", "Norm")[1].ShouldStartWith("maatstaf");

        // Someone who may not see the organisation's assessment gets "not found".
        (await (await app.As(Role.Candidate)).GetAsync($"/Assessments/Results/{self.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheAuditShowsWhatChangedSinceThePreviousCycle()
    {
        var next = await Db(db => db.Set<AssessmentRecord>().SingleAsync(a => a.FrameworkCode == "maatstaf" && a.RaterRole == RaterRole.Auditor && a.Cycle == "2026"));
        var page = await (await app.As(Role.Auditor)).GetPageAsync($"/Assessments/Results/{next.Id}");
        var changed = page.QuerySelectorAll("tr.diff").Select(r => r.TextContent).ToList();
        changed.ShouldContain(r => r.Contains("P2.1") && r.Contains("minor") && r.Contains("observatie"));
    }

    [Fact]
    public async Task TheComparisonPageHighlightsWhereSelfAndManagerDiffer()
    {
        var manager = await Db(db => db.Set<AssessmentRecord>().FirstAsync(a => a.FrameworkCode == "vakvolwassenheid" && a.RaterRole == RaterRole.Manager && a.Team == DemoAssessments.Team));
        var self = await Db(db => db.Set<AssessmentRecord>().SingleAsync(a => a.SubjectId == manager.SubjectId && a.RaterRole == RaterRole.Self && a.Cycle == manager.Cycle));
        var expected = AssessmentComparison.Compare(
            (await app.Factory.InScopeAsync(sp => sp.GetRequiredService<GetFrameworkHandler>().FindAsync("vakvolwassenheid", "1.0", default)))!,
            self.ToDomain(), manager.ToDomain()).Value.Count(r => r.Differs);
        expected.ShouldBeGreaterThan(0);

        var page = await (await app.As(Role.BackOffice)).GetPageAsync($"/Assessments/Competency/{manager.Id}");
        page.QuerySelectorAll("table.comparison tbody tr").Length.ShouldBe(48); // 10 tasks × 4 dimensions + 8 competencies
        page.QuerySelectorAll("table.comparison tr.diff").Length.ShouldBe(expected);
        page.QuerySelectorAll("table.gap tbody tr").Length.ShouldBe(48);

        var pdf = await (await app.As(Role.BackOffice)).GetAsync($"/Assessments/Competency/{manager.Id}?handler=Pdf");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        text.ShouldContain(manager.SubjectName);
        text.ShouldContain("Zelfbeoordeling");
        text.ShouldContain("Gap tot doelprofiel");
        text.ShouldContain("T10.D"); // the last task's last dimension: every row made it onto the pages
    }

    [Fact]
    public async Task TheTeamViewShowsEveryClientManagerOfTheTeamAndExportsIt()
    {
        var client = await app.As(Role.BackOffice);
        var page = await client.GetPageAsync("/Assessments/Team?team=" + Uri.EscapeDataString(DemoAssessments.Team));
        page.QuerySelectorAll("table.team thead th").Length.ShouldBe(1 + 6);
        page.QuerySelectorAll("table.team tbody tr").Length.ShouldBe(48);
        // The export: the heat map (item × person, the page's people as columns) and the distribution per level,
        // where every item's counts add up to the number of people.
        var people = page.QuerySelectorAll("table.team thead th").Skip(1).Select(th => th.TextContent.Trim()).ToArray();
        var book = await XlsxContent.ReadAsync(await client.GetAsync("/Assessments/Team?handler=Xlsx&team=" + Uri.EscapeDataString(DemoAssessments.Team)));
        book.Keys.ShouldBe(["Heatmap", "Verdeling"]);
        book["Heatmap"][0].Skip(2).ShouldBe(people, ignoreOrder: true);
        book["Heatmap"].Count.ShouldBe(1 + 48);
        book["Verdeling"].Count.ShouldBe(1 + 48);
        book["Verdeling"].Skip(1).ShouldAllBe(r => r.Skip(1).Sum(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)) == people.Length);

        // The same on paper: the distribution, then the heat map with every person of the team (cells wrap: compare without spaces).
        var pdf = await client.GetAsync("/Assessments/Team?handler=Pdf&team=" + Uri.EscapeDataString(DemoAssessments.Team));
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            // The standard PDF fonts lose some accents (PdfDocumentWriter.Printable: Koç prints as Koc), so compare folded.
            static string Fold(string t) => new([.. t.Normalize(System.Text.NormalizationForm.FormD).Where(c => c < 128 && c != ' ')]);
            var text = Fold(string.Concat(document.GetPages().Select(p => p.Text)));
            text.ShouldContain("Verdelingperniveau");
            text.ShouldContain("T10.D");
            foreach (var word in people.SelectMany(p => p.Split(' ')))
            {
                text.ShouldContain(Fold(word)); // a name wraps in its narrow column header, so word by word
            }
        }
        (await (await app.As(Role.Candidate)).GetAsync("/Assessments/Team")).StatusCode.ShouldBe(HttpStatusCode.Redirect); // access denied
    }

    /// <summary>
    /// A department of 60 assessed by an assessor (a capacity no other test uses): person k ("Paginering k+1") is at
    /// level k mod 4 on every item, except that the last five have T1.A unrated.
    /// </summary>
    private async Task<string> PagingTeamAsync()
    {
        const string team = "Testafdeling paginering";
        var framework = (await app.Factory.InScopeAsync(sp => sp.GetRequiredService<GetFrameworkHandler>().FindAsync("vakvolwassenheid", "1.0", default)))!;
        await Db(async db =>
        {
            if (await db.Set<AssessmentRecord>().AnyAsync(a => a.Team == team))
            {
                return 0;
            }

            for (var p = 0; p < 60; p++)
            {
                var person = $"paging-{p:D2}";
                var a = Assessment.Start(framework, Guid.CreateVersion7(), SubjectKind.Person, person, Framework.LevelScaleCode, RaterRole.Assessor, "paging-assessor", "2026").Value;
                foreach (var item in framework.RatableItems().Where(i => i.Code != "T1.A" || p < 55))
                {
                    a.Rate(framework, "paging-assessor", item.Code, framework.LevelByNumber(p % 4)!.Code).IsSuccess.ShouldBeTrue();
                }

                a.TransitionTo(AssessmentState.Submitted, AssessmentActor.Rater, "paging-assessor").IsSuccess.ShouldBeTrue();
                a.TransitionTo(AssessmentState.Finalised, AssessmentActor.Coordinator, "paging-assessor").IsSuccess.ShouldBeTrue();
                var record = AssessmentRecord.From(a, $"Paginering {p + 1:D2}", "Assessor", team, DateTimeOffset.UtcNow);
                record.FinalisedAt = DateTimeOffset.UtcNow;
                db.Add(record);
            }

            return await db.Because("test department for the team view's paging").SaveChangesAsync();
        });
        return "/Assessments/Team?rater=Assessor&team=" + Uri.EscapeDataString(team);
    }

    private static string[] DistributionOf(AngleSharp.Html.Dom.IHtmlDocument page, string item) =>
        page.QuerySelectorAll("table:not(.team) tbody tr").Single(r => r.QuerySelector("th")!.TextContent == item)
            .QuerySelectorAll("td").Select(c => c.TextContent).ToArray();

    [Fact]
    public async Task TheTeamViewShowsFiftyPeopleAPageAndCountsTheDistributionOverEveryone()
    {
        var url = await PagingTeamAsync();
        var client = await app.As(Role.Director); // the department was rated by an assessor, not by a back-office manager: a director sees it

        // Page 1: Paginering 01–50; the distribution counts all 60 (T1.A over 60: 14 × level 0, 1, 2; 13 × level 3;
        // 5 unrated; over the first 50 alone it would be 13, 13, 12, 12 and none unrated).
        var first = await client.GetPageAsync(url);
        first.QuerySelectorAll("table.team thead th").Length.ShouldBe(1 + 50);
        first.QuerySelectorAll("table.team tbody tr").Length.ShouldBe(48);
        first.QuerySelectorAll("table.team thead th")[50].TextContent.ShouldBe("Paginering 50");
        first.Body!.TextContent.ShouldContain("Personen 1–50 van 60");
        DistributionOf(first, "T1.A").ShouldBe(["14", "14", "14", "13", "5"]);
        DistributionOf(first, "coachen").ShouldBe(["15", "15", "15", "15", "0"]);
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        next.ShouldContain("p=2");
        next.ShouldContain("rater=Assessor");

        // Page 2 (through the pager's link): the last ten, the same distribution; unrated cells show a dash.
        var second = await client.GetPageAsync(next);
        second.QuerySelectorAll("table.team thead th").Skip(1).Select(h => h.TextContent).ShouldBe(Enumerable.Range(51, 10).Select(n => $"Paginering {n}"));
        DistributionOf(second, "T1.A").ShouldBe(["14", "14", "14", "13", "5"]);
        var t1a = second.QuerySelectorAll("table.team tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "T1.A").QuerySelectorAll("td");
        t1a.Skip(5).Select(c => (c.TextContent, c.ClassName)).ShouldAllBe(c => c.TextContent == "—" && c.ClassName == "hn");

        // Everyone on one page: 60 columns, no pager.
        var all = await client.GetPageAsync(url + "&all=true");
        all.QuerySelectorAll("table.team thead th").Length.ShouldBe(1 + 60);
        all.QuerySelector("nav.pager").ShouldBeNull();

        // Heat classes and the Vakbekwaam profile: Paginering 01 (level 0) is a gap, 03 (level 2) is not; with a
        // level chosen, other levels are dimmed.
        var gaps = await client.GetPageAsync(url + "&preset=proficient");
        var coachen = gaps.QuerySelectorAll("table.team tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "coachen").QuerySelectorAll("td");
        (coachen[0].TextContent, coachen[0].ClassName).ShouldBe(("0", "h0 g"));
        (coachen[2].TextContent, coachen[2].ClassName).ShouldBe(("2", "h3"));
        (coachen[3].TextContent, coachen[3].ClassName).ShouldBe(("3", "h4"));
        var level = await client.GetPageAsync(url + "&level=2");
        level.QuerySelectorAll("table.team tbody tr td").Select(c => c.ClassName).Distinct().Order().ShouldBe(["d", "h3"]);

        // The export holds the whole department, not the page.
        var xlsx = await client.GetAsync(url.Replace("/Assessments/Team?", "/Assessments/Team?handler=Xlsx&"));
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var sheet = book.WorkbookPart!.WorksheetParts.Select(w => w.Worksheet).First(w => w.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count() == 49);
        sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().First().Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Count().ShouldBe(2 + 60);
    }

    [Fact]
    public async Task EvidenceIsUploadedWithARatingAndADisguisedFileIsRefused()
    {
        var client = await app.As(Role.OrganisationContact);
        var id = await StartAsync(client, await DeltaSubjectAsync(), "maatstaf@2016", RaterRole.Self, "t-" + Guid.NewGuid().ToString("N")[..6]);
        async Task<HttpResponseMessage> UploadAsync(string name, byte[] content)
        {
            var page = await client.GetPageAsync($"/Assessments/Rate/{id}");
            using var form = new MultipartFormDataContent
            {
                { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
                { new StringContent(page.QuerySelector("input[name=version]")!.GetAttribute("value")!), "version" },
                { new StringContent("O1.1"), "item" }, { new StringContent("3"), "value" }, { new StringContent("zie procedure"), "comment" },
                { new ByteArrayContent(content), "evidence", name },
            };
            return await client.PostAsync($"/Assessments/Rate/{id}?handler=Rate", form);
        }

        var disguised = await UploadAsync("procedure.pdf", "MZ not a pdf"u8.ToArray());
        (await disguised.ParseAsync()).Text(".errors").ShouldContain("geen PDF-bestand");
        (await UploadAsync("procedure.pdf", "%PDF-1.4 procedure"u8.ToArray())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var rating = (await Db(db => db.Set<AssessmentRecord>().SingleAsync(a => a.Id == id))).ToDomain().RatingOf("O1.1")!;
        rating.Evidence.Count.ShouldBe(1);
        var download = await client.GetAsync($"/Assessments/Rate/{id}?handler=Evidence&file={rating.Evidence[0]}");
        (await download.Content.ReadAsStringAsync()).ShouldStartWith("%PDF-1.4");
    }

    [Fact]
    public async Task ADevelopmentPlanGoalMustAddressAGapAndActionsTrackProgress()
    {
        var manager = await Db(db => db.Set<AssessmentRecord>().Where(a => a.FrameworkCode == "vakvolwassenheid" && a.RaterRole == RaterRole.Manager && a.Team == DemoAssessments.Team)
            .OrderByDescending(a => a.SubjectName).FirstAsync());
        await Db(db => db.Set<DevelopmentPlanRecord>().Where(p => p.AssessmentId == manager.Id).ExecuteDeleteAsync());
        var client = await app.As(Role.BackOffice);
        var url = $"/Assessments/Competency/{manager.Id}?preset=proficient";
        var page = await client.GetPageAsync(url);
        var gapItem = page.QuerySelector("input[name=items]")!.GetAttribute("value")!;
        var notAGap = manager.ToDomain().Ratings.First(r => r.Score >= 2).ItemCode;

        var refused = await client.PostFormAsync(url, new Dictionary<string, string> { ["title"] = "Geen gap", ["items"] = notAGap, ["preset"] = "proficient" },
            $"/Assessments/Competency/{manager.Id}?handler=Goal");
        (await refused.ParseAsync()).Text(".errors").ShouldContain("is geen ontwikkelpunt");

        var added = await client.PostFormAsync(url, new Dictionary<string, string> { ["title"] = "Beter plannen", ["items"] = gapItem, ["preset"] = "proficient" },
            $"/Assessments/Competency/{manager.Id}?handler=Goal");
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var goal = (await Db(db => db.Set<DevelopmentPlanRecord>().SingleAsync(p => p.AssessmentId == manager.Id))).ToDomain().Goals.Single();
        goal.LinkedItems.ShouldBe([gapItem]);

        (await client.PostFormAsync(url, new Dictionary<string, string> { ["goal"] = goal.Id.ToString(), ["description"] = "Cursus", ["due"] = "2027-03-01" },
            $"/Assessments/Competency/{manager.Id}?handler=Action")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var plan = (await Db(db => db.Set<DevelopmentPlanRecord>().SingleAsync(p => p.AssessmentId == manager.Id))).ToDomain();
        var action = plan.Actions.Single();
        (await client.PostFormAsync(url, new Dictionary<string, string> { ["actionId"] = action.Id.ToString(), ["status"] = "Done" },
            $"/Assessments/Competency/{manager.Id}?handler=Status")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetPageAsync(url)).Text("#pop + p").ShouldContain("100%");
    }

    [Fact]
    public async Task TheEvcSelectionReportComparesAssessedAndRequiredLevels()
    {
        var manager = await Db(db => db.Set<AssessmentRecord>().FirstAsync(a => a.FrameworkCode == "vakvolwassenheid" && a.RaterRole == RaterRole.Manager));
        var client = await app.As(Role.BackOffice);
        var page = await client.GetPageAsync($"/Assessments/Selection/{manager.Id}?preset=intern");
        page.QuerySelectorAll("tbody tr").Length.ShouldBe(18); // 10 tasks + 8 competencies
        var pdf = await client.GetAsync($"/Assessments/Selection/{manager.Id}?handler=Pdf&preset=intern");
        System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 5).ShouldBe("%PDF-");
    }
}

public sealed class StandardsAndAssessmentsSqliteTests(SqliteApp app) : StandardsAndAssessmentsTests(app);

public sealed class StandardsAndAssessmentsPostgresTests(PostgresApp app) : StandardsAndAssessmentsTests(app);
