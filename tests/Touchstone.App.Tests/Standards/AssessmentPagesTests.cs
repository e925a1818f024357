using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Assessments;

namespace Touchstone.App.Tests.Standards;

/// <summary>Audit mode, state changes and evidence limits through the real assessment pages (issue 3, points 4 and 5).</summary>
public abstract class AssessmentPagesTests(AppFixture app)
{
    private Task<T> Db<T>(Func<TouchstoneDbContext, Task<T>> work) =>
        app.Factory.InScopeAsync(sp => work(sp.GetRequiredService<TouchstoneDbContext>()));

    private Task<AssessmentRecord> RecordAsync(Guid id) => Db(db => db.Set<AssessmentRecord>().AsNoTracking().SingleAsync(a => a.Id == id));

    private async Task<string> DeltaAsync() =>
        "Organisation:" + await Db(db => db.Set<Touchstone.App.Organisations.Organisation>().Where(o => o.Name == "Delta Advies").Select(o => o.Id).SingleAsync());

    private static string Cycle() => "p-" + Guid.NewGuid().ToString("N")[..6];

    private static async Task<Guid> StartAsync(HttpClient client, string subject, RaterRole role, string cycle)
    {
        var response = await client.PostFormAsync("/Assessments", new Dictionary<string, string>
        {
            ["Input.Subject"] = subject, ["Input.Framework"] = "maatstaf@2016", ["Input.RaterRole"] = role.ToString(), ["Input.Cycle"] = cycle,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Posts one of the rate page's forms with the version the page shows.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetPageAsync($"/Assessments/Rate/{id}");
        fields["version"] = page.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        return await client.PostFormAsync($"/Assessments/Rate/{id}", fields, $"/Assessments/Rate/{id}?handler={handler}");
    }

    private static Task<HttpResponseMessage> FindingAsync(HttpClient client, Guid id, string item, string type, string questions, string position) =>
        PostAsync(client, id, "Finding", new() { ["item"] = item, ["type"] = type, ["questions"] = questions, ["position"] = position });

    [Fact]
    public async Task AnAuditorRecordsAFindingWithQuestionsAndAReasonedPositionThroughTheRatePage()
    {
        var auditor = await app.As(Role.Auditor);
        var id = await StartAsync(auditor, await DeltaAsync(), RaterRole.Auditor, Cycle());
        var form = await auditor.GetPageAsync($"/Assessments/Rate/{id}");
        form.QuerySelectorAll("select[id='f-K1.1'] option").Select(o => o.GetAttribute("value")).ShouldBe(["", "major", "minor", "verbeterkans", "observatie", "sterk"]);

        var saved = await FindingAsync(auditor, id, "K1.1", "minor", "Hoe volgt u de externe factoren?\nWie evalueert de analyse?", "Analyse bestaat maar wordt niet geëvalueerd.");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var finding = (await RecordAsync(id)).ToDomain().FindingOf("K1.1")!;
        finding.TypeCode.ShouldBe("minor");
        finding.Questions.ShouldBe(["Hoe volgt u de externe factoren?", "Wie evalueert de analyse?"]);
        finding.Position.ShouldBe("Analyse bestaat maar wordt niet geëvalueerd.");

        var results = await auditor.GetPageAsync($"/Assessments/Results/{id}");
        var row = results.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == "K1.1");
        row.TextContent.ShouldContain("Kleine tekortkoming");
        row.TextContent.ShouldContain("Wie evalueert de analyse?");

        // A finding type outside the finding scale is refused on the page and audited.
        var refused = await FindingAsync(auditor, id, "K1.2", "ramp", "", "?");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.ParseAsync()).Text(".errors").ShouldNotBeEmpty();
        (await RecordAsync(id)).ToDomain().FindingOf("K1.2").ShouldBeNull();
        var audited = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords.AsNoTracking()
            .Where(r => r.EntityType == nameof(AssessmentRecord) && r.EntityId == id.ToString() && r.Action == "ChangeRefused").ToListAsync());
        audited.ShouldHaveSingleItem().Reason.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task TheNextCycleIsCopiedThroughTheResultsPageAndShowsWhatChanged()
    {
        var auditor = await app.As(Role.Auditor);
        var first = Cycle();
        var id = await StartAsync(auditor, await DeltaAsync(), RaterRole.Auditor, first);
        (await FindingAsync(auditor, id, "P2.1", "minor", "Hoe worden derden geselecteerd?", "Selectie niet vastgelegd.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(auditor, id, "Rate", new() { ["item"] = "P2.1", ["value"] = "2", ["comment"] = "deels" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var second = Cycle();
        var next = await auditor.PostFormAsync($"/Assessments/Results/{id}", new Dictionary<string, string> { ["cycle"] = second }, $"/Assessments/Results/{id}?handler=NextCycle");
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect, await next.Content.ReadAsStringAsync());
        var nextId = Guid.Parse(next.Headers.Location!.OriginalString.Split('/').Last());
        var copy = await RecordAsync(nextId);
        (copy.Cycle, copy.PreviousId, copy.State).ShouldBe((second, (Guid?)id, AssessmentState.Draft));
        copy.ToDomain().FindingOf("P2.1")!.TypeCode.ShouldBe("minor"); // copied from the last cycle
        copy.ToDomain().RatingOf("P2.1")!.ValueCode.ShouldBe("2");

        var unchanged = await auditor.GetPageAsync($"/Assessments/Results/{nextId}");
        unchanged.QuerySelectorAll("tr.diff").Length.ShouldBe(0);

        (await FindingAsync(auditor, nextId, "P2.1", "observatie", "Is de selectie nu vastgelegd?", "Vastgelegd; nog niet overal toegepast.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(auditor, nextId, "Rate", new() { ["item"] = "P2.1", ["value"] = "3", ["comment"] = "verbeterd" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var changed = (await auditor.GetPageAsync($"/Assessments/Results/{nextId}")).QuerySelectorAll("tr.diff").Select(r => r.TextContent).ToList();
        changed.ShouldContain(r => r.Contains("P2.1") && r.Contains("minor") && r.Contains("observatie"));
        changed.ShouldContain(r => r.Contains("P2.1") && r.Contains('2') && r.Contains('3'));

        // The same cycle label again is refused on the results page.
        var again = await auditor.PostFormAsync($"/Assessments/Results/{id}", new Dictionary<string, string> { ["cycle"] = second }, $"/Assessments/Results/{id}?handler=NextCycle");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.ParseAsync()).Text(".errors").ShouldContain(second);
    }

    [Fact]
    public async Task TheRaterSubmitsAndTheCertificationBodyFinalisesThroughThePage()
    {
        var contact = await app.As(Role.OrganisationContact);
        var id = await StartAsync(contact, await DeltaAsync(), RaterRole.Self, Cycle());
        (await PostAsync(contact, id, "Rate", new() { ["item"] = "K1.1", ["value"] = "3", ["comment"] = "jaarlijks" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The rater may not finalise their own self-evaluation.
        var early = await PostAsync(contact, id, "State", new() { ["target"] = "Finalised" });
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await early.ParseAsync()).Text(".errors").ShouldNotBeEmpty();
        (await RecordAsync(id)).State.ShouldBe(AssessmentState.Draft);

        (await PostAsync(contact, id, "State", new() { ["target"] = "Submitted" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var submitted = await RecordAsync(id);
        submitted.State.ShouldBe(AssessmentState.Submitted);
        submitted.SubmittedAt.ShouldNotBeNull();

        var auditor = await app.As(Role.Auditor);
        (await auditor.GetPageAsync($"/Assessments/Rate/{id}")).QuerySelector("button[name=target][value=Finalised]").ShouldNotBeNull();
        (await PostAsync(auditor, id, "State", new() { ["target"] = "Finalised" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var finalised = await RecordAsync(id);
        finalised.State.ShouldBe(AssessmentState.Finalised);
        finalised.FinalisedAt.ShouldNotBeNull();
        var page = await contact.GetPageAsync($"/Assessments/Rate/{id}");
        page.Text("p.notice").ShouldBe("Deze beoordeling is vastgesteld en kan niet meer worden gewijzigd.");
        page.QuerySelectorAll("form[action*='handler=Rate']").Length.ShouldBe(0);
    }

    [Fact]
    public async Task AnOversizedEvidenceFileIsRefusedOnTheRatePageAndTheInputIsKept()
    {
        var contact = await app.As(Role.OrganisationContact);
        var id = await StartAsync(contact, await DeltaAsync(), RaterRole.Self, Cycle());
        var page = await contact.GetPageAsync($"/Assessments/Rate/{id}");
        var big = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.4 "u8.CopyTo(big);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(page.QuerySelector("input[name=version]")!.GetAttribute("value")!), "version" },
            { new StringContent("O1.2"), "item" }, { new StringContent("2"), "value" }, { new StringContent("zie het grote handboek"), "comment" },
            { new ByteArrayContent(big), "evidence", "handboek.pdf" },
        };
        var response = await contact.PostAsync($"/Assessments/Rate/{id}?handler=Rate", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await response.ParseAsync();
        refused.Text(".errors").ShouldContain("Het bestand is groter dan 10 MB.");
        refused.QuerySelector("select[id='v-O1.2'] option[selected]")!.GetAttribute("value").ShouldBe("2");
        refused.Text("textarea[id='c-O1.2']").ShouldBe("zie het grote handboek");
        (await RecordAsync(id)).ToDomain().RatingOf("O1.2").ShouldBeNull();
        (await Db(db => db.Files.CountAsync(f => f.FileName == "handboek.pdf"))).ShouldBe(0);
    }

    // Standaard Vakvolwassenheid: a competency level is reached only when the indicators of that level and of all
    // lower levels are met (cumulative). The rate page offers the indicators per level; the level follows from them.
    /// <summary>The candidate's own competency self-assessment, started through the page.</summary>
    private static async Task<Guid> StartOwnCompetencyAssessmentAsync(HttpClient client)
    {
        var index = await client.GetPageAsync("/Assessments");
        var myself = index.QuerySelector("select[name='Input.Subject'] option")!.GetAttribute("value")!;
        var response = await client.PostFormAsync("/Assessments", new Dictionary<string, string>
        {
            ["Input.Subject"] = myself, ["Input.Framework"] = "vakvolwassenheid@1.0", ["Input.RaterRole"] = "Self", ["Input.Cycle"] = Cycle(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Posts the rate form of one competency with these indicators ticked (the form offers them: indicatorsShown).</summary>
    private static async Task<HttpResponseMessage> RateCompetencyAsync(HttpClient client, Guid id, string item, string value, IEnumerable<string> ticked)
    {
        var page = await client.GetPageAsync($"/Assessments/Rate/{id}");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("version", page.QuerySelector("input[name=version]")!.GetAttribute("value")!),
            new("item", item), new("value", value), new("comment", "zelfbeeld"), new("indicatorsShown", "true"),
        };
        fields.AddRange(ticked.Select(c => new KeyValuePair<string, string>("indicator", c)));
        return await client.PostFormAsync($"/Assessments/Rate/{id}", fields, $"/Assessments/Rate/{id}?handler=Rate");
    }

    /// <summary>The indicator codes the rate page offers for a competency at one level.</summary>
    private static List<string> Offered(AngleSharp.Html.Dom.IHtmlDocument page, string competency, int level) =>
        page.QuerySelectorAll($"[id='i-{competency}'] input[name=indicator]").Select(i => i.GetAttribute("value")!)
            .Where(c => c.StartsWith($"{competency}.{level}.", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task ACompetencyLevelFollowsTheCumulativeIndicatorsTickedOnTheRatePage()
    {
        var client = await app.As(Role.Candidate);
        var id = await StartOwnCompetencyAssessmentAsync(client);

        var page = await client.GetPageAsync($"/Assessments/Rate/{id}");
        var block = page.QuerySelector("[id='i-communicatie']")!;
        block.QuerySelectorAll(".indicator-level").Select(l => l.GetAttribute("data-level")).ShouldBe(["1", "2", "3"]);
        block.QuerySelector(".indicators")!.TextContent.ShouldContain("én van alle lagere niveaus");
        var basis = Offered(page, "communicatie", 1);
        var proficient = Offered(page, "communicatie", 2);
        (basis.Count, proficient.Count).ShouldNotBe((0, 0));

        Task<HttpResponseMessage> RateWithAsync(string value, IEnumerable<string> ticked) => RateCompetencyAsync(client, id, "communicatie", value, ticked);

        async Task<string?> StoredAsync() => (await RecordAsync(id)).ToDomain().RatingOf("communicatie")?.ValueCode;

        // Vakbekwaam claimed with only the Basis indicators ticked: refused, naming the missing indicator; ticks kept.
        var refused = await RateWithAsync("vakbekwaam", basis);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var shown = await refused.ParseAsync();
        shown.Text(".errors").ShouldContain($"Niveau 2 van 'Communicatieve vaardigheden' vereist indicator {proficient[0]}");
        shown.QuerySelectorAll("[id='i-communicatie'] input[name=indicator][checked]").Select(i => i.GetAttribute("value")).ShouldBe(basis);
        (await StoredAsync()).ShouldBeNull();

        // The level of Vakbekwaam's indicators alone, without all of Basis, is 0 (cumulative).
        (await RateWithAsync("", proficient.Concat(basis.Skip(1)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StoredAsync()).ShouldBe("nog-niet");

        // Basis and Vakbekwaam ticked, no level chosen: derived as Vakbekwaam; claiming it is accepted too.
        (await RateWithAsync("", basis.Concat(proficient))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StoredAsync()).ShouldBe("vakbekwaam");
        (await RateWithAsync("basis", basis)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StoredAsync()).ShouldBe("basis");
    }

    // Standaard Vakvolwassenheid, competenties: cumulatief — the ticks are the ground of the level: they are stored with
    // the rating, ticked again when the draft is reopened, kept (not overwritten) by a refused save, and shown beside
    // the level when the assessment is viewed (competency page, read-only rate page).
    [Fact]
    public async Task TickedIndicatorsAreStoredShownWhenViewedAndTickedAgainWhenTheDraftIsReopened()
    {
        var client = await app.As(Role.Candidate);
        var id = await StartOwnCompetencyAssessmentAsync(client);
        var page = await client.GetPageAsync($"/Assessments/Rate/{id}");
        var basis = Offered(page, "netwerken", 1);
        var proficient = Offered(page, "netwerken", 2);
        var ticked = basis.Concat(proficient).ToList();
        page.QuerySelectorAll("[id='i-netwerken'] input[name=indicator][checked]").Length.ShouldBe(0);

        (await RateCompetencyAsync(client, id, "netwerken", "", ticked)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var rating = (await RecordAsync(id)).ToDomain().RatingOf("netwerken")!;
        rating.ValueCode.ShouldBe("vakbekwaam");
        rating.Indicators.ShouldBe(ticked);

        // The draft reopened: exactly these boxes are ticked; other competencies have none.
        var reopened = await client.GetPageAsync($"/Assessments/Rate/{id}");
        reopened.QuerySelectorAll("[id='i-netwerken'] input[name=indicator][checked]").Select(i => i.GetAttribute("value")).ShouldBe(ticked);
        reopened.QuerySelectorAll("[id='i-communicatie'] input[name=indicator][checked]").Length.ShouldBe(0);

        // A refused save (Vakvolwassen claimed with one tick less) shows the posted ticks and leaves the stored ones alone.
        var refused = await RateCompetencyAsync(client, id, "netwerken", "vakvolwassen", ticked.Skip(1));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.ParseAsync()).QuerySelectorAll("[id='i-netwerken'] input[name=indicator][checked]").Select(i => i.GetAttribute("value")).ShouldBe(ticked.Skip(1));
        (await RecordAsync(id)).ToDomain().RatingOf("netwerken")!.Indicators.ShouldBe(ticked);
        (await client.GetPageAsync($"/Assessments/Rate/{id}")).QuerySelectorAll("[id='i-netwerken'] input[name=indicator][checked]").Length.ShouldBe(ticked.Count);

        // Viewed on the competency page: the ticked indicators beside the level, in the self-assessment's column.
        var profile = await client.GetPageAsync($"/Assessments/Competency/{id}");
        var cell = profile.QuerySelector("tr[id='ind-netwerken'] td[data-rater=Self]")!;
        cell.TextContent.ShouldContain("2 Vakbekwaam");
        cell.QuerySelectorAll("li[data-indicator]").Select(l => l.GetAttribute("data-indicator")).ShouldBe(ticked);
        profile.QuerySelector("tr[id='ind-communicatie'] td[data-rater=Self]")!.QuerySelectorAll("li").Length.ShouldBe(0);

        // The exports carry them too: a row per ticked indicator in the workbook, the same indicators in the PDF.
        var book = await XlsxContent.ReadAsync(await client.GetAsync($"/Assessments/Competency/{id}?handler=Xlsx"));
        book["Indicatoren"].Skip(1).Select(r => r[3]).ShouldBe(ticked);
        book["Indicatoren"].Skip(1).ShouldAllBe(r => r[0].StartsWith("netwerken ", StringComparison.Ordinal) && r[1].StartsWith("zelf", StringComparison.Ordinal));
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await client.GetByteArrayAsync($"/Assessments/Competency/{id}?handler=Pdf&preset=proficient")))
        {
            // Table cells wrap, so compare without white space.
            var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
            text.ShouldContain("Afgevinkteindicatorenpercompetentie");
            foreach (var code in ticked)
            {
                text.ShouldContain(code.Replace(" ", "", StringComparison.Ordinal));
            }
        }

        // Submitted (read-only): the rate page lists them instead of offering boxes.
        (await PostAsync(client, id, "State", new() { ["target"] = "Submitted" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var submitted = await client.GetPageAsync($"/Assessments/Rate/{id}");
        submitted.QuerySelectorAll("[id='i-netwerken'] input[name=indicator]").Length.ShouldBe(0);
        submitted.QuerySelectorAll("[id='i-netwerken'] .ticked-indicators li").Select(l => l.GetAttribute("data-indicator")).ShouldBe(ticked);
    }
}

public sealed class AssessmentPagesSqliteTests(SqliteApp app) : AssessmentPagesTests(app);

public sealed class AssessmentPagesPostgresTests(PostgresApp app) : AssessmentPagesTests(app);
