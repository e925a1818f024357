using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Touchstone.E2E;

/// <summary>
/// The LMP exam from start to end in a real browser (issue 4): the director plans a session, the training
/// provider registers a candidate, the examiner runs the exam day and records the practical, the marker
/// marks the assignments anonymously, the committee sets the theory key and imports the answer sheets (CSV) and,
/// after the comment period, fixes the final answer model; the back office releases the result (withheld until the fee is paid) and issues the diploma, and an
/// anonymous visitor verifies the diploma. Registration closes before the exam date (Examenreglement 3.1 g),
/// so the journey runs on its own app whose clock the test moves on to the exam day.
/// </summary>
public sealed class ExamsJourneyTests(BrowserApp browser, ExamsJourneyTests.ClockedApp app) : IClassFixture<ExamsJourneyTests.ClockedApp>
{
    private const string Key = "ABCDABCDABCDABCDABCDABCDABCDAB";

    [Fact]
    public async Task RegistrationExamDayMarkingResultDiplomaAndPublicVerification()
    {
        BrowserApp.SkipWithoutBrowser();
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var code = "E2E-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var candidateNumber = $"{code}-001";
        const string candidateName = "Noor van Dam";
        var email = $"noor.{code.ToLowerInvariant()}@example.org";

        // 1. The director plans a session: registration closes today, the exam is tomorrow.
        var director = await LogInAsync("directeur@touchstone.example");
        await NavAsync(director, "Examens", "**/Exams/Sessions");
        await CheckAsync(director, "sessions");
        await director.GetByLabel("Examen", new() { Exact = true }).FillAsync(code);
        await director.GetByLabel("Datum", new() { Exact = true }).FillAsync(Iso(today.AddDays(1)));
        await director.GetByLabel("Plaats", new() { Exact = true }).FillAsync("Amersfoort");
        await director.GetByLabel("Examinator", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Els Mulder" });
        await director.GetByLabel("Uiterste inschrijfdatum").FillAsync(Iso(today));
        await director.GetByLabel("Uiterste betaaldatum").FillAsync(Iso(today));
        await director.GetByRole(AriaRole.Button, new() { Name = "Examen plannen" }).ClickAsync();
        await director.WaitForArrivalAsync("**/Exams/Sessions/Session/**");
        await director.GetByRole(AriaRole.Heading, new() { Name = $"Examen {code}" }).WaitForAsync();
        var sessionUrl = director.Url;
        await director.Context.CloseAsync();

        // 2. The training provider registers a candidate for it.
        var provider = await LogInAsync("opleider@touchstone.example");
        await NavAsync(provider, "Inschrijvingen", "**/Exams/Registrations");
        await provider.GetByLabel("Examen", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = $"{code} ({today.AddDays(1):dd-MM-yyyy}, Amersfoort)" });
        await provider.GetByLabel("Naam", new() { Exact = true }).FillAsync(candidateName);
        await provider.GetByLabel("Geboortedatum").FillAsync("1990-05-17");
        await provider.GetByLabel("E-mailadres").FillAsync(email);
        await provider.GetByRole(AriaRole.Button, new() { Name = "Inschrijven", Exact = true }).ClickAsync();
        await ExpectStatusAsync(provider, "Kandidaat ingeschreven.");
        var registered = provider.Locator("tr", new() { HasText = candidateNumber });
        (await registered.TextContentAsync())!.ShouldContain(candidateName);
        await CheckAsync(provider, "registrations");
        await provider.Context.CloseAsync();

        // The next morning: the exam day.
        app.Clock.Advance(TimeSpan.FromDays(1));

        // 3. The examiner: identity check and admission, the practical, the work handed in.
        var examiner = await LogInAsync("examinator@touchstone.example");
        await NavAsync(examiner, "Examendag", "**/Exams/ExamDay");
        await examiner.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await examiner.WaitForArrivalAsync("**/Exams/ExamDay/Session/**");
        var row = examiner.Locator("tbody tr", new() { HasText = candidateNumber });
        (await row.TextContentAsync())!.ShouldContain("Ingeschreven");
        await CheckAsync(examiner, "examday");
        await row.GetByLabel("Legitimatiebewijs").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await row.GetByLabel("Geldig tot").FillAsync(Iso(today.AddYears(3)));
        await row.GetByLabel("Kopie legitimatie").CheckAsync();
        await row.GetByLabel("Kopie beide zijden").CheckAsync();
        // On time for the 09:30 start (Examenreglement 7.1); the candidate checks and signs his data (7.7).
        await row.GetByLabel("Aankomst").FillAsync("09:15");
        await row.GetByLabel("Gegevens gecontroleerd en getekend").CheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Toelaten" }).ClickAsync();
        await ExpectStatusAsync(examiner, "Vastgelegd.");
        (await row.TextContentAsync())!.ShouldContain("Aanwezig");
        (await row.TextContentAsync())!.ShouldContain("Aankomst 09:15, op tijd");
        (await row.TextContentAsync())!.ShouldContain("Gegevens akkoord");
        await row.GetByLabel("Aantal V per onderdeel (7)").FillAsync("4,3,3,3,3,3,6");
        await row.GetByRole(AriaRole.Button, new() { Name = "Praktijk opslaan" }).ClickAsync();
        await ExpectStatusAsync(examiner, "Praktijk: 10 punten, Goed.");
        await row.GetByRole(AriaRole.Button, new() { Name = "Werk ingeleverd" }).ClickAsync();
        await ExpectStatusAsync(examiner, "Vastgelegd.");
        (await row.TextContentAsync())!.ShouldContain("Afgerond");
        await CheckAsync(examiner, "examday-completed");
        await examiner.Context.CloseAsync();

        // 4. The director assigns the assignments to a marker.
        director = await LogInAsync("directeur@touchstone.example");
        await director.GotoAsync(sessionUrl);
        var staffRow = director.Locator("tbody tr", new() { HasText = candidateNumber });
        await staffRow.GetByLabel("Corrector").SelectOptionAsync(new SelectOptionValue { Label = "Mohamed Yilmaz" });
        await staffRow.GetByRole(AriaRole.Button, new() { Name = "Toewijzen" }).ClickAsync();
        await ExpectStatusAsync(director, "Corrector toegewezen.");
        await CheckAsync(director, "session");
        await director.Context.CloseAsync();

        // 5. The marker sees only the candidate number and marks the five assignments.
        var marker = await LogInAsync("corrector@touchstone.example");
        await NavAsync(marker, "Beoordelen", "**/Exams/Marking");
        var work = marker.Locator("section", new() { Has = marker.GetByRole(AriaRole.Heading, new() { Name = candidateNumber }) });
        await work.WaitForAsync();
        (await marker.Locator("main").TextContentAsync())!.ShouldNotContain(candidateName);
        await CheckAsync(marker, "marking");
        // Full marks per assignment (Examenreglement 8.4): label "Opdracht n (max, min)".
        (int Max, int Min)[] items = [(9, 7), (9, 7), (12, 9), (9, 7), (12, 9)];
        for (var i = 0; i < items.Length; i++)
        {
            await work.GetByLabel($"Opdracht {i + 1} (max {items[i].Max}, min {items[i].Min})")
                .FillAsync(items[i].Max.ToString(CultureInfo.InvariantCulture));
        }

        await work.GetByRole(AriaRole.Button, new() { Name = "Beoordeling opslaan" }).ClickAsync();
        await ExpectStatusAsync(marker, "Beoordeling vastgelegd");
        (await marker.GetByRole(AriaRole.Heading, new() { Name = candidateNumber }).CountAsync()).ShouldBe(0);
        await marker.Context.CloseAsync();

        // 6. The exam committee sets the theory key and imports the answer sheets (CSV).
        var committee = await LogInAsync("examencommissie@touchstone.example");
        await NavAsync(committee, "Examencommissie", "**/Exams/Committee");
        await committee.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await committee.WaitForArrivalAsync("**/Exams/Committee/Theory/**");
        await committee.GetByLabel("Sleutel (één letter per vraag)").FillAsync(Key);
        await committee.GetByRole(AriaRole.Button, new() { Name = "Sleutel vaststellen" }).ClickAsync();
        await ExpectStatusAsync(committee, "Sleutel vastgesteld.");
        var answers = "candidateNumber;answers\n" + $"{candidateNumber};{Key[..27]}DDD\n";
        await committee.GetByLabel("Antwoordbestand (CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = "antwoorden.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(answers),
        });
        await committee.GetByRole(AriaRole.Button, new() { Name = "Inlezen" }).ClickAsync();
        await ExpectStatusAsync(committee, "1 antwoordbladen ingelezen en gescoord.");
        (await committee.Locator("#key-status").TextContentAsync())!.ShouldContain("voorlopig");
        await CheckAsync(committee, "theory");
        await committee.Context.CloseAsync();

        // 6b. Comments may be filed for ten working days after the exam (Examenreglement 12); three weeks later the
        // committee fixes the final answer model, which makes the theory score final (8.9).
        app.Clock.Advance(TimeSpan.FromDays(21));
        committee = await LogInAsync("examencommissie@touchstone.example");
        await NavAsync(committee, "Examencommissie", "**/Exams/Committee");
        await committee.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await committee.WaitForArrivalAsync("**/Exams/Committee/Theory/**");
        await committee.GetByRole(AriaRole.Button, new() { Name = "Definitief antwoordmodel vaststellen" }).ClickAsync();
        await ExpectStatusAsync(committee, "Definitief antwoordmodel vastgesteld; 1 theorie-uitslagen zijn nu definitief.");
        await CheckAsync(committee, "theory-fixed");
        await committee.Context.CloseAsync();

        // 7. The back office releases the results: withheld while the fee is unpaid, sent once payment is recorded.
        var office = await LogInAsync("backoffice@touchstone.example");
        await NavAsync(office, "Uitslagen", "**/Exams/Results");
        await ReleaseAsync(office, code);
        await ExpectStatusAsync(office, "Verzonden: 0; ingehouden wegens betaling: 1; nog niet definitief: 0.");
        await office.GotoAsync(sessionUrl);
        staffRow = office.Locator("tbody tr", new() { HasText = candidateNumber });
        await staffRow.GetByRole(AriaRole.Button, new() { Name = "Betaald", Exact = true }).ClickAsync();
        await ExpectStatusAsync(office, "Betaling verwerkt.");
        await NavAsync(office, "Uitslagen", "**/Exams/Results");
        await ReleaseAsync(office, code);
        await ExpectStatusAsync(office, "Verzonden: 1; ingehouden wegens betaling: 0; nog niet definitief: 0.");
        await CheckAsync(office, "results");

        // 8. The diploma is issued; its PDF responds.
        await office.GotoAsync(sessionUrl);
        staffRow = office.Locator("tbody tr", new() { HasText = candidateNumber });
        (await staffRow.TextContentAsync())!.ShouldContain("theory: Goed");
        await staffRow.GetByRole(AriaRole.Button, new() { Name = "Diploma uitreiken" }).ClickAsync();
        await ExpectStatusAsync(office, "Diploma uitgereikt.");
        await CheckAsync(office, "session-diploma");
        var diplomaNumber = (await staffRow.GetByRole(AriaRole.Link, new() { Name = "LMP-" }).TextContentAsync())!.Trim();
        diplomaNumber.ShouldStartWith("LMP-");
        await NavAsync(office, "Diploma's", "**/Exams/Diplomas");
        var pdfLink = office.GetByRole(AriaRole.Link, new() { Name = diplomaNumber, Exact = true });
        var pdf = await office.Context.APIRequest.GetAsync((await pdfLink.GetAttributeAsync("href"))!);
        pdf.Status.ShouldBe(200);
        pdf.Headers["content-type"].ShouldStartWith("application/pdf");
        Encoding.ASCII.GetString((await pdf.BodyAsync())[..5]).ShouldBe("%PDF-");
        await CheckAsync(office, "diplomas");
        await office.Context.CloseAsync();

        // 9. Anyone verifies the diploma with its number and the holder's surname.
        var visitor = await NewPageAsync();
        await visitor.GotoAsync("/Public/Verify");
        await visitor.GetByLabel("Diplomanummer").FillAsync(diplomaNumber);
        await visitor.GetByLabel("Achternaam").FillAsync("van Dam");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await visitor.WaitForArrivalAsync("**/Public/Verify?**");
        var outcome = visitor.Locator("#outcome");
        await outcome.GetByRole(AriaRole.Heading, new() { Name = "Geldig" }).WaitForAsync();
        (await outcome.TextContentAsync())!.ShouldContain($"Diploma {diplomaNumber} van {candidateName}");
        await CheckAsync(visitor, "verify");
        await visitor.Context.CloseAsync();
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        // Room for a busy CI machine: the first requests to the freshly started app compile and seed.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<IPage> LogInAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await BrowserApp.SubmitLogInAsync(page, app.BaseUrl, email);
        return page;
    }

    private static async Task NavAsync(IPage page, string link, string url)
    {
        await page.Locator("nav.main-nav").GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        await page.WaitForArrivalAsync(url);
    }

    private static async Task ReleaseAsync(IPage page, string code) =>
        await page.Locator("tbody tr", new() { HasText = code }).GetByRole(AriaRole.Button, new() { Name = "Uitslagen verzenden" }).ClickAsync();

    /// <summary>The page after a post-redirect-get shows its outcome as a status message; errors fail with their text.</summary>
    private static async Task ExpectStatusAsync(IPage page, string text)
    {
        var status = page.Locator(".notice[role=status]", new() { HasText = text }).Or(page.Locator(".errors li:visible"));
        await status.First.WaitForAsync();
        var shown = (await status.First.TextContentAsync())!;
        shown.ShouldContain(text);
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, $"exams-{name}.png"), FullPage = true });
        await RoleHomeTests.AssertAccessibleAsync(page, $"exams-{name}");
    }

    /// <summary>The app with the demo world and a clock the journey moves forward; started only when a browser is there.</summary>
    public sealed class ClockedApp : IAsyncLifetime
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "touchstone-e2e", "exams-" + Guid.NewGuid().ToString("N"));
        private WebApplicationFactory<Program>? _factory;

        public TestClock Clock { get; } = new();

        public string BaseUrl { get; private set; } = string.Empty;

        public ValueTask InitializeAsync()
        {
            if (BrowserApp.ChromiumPath is not null)
            {
                (_factory, BaseUrl) = BrowserApp.StartApp(_folder, s => s.AddSingleton<TimeProvider>(Clock));
            }

            return ValueTask.CompletedTask;
        }

        public async ValueTask DisposeAsync()
        {
            if (_factory is not null)
            {
                await _factory.DisposeAsync();
            }
        }
    }

    /// <summary>The system clock plus an offset the test sets.</summary>
    public sealed class TestClock : TimeProvider
    {
        private long _offsetTicks;

        public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));
    }
}
