using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.App.Files;
using Touchstone.App.Mail;
using Touchstone.App.Tests.Foundation;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Tests.Exams;

/// <summary>The LMP exam end to end through pages and API: registration, refund, exclusion, marking, results, diplomas, verification, retention.</summary>
public abstract partial class ExamsWebTests(AppFixture app) : ExamsWebTestBase(app)
{
    private const string Key = "ABCDABCDABCDABCDABCDABCDABCDAB";

    [Fact]
    public async Task ACsvFileWithOneBadRowImportsNothingAndReportsEveryRow()
    {
        var (id, code) = await CreateSessionAsync(30);
        var client = await App.As(Role.TrainingProvider);
        var csv = $"session;name;dateOfBirth;email;resit\n{code};Anna Bos;1990-01-02;anna.{code}@example.nl;nee\n{code};Piet Bos;not-a-date;piet.{code}@example.nl;nee\n{code};Anna Bos;1990-01-02;anna.{code}@example.nl;nee\nNO-SUCH;Jan Bos;1991-01-02;jan.{code}@example.nl;nee\n{code};te weinig kolommen\n";

        var response = await PostFileAsync(client, "/Exams/Registrations", "Import", "file", "kandidaten.csv", csv);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var page = await response.ParseAsync();
        var rows = page.QuerySelectorAll("table.report tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(5);
        page.QuerySelectorAll("table.report tr.ok").Length.ShouldBe(1);
        rows[1].ShouldContain("not-a-date");
        rows[2].ShouldContain("meer dan één keer");
        rows[3].ShouldContain("NO-SUCH");
        rows[4].ShouldContain("kolommen");
        (await CountAsync(id)).ShouldBe(0);

        var good = $"session;name;dateOfBirth;email;resit\n{code};Anna Bos;1990-01-02;anna.{code}@example.nl;nee\n{code};Piet Bos;1988-03-04;piet.{code}@example.nl;nee\n";
        var ok = await PostFileAsync(client, "/Exams/Registrations", "Import", "file", "kandidaten.csv", good);
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ok.ParseAsync()).QuerySelectorAll("table.report tr.ok").Length.ShouldBe(2);
        (await CountAsync(id)).ShouldBe(2);
    }

    [Fact]
    public async Task TheApiRegistersABatchOrNothingWithARowReport()
    {
        var (id, code) = await CreateSessionAsync(30);
        var client = await App.As(Role.TrainingProvider);

        var bad = await client.PostAsJsonAsync($"/api/exams/sessions/{id}/registrations", new object[]
        {
            new { name = "Iris Kok", dateOfBirth = "1991-05-06", email = $"iris.{code}@example.nl", resit = false },
            new { name = "", dateOfBirth = "1991-05-06", email = "geen-adres", resit = false },
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var report = await bad.Content.ReadFromJsonAsync<RegistrationReport>();
        report!.Imported.ShouldBeFalse();
        report.Rows[0].Ok.ShouldBeTrue();
        report.Rows[1].Errors.Select(e => e.Code).ShouldBe(["exams.registration.name", "exams.registration.email"], ignoreOrder: true);
        (await CountAsync(id)).ShouldBe(0);

        var good = await client.PostAsJsonAsync($"/api/exams/sessions/{id}/registrations", new object[]
        {
            new { name = "Iris Kok", dateOfBirth = "1991-05-06", email = $"iris.{code}@example.nl", resit = false },
        });
        good.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await good.Content.ReadFromJsonAsync<RegistrationReport>())!.RegistrationIds.Length.ShouldBe(1);
        (await CountAsync(id)).ShouldBe(1);

        (await client.PostAsJsonAsync($"/api/exams/sessions/{Guid.NewGuid()}/registrations", Array.Empty<object>())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APersonExcludedForFraudIsRefusedWithTheRuleNamed()
    {
        var (id, code) = await CreateSessionAsync(30);
        var email = $"fraudeur.{code}@example.nl".ToLowerInvariant();
        await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            db.Add(new ExamCandidate { Name = "F. Raudeur", Email = email, DateOfBirth = new DateOnly(1980, 1, 1), FraudEstablishedOn = Today().AddYears(-1), FraudFinding = "spiekbriefje" });
            await db.SaveChangesAsync();
        });

        var client = await App.As(Role.TrainingProvider);
        var response = await client.PostAsJsonAsync($"/api/exams/sessions/{id}/registrations", new[] { new { name = "F. Raudeur", dateOfBirth = "1980-01-01", email, resit = false } });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await response.Content.ReadFromJsonAsync<RegistrationReport>())!.Rows.Single().Errors.Single();
        error.Code.ShouldBe("exams.registration.excluded");
        error.Rule.ShouldBe("Examenreglement 7.9");
        (await CountAsync(id)).ShouldBe(0);
    }

    [Fact]
    public async Task APersonExcludedForFraudIsRecognisedByNameAndDateOfBirthUnderANewAddress()
    {
        // Examenreglement 7.9 excludes the person for five years, not his e-mail address: the same name (case, accents,
        // punctuation and spaces aside) and date of birth under another address is refused too, in the row report of the
        // API and the file and on the one-by-one page. The same name with another date of birth is someone else.
        var (id, code) = await CreateSessionAsync(30);
        var surname = "Raudeur" + code;
        var established = Today().AddYears(-1);
        await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            db.Add(new ExamCandidate { Name = $"F. Raudéur{code}", Email = $"oud.{code}@example.nl".ToLowerInvariant(), DateOfBirth = new DateOnly(1980, 1, 1), FraudEstablishedOn = established, FraudFinding = "spiekbriefje" });
            await db.SaveChangesAsync();
        });
        var newEmail = $"nieuw.{code}@example.nl".ToLowerInvariant();
        var until = established.AddYears(ExamRegulation.FromSeed.FraudExclusionYears).ToString("d-M-yyyy", CultureInfo.InvariantCulture);
        var dutch = $"Kandidaat {newEmail} is na een vastgestelde fraude uitgesloten van examens tot {until}. (Examenreglement 7.9)";
        var client = await App.As(Role.TrainingProvider);

        var api = await client.PostAsJsonAsync($"/api/exams/sessions/{id}/registrations", new[] { new { name = $"f  {surname.ToUpperInvariant()}", dateOfBirth = "1980-01-01", email = newEmail, resit = false } });
        api.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await api.Content.ReadFromJsonAsync<RegistrationReport>())!.Rows.Single().Errors.Single();
        (error.Code, error.Rule).ShouldBe(("exams.registration.excluded", "Examenreglement 7.9"));

        var file = await PostFileAsync(client, "/Exams/Registrations", "Import", "file", "kandidaten.csv",
            $"session;name;dateOfBirth;email;resit\n{code};F. {surname};1-1-1980;{newEmail};nee\n{code};F. {surname};1981-01-01;ander.{code}@example.nl;nee\n");
        file.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var rows = (await file.ParseAsync()).QuerySelectorAll("table.report tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).ToList();
        rows.ShouldBe([dutch, "OK"]);

        var page = await client.PostFormAsync("/Exams/Registrations", new Dictionary<string, string>
        {
            ["One.SessionId"] = id.ToString(), ["One.Name"] = $"F {surname}", ["One.DateOfBirth"] = "1980-01-01", ["One.Email"] = newEmail, ["One.Resit"] = "false",
        }, "/Exams/Registrations?handler=Single");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await page.Content.ReadAsStringAsync()).ShouldContain(dutch);
        (await CountAsync(id)).ShouldBe(0);
    }

    [Fact]
    public async Task CancellingFiveWorkingDaysAheadRefundsFortyPercentAndLaterNothing()
    {
        var early = await RegisterAsync(await CreateSessionAsync(40), "vroeg");
        var late = await RegisterAsync(await CreateSessionAsync(2, registrationDeadlineDays: 1), "laat");
        var staff = await App.As(Role.BackOffice);
        foreach (var (session, registration) in new[] { early, late })
        {
            (await staff.PostFormAsync($"/Exams/Sessions/Session/{session}", new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["paid"] = "true" },
                $"/Exams/Sessions/Session/{session}?handler=Paid")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await staff.PostFormAsync($"/Exams/Sessions/Session/{session}", new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["reason"] = "ziek" },
                $"/Exams/Sessions/Session/{session}?handler=Cancel")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var (e, l) = await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            return (await db.Set<SessionRegistration>().SingleAsync(r => r.Id == early.Registration), await db.Set<SessionRegistration>().SingleAsync(r => r.Id == late.Registration));
        });
        e.State.ShouldBe(RegistrationState.Cancelled);
        e.Refund.ShouldBe(158.00m); // 40% of 395 (Examenreglement 6.7)
        l.State.ShouldBe(RegistrationState.Cancelled);
        l.Refund.ShouldBe(0m);
    }

    [Fact]
    public async Task AMarkedExamIsReleasedOnlyWhenPaidAndThenGivesAVerifiableDiploma()
    {
        var director = await App.As(Role.Director);
        var (session, registration) = await RegisterAsync(await CreateSessionAsync(1, registrationDeadlineDays: 0), "geslaagd", name: "Willemijn van Oranje");
        var day = $"/Exams/ExamDay/Session/{session}";

        await Ok(director.PostFormAsync(day, new Dictionary<string, string>
        {
            ["registrationId"] = registration.ToString(), ["action"] = "CheckIn", ["document"] = "Passport", ["validUntil"] = "2099-01-01", ["copyProvided"] = "true",
            ["arrivedAt"] = "09:20", ["dataSigned"] = "true",
        }, day + "?handler=Attendance"));
        await Ok(director.PostFormAsync(day, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["criteria"] = "4,3,3,3,3,3,6" }, day + "?handler=Practical"));
        await Ok(director.PostFormAsync(day, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["action"] = "Complete" }, day + "?handler=Attendance"));

        var theory = $"/Exams/Committee/Theory/{session}";
        await Ok(director.PostFormAsync(theory, new Dictionary<string, string> { ["letters"] = Key }, theory + "?handler=Key"));
        var number = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.Id == registration).Select(r => r.CandidateNumber).SingleAsync());
        (await PostFileAsync(director, theory, "Import", "file", "antwoorden.csv", $"candidateNumber;answers\n{number};{Key[..27]}AAA\n")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TheoryFinalAsync(registration)).ShouldBeFalse(); // provisional until the final answer model (Examenreglement 8.9)

        var markerId = await InDbAsync(db => db.Users.Where(u => u.Email == "corrector@touchstone.example").Select(u => u.Id).SingleAsync());
        var staffPage = $"/Exams/Sessions/Session/{session}";
        await Ok(director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["markerId"] = markerId, ["second"] = "false" }, staffPage + "?handler=AssignMarker"));
        var marker = await App.As(Role.Marker);
        var markingPage = await marker.GetPageAsync("/Exams/Marking");
        markingPage.Body!.TextContent.ShouldContain(number);
        markingPage.Body.TextContent.ShouldNotContain("Willemijn"); // anonymous marking
        await Ok(marker.PostFormAsync("/Exams/Marking", new[] { 8, 8, 11, 8, 11 }.Select(p => new KeyValuePair<string, string>("points", p.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("registrationId", registration.ToString())), "/Exams/Marking?handler=Mark"));

        var components = await InDbAsync(db => db.Set<ExamComponentResult>().Where(c => c.RegistrationId == registration).ToListAsync());
        components.Single(c => c.Code == LmpExam.Theory).Band.ShouldBe(ResultBand.Goed); // 27 of 30
        components.Single(c => c.Code == LmpExam.Assignments).Band.ShouldBe(ResultBand.Goed); // every minimum met and 46 >= 45 points
        components.Single(c => c.Code == LmpExam.Practical).Band.ShouldBe(ResultBand.Goed);
        components.Where(c => c.Code != LmpExam.Theory).ShouldAllBe(c => c.IsFinal);

        // Nothing is sent while the theory is provisional; after the comment period the committee fixes the final answer model (8.8, 8.9).
        await Ok(director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["paid"] = "true" }, staffPage + "?handler=Paid"));
        await Ok(director.PostFormAsync("/Exams/Results", new Dictionary<string, string> { ["sessionId"] = session.ToString() }, "/Exams/Results?handler=Release"));
        (await InDbAsync(db => db.Set<ExamComponentResult>().Where(c => c.RegistrationId == registration).AllAsync(c => c.ResultSentOn == null))).ShouldBeTrue();
        await Ok(director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["paid"] = "false" }, staffPage + "?handler=Paid"));
        await CommentPeriodOverAsync(session);
        await Ok(director.PostFormAsync(theory, new Dictionary<string, string>(), theory + "?handler=Fix"));
        (await TheoryFinalAsync(registration)).ShouldBeTrue();

        // Payment incomplete: the result is withheld (Examenreglement 6.4).
        await Ok(director.PostFormAsync("/Exams/Results", new Dictionary<string, string> { ["sessionId"] = session.ToString() }, "/Exams/Results?handler=Release"));
        (await InDbAsync(db => db.Set<ExamComponentResult>().Where(c => c.RegistrationId == registration).AllAsync(c => c.ResultSentOn == null))).ShouldBeTrue();

        await Ok(director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["paid"] = "true" }, staffPage + "?handler=Paid"));
        await Ok(director.PostFormAsync("/Exams/Results", new Dictionary<string, string> { ["sessionId"] = session.ToString() }, "/Exams/Results?handler=Release"));
        (await InDbAsync(db => db.Set<ExamComponentResult>().Where(c => c.RegistrationId == registration).AllAsync(c => c.ResultSentOn == Today()))).ShouldBeTrue();
        (await InDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.To.StartsWith("geslaagd.") && m.Subject == "Uitslag LMP-examen"))).ShouldBeTrue();
        // The mail names the last day to object, computed from the scheme's case configuration (Examenreglement 14).
        var objectionDeadline = Touchstone.App.Cases.CaseSchemes.DeadlinesFor("LMP", Touchstone.Domain.Calendar.WorkingDayCalendar.Default).ObjectionFilingDeadline(Today());
        (await InDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.To.StartsWith("geslaagd.") && m.Body.Contains($"tot en met {objectionDeadline:dd-MM-yyyy}")))).ShouldBeTrue();

        await Ok(director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = registration.ToString() }, staffPage + "?handler=Diploma"));
        var again = await director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = registration.ToString() }, staffPage + "?handler=Diploma");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("Examenreglement 10.4");

        var diploma = await InDbAsync(db => db.Set<Diploma>().SingleAsync(d => d.RegistrationId == registration));
        diploma.IssuedOn.ShouldBe(Today());
        var pdf = await director.GetAsync($"/Exams/Diplomas/Index?handler=Pdf&id={diploma.Id}");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(bytes))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            string Date(DateOnly d) => d.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
            text.ShouldContain("Willemijn van Oranje");
            text.ShouldContain("geboren op 03-02-1990"); // as registered: 1990-02-03
            var examDate = await InDbAsync(db => db.Set<ExamSession>().Where(s => s.Id == session).Select(s => s.ExamDate).SingleAsync());
            text.ShouldContain($"op {Date(examDate)} met goed gevolg het LMP-examen heeft afgelegd."); // the session's exam date
            text.ShouldContain(diploma.Number);
            text.ShouldContain($"Datum van uitgifte: {Date(diploma.IssuedOn)}");
            // Signed by the director, the committee chair and the graduate (Examenreglement 9.3).
            text.ShouldContain("De directeur");
            text.ShouldContain("De voorzitter van de examencommissie");
            text.ShouldContain("De gediplomeerde");
            document.GetPages().First().Paths.Count.ShouldBeGreaterThan(100); // the QR code, drawn as squares
        }

        var verify = await App.Anonymous().GetFromJsonAsync<Verification>($"/api/public/diplomas/verify?number={diploma.Number}&surname=van%20Oranje");
        verify!.Status.ShouldBe("Valid");
    }

    [Fact]
    public async Task TheDiplomaIsDatedTheDayTheRightAroseNotTheDayItIsIssued()
    {
        // Examenreglement 9.3: the issue date is the date the right to the diploma arose, the day the last component became
        // final, however much later the diploma is made. An app of its own: its clock moves on.
        AppFixture.SkipUnlessAvailable(App.Provider);
        await using var factory = new TouchstoneFactory(App.Provider);
        _ = factory.Server;
        DateOnly Day() => DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        var examDate = Day();
        var (sessionId, registrationId) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var session = new ExamSession
            {
                Code = "R" + Guid.NewGuid().ToString("N")[..8], ExamDate = examDate, StartsAt = StartsAt, Place = "Ede", Capacity = 5, TheoryMinutes = 60, PracticalMinutes = 45,
                RegistrationDeadline = examDate.AddDays(-10), PaymentDeadline = examDate.AddDays(-5), Fee = 395m,
            };
            var candidate = new ExamCandidate { Name = "Kandidaat later gedateerd", Email = $"datum.{session.Code}@example.nl".ToLowerInvariant(), DateOfBirth = new DateOnly(1985, 6, 7) };
            ExamComponentResult Component(string code) => code == LmpExam.Practical
                ? new() { Code = code }
                : new() { Code = code, Band = ResultBand.Goed, Points = 1, IsFinal = true, FinalOn = examDate };
            var registration = new SessionRegistration
            {
                SessionId = session.Id, CandidateId = candidate.Id, CandidateNumber = session.Code + "-001", State = RegistrationState.Completed, Paid = true, PaidOn = examDate.AddDays(-6),
                Components = [.. LmpExam.ComponentCodes.Select(Component)],
            };
            db.AddRange(session, candidate, registration);
            await db.SaveChangesAsync();
            return (session.Id, registration.Id);
        });

        // Three days after the exam the examiner's practical observations complete the result: the right arises that day.
        factory.Time.Advance(TimeSpan.FromDays(3));
        var arose = Day();
        await factory.InScopeAsync(async sp => (await sp.GetRequiredService<RecordPracticalHandler>().HandleAsync(new RecordPractical(registrationId, [4, 3, 3, 3, 3, 3, 6], null, null), default)).IsSuccess.ShouldBeTrue());

        // A week later the result is sent and the diploma issued: it carries the earlier date.
        factory.Time.Advance(TimeSpan.FromDays(7));
        var diploma = await factory.InScopeAsync(async sp =>
        {
            (await sp.GetRequiredService<ReleaseResultsHandler>().HandleAsync(new ReleaseResults(sessionId), default)).Value.Sent.ShouldBe(1);
            var issued = await sp.GetRequiredService<IssueDiplomaHandler>().HandleAsync(new IssueDiploma(registrationId), default);
            issued.IsSuccess.ShouldBeTrue(string.Join("; ", issued.Errors));
            return issued.Value;
        });
        diploma.IssuedOn.ShouldBe(arose);
        diploma.IssuedOn.ShouldNotBe(Day());
        diploma.ExamDate.ShouldBe(examDate);
        using var document = UglyToad.PdfPig.PdfDocument.Open(DiplomaDocument.Render(diploma, DiplomaDocument.VerifyUrl("https://touchstone.example/", diploma)));
        string.Concat(document.GetPages().Select(p => p.Text)).ShouldContain($"Datum van uitgifte: {arose.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public async Task ThePublicCheckSaysValidRevokedOrNotFoundAndNeverLists()
    {
        var (valid, revoked) = await InDbAsync(async db => (
            await db.Set<Diploma>().FirstAsync(d => d.HolderName == "Sanne de Vries"),
            await db.Set<Diploma>().FirstAsync(d => d.RevokedOn != null && d.HolderName == "Kees Brouwer")));
        var anonymous = App.Anonymous();

        var page = await anonymous.GetPageAsync($"/Public/Verify?number={valid.Number}&surname=de+vries");
        page.Text("#outcome h2").ShouldBe("Geldig");
        page = await anonymous.GetPageAsync($"/Public/Verify?number={revoked.Number}&dateOfBirth={revoked.DateOfBirth:yyyy-MM-dd}");
        page.Text("#outcome h2").ShouldBe("Ingetrokken");
        page = await anonymous.GetPageAsync($"/Public/Verify?number={valid.Number}&surname=Jansen");
        page.Text("#outcome h2").ShouldBe("Niet gevonden");

        (await anonymous.GetFromJsonAsync<Verification>($"/api/public/diplomas/verify?number={valid.Number}&dateOfBirth={valid.DateOfBirth:yyyy-MM-dd}"))!.Status.ShouldBe("Valid");
        (await anonymous.GetFromJsonAsync<Verification>($"/api/public/diplomas/verify?number={revoked.Number}&surname=Brouwer"))!.Status.ShouldBe("Revoked");
        var notFound = await anonymous.GetFromJsonAsync<Verification>($"/api/public/diplomas/verify?number={valid.Number}");
        notFound!.Status.ShouldBe("NotFound");
        notFound.Holder.ShouldBeNull();
    }

    [Fact]
    public async Task ThePublicCheckLivesAtVerifyTheDiplomaQrPointsThereAndEveryPageLinksIt()
    {
        var valid = await InDbAsync(db => db.Set<Diploma>().FirstAsync(d => d.HolderName == "Sanne de Vries"));
        var anonymous = App.Anonymous();

        // Examenreglement 10.6: the public check at /verify; the diploma's QR code and PDF link lead there.
        var qr = DiplomaDocument.VerifyUrl("https://touchstone.example/", valid);
        qr.ShouldBe($"https://touchstone.example/verify?number={Uri.EscapeDataString(valid.Number)}");
        var page = await anonymous.GetPageAsync(new Uri(qr).PathAndQuery + "&surname=de+vries");
        page.Text("h1").ShouldBe("Diploma controleren");
        page.Text("#outcome h2").ShouldBe("Geldig");
        // Old links keep working.
        (await anonymous.GetPageAsync($"/Public/Verify?number={valid.Number}&surname=de+vries")).Text("#outcome h2").ShouldBe("Geldig");

        // An outsider finds it from any page: the navigation and the footer.
        var home = await anonymous.GetPageAsync("/");
        home.QuerySelectorAll("nav a[href='/verify']").ShouldNotBeEmpty();
        home.QuerySelectorAll("footer a[href='/verify']").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task ABurstOfDiplomaChecksIsRefusedWithAFriendlyPageAndAProblem()
    {
        AppFixture.SkipUnlessAvailable(App.Provider);
        // An app of its own with the default limit (Touchstone:PublicLookupsPerMinute), so the shared app's checks are not refused.
        await using var factory = new TouchstoneFactory(App.Provider, settings => settings.Remove("Touchstone:PublicLookupsPerMinute"));
        var limit = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Touchstone.Web.Infrastructure.Hosting.TouchstoneOptions>>().Value.PublicLookupsPerMinute;
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i <= limit; i++)
        {
            var response = await client.GetAsync($"/verify?number=LMP-{i}&surname=Raden");
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        statuses.Take(limit).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses[limit].ShouldBe(HttpStatusCode.TooManyRequests);
        refused!.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await refused.ParseAsync()).Text("h1").ShouldBe("Te veel verzoeken");

        HttpResponseMessage? api = null;
        for (var i = 0; i <= limit; i++)
        {
            api = await client.GetAsync($"/api/public/diplomas/verify?number=LMP-{i}&surname=Raden");
        }

        api!.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task PurgeExpiredDeletesWorkSixMonthsAfterTheExamButKeepsWorkUnderObjection()
    {
        var work = await SeedWorkAsync(("a", 7, false), ("b", 7, true), ("c", 2, false));
        var (purgedFile, heldFile, recentFile) = (work["a"].File, work["b"].File, work["c"].File);

        var (exit, output) = await AuditTrailTests.RunCliAsync(App.Factory, "purge-expired");

        exit.ShouldBe(0, output);
        output.ShouldContain("held while an objection or appeal is open");
        var files = await InDbAsync(db => db.Files.Where(f => f.Id == purgedFile || f.Id == heldFile || f.Id == recentFile).ToListAsync());
        files.Single(f => f.Id == purgedFile).Content.ShouldBeEmpty();
        files.Single(f => f.Id == purgedFile).PurgedAt.ShouldNotBeNull();
        files.Single(f => f.Id == heldFile).Content.ShouldNotBeEmpty();
        files.Single(f => f.Id == recentFile).Content.ShouldNotBeEmpty();
        (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.Reason!.Contains("Examenreglement 10.3")))).ShouldBeTrue();
    }

    [Fact]
    public async Task TheScheduledPurgeJobDeletesDueWorkAuditingEachDeletionAndKeepsWorkUnderObjection()
    {
        // Examenreglement 10.3: the daily job (not only the verb) deletes work six months after the exam, each deletion audited on its own.
        var work = await SeedWorkAsync(("eerste", 7, false), ("tweede", 8, false), ("bezwaar", 7, true), ("recent", 2, false));
        var runner = App.Factory.Services.GetRequiredService<Touchstone.App.Common.RecurringJobRunner>();
        var job = App.Factory.Services.GetServices<Touchstone.App.Common.IRecurringJob>().OfType<ExamWorkPurgeJob>().Single();

        var summary = await runner.RunOnceAsync(job, TestContext.Current.CancellationToken);

        summary.ShouldNotBeNull();
        summary.ShouldMatch(@"^\d+ purged, [1-9]\d* held for an open objection or appeal, \d+ held for a pending inspection$");
        var ids = work.Values.Select(w => w.File).ToList();
        var files = await InDbAsync(db => db.Files.Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id));
        foreach (var due in new[] { "eerste", "tweede" })
        {
            var (file, component, number) = work[due];
            (files[file].Content.Length, files[file].PurgedAt is null).ShouldBe((0, false));
            var audited = await InDbAsync(db => db.AuditRecords.Where(r => r.EntityId == file.ToString() || r.EntityId == component.ToString()).ToListAsync());
            audited.Count(r => r.EntityType == nameof(StoredFile) && r.Action == "Updated").ShouldBe(1, $"one audit record for the deletion of {number}'s work");
            audited.Where(r => r.Action == "Updated").ShouldAllBe(r => r.Reason!.StartsWith($"work of {number} ({LmpExam.Assignments}) deleted six months after the exam") && r.Reason.EndsWith("(Examenreglement 10.3)"));
            audited.Count(r => r.EntityType == nameof(ExamComponentResult) && r.Action == "Updated").ShouldBe(1);
        }

        foreach (var kept in new[] { "bezwaar", "recent" })
        {
            files[work[kept].File].Content.ShouldNotBeEmpty($"{kept}: under objection or not yet due");
            (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.EntityId == work[kept].File.ToString() && r.Action == "Updated"))).ShouldBeFalse();
        }

        // Run again: nothing of these is deleted or audited twice.
        await runner.RunOnceAsync(job, TestContext.Current.CancellationToken);
        (await InDbAsync(db => db.AuditRecords.CountAsync(r => r.EntityId == work["eerste"].File.ToString() && r.Action == "Updated"))).ShouldBe(1);
    }

    /// <summary>Candidates' assignments work in sessions held the given months ago, optionally under an open objection (10.3).</summary>
    private Task<Dictionary<string, (Guid File, Guid Component, string CandidateNumber)>> SeedWorkAsync(params (string Name, int MonthsAgo, bool Objection)[] items) =>
        App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var code = "OLD-" + Guid.NewGuid().ToString("N")[..6];
            var result = new Dictionary<string, (Guid, Guid, string)>();
            foreach (var group in items.GroupBy(i => i.MonthsAgo))
            {
                var examDate = Today().AddMonths(-group.Key);
                var session = new ExamSession
                {
                    Code = $"{code}-{group.Key}", Place = "Ede", ExamDate = examDate, Capacity = 5, TheoryMinutes = 60, PracticalMinutes = 45,
                    RegistrationDeadline = examDate.AddMonths(-1), PaymentDeadline = examDate.AddMonths(-1), Fee = 395m,
                };
                db.Add(session);
                foreach (var (name, _, objection) in group)
                {
                    var candidate = new ExamCandidate { Name = name, Email = $"{name}.{session.Code}@example.nl".ToLowerInvariant(), DateOfBirth = new DateOnly(1990, 1, 1) };
                    var file = new StoredFile { FileName = "werk.pdf", ContentType = "application/pdf", Length = 9, Sha256 = new string('0', 64), Content = "%PDF-1.4\n"u8.ToArray(), UploadedBy = "test" };
                    var component = new ExamComponentResult { Code = LmpExam.Assignments, WorkFileId = file.Id, ObjectionOpen = objection };
                    var registration = new SessionRegistration { SessionId = session.Id, CandidateId = candidate.Id, CandidateNumber = $"{session.Code}-{name}", State = RegistrationState.Completed, Components = [component] };
                    db.AddRange(candidate, file, registration);
                    result[name] = (file.Id, component.Id, registration.CandidateNumber);
                }
            }

            await db.SaveChangesAsync();
            return result;
        });

    [Fact]
    public async Task TheCommitteeImportsAnswersThroughTheApiAllOrNothingWithAReportPerRow()
    {
        // Examenreglement 8.3: answers imported (CSV or API), validated row by row; any bad row and nothing is imported.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var a = await SatAsync(session, "api-a");
        var b = await SatAsync(session, "api-b");
        await App.Factory.InScopeAsync(async sp =>
            (await sp.GetRequiredService<SetAnswerKeyHandler>().HandleAsync(new SetAnswerKey(session.Id, Key), default)).IsSuccess.ShouldBeTrue());
        var numbers = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.SessionId == session.Id).OrderBy(r => r.CandidateNumber).Select(r => r.CandidateNumber).ToListAsync());
        var committee = await App.As(Role.ExamCommitteeMember);
        var url = $"/api/exams/sessions/{session.Id}/theory-answers";

        var bad = await committee.PostAsJsonAsync(url, new[]
        {
            new { candidateNumber = numbers[0], answers = Key },
            new { candidateNumber = "LMP-0000-999", answers = Key },
            new { candidateNumber = numbers[0], answers = Key },
            new { candidateNumber = numbers[1], answers = Key[1..] },
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        bad.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await bad.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        problem.GetProperty("imported").GetBoolean().ShouldBeFalse();
        var rows = problem.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("ok").GetBoolean()).ShouldBe([true, false, false, false]);
        string Code(int row) => rows[row].GetProperty("errors")[0].GetProperty("code").GetString()!;
        Code(1).ShouldBe("exams.theory.unknown-candidate");
        Code(2).ShouldBe("exams.import.duplicate");
        Code(3).ShouldBe("exams.theory.answers");
        (await TheoryAsync(a)).ShouldBe((null, null));
        (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.Action == "TheoryImportRefused" && r.EntityId == session.Id.ToString()))).ShouldBeTrue();

        var good = await committee.PostAsJsonAsync(url, new[] { new { candidateNumber = numbers[0], answers = Key }, new { candidateNumber = numbers[1], answers = "B" + Key[1..] } });
        good.StatusCode.ShouldBe(HttpStatusCode.OK, await good.Content.ReadAsStringAsync());
        (await good.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("imported").GetBoolean().ShouldBeTrue();
        (await TheoryAsync(a)).Item1.ShouldBe(30);
        (await TheoryAsync(b)).Item1.ShouldBe(29);

        (await (await App.As(Role.TrainingProvider)).PostAsJsonAsync(url, new[] { new { candidateNumber = numbers[0], answers = Key } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheCommitteeUploadsAnswersOnThePageAllOrNothingWithALineAndDutchReasonPerRow()
    {
        // Examenreglement 8.3: the answer file is validated row by row (header, columns, duplicates, unknown candidates,
        // answers out of range); any bad row and nothing is imported, the page reports every row.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var a = await SatAsync(session, "csv-a");
        var b = await SatAsync(session, "csv-b");
        await App.Factory.InScopeAsync(async sp =>
            (await sp.GetRequiredService<SetAnswerKeyHandler>().HandleAsync(new SetAnswerKey(session.Id, Key), default)).IsSuccess.ShouldBeTrue());
        var numbers = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.SessionId == session.Id).OrderBy(r => r.CandidateNumber).Select(r => r.CandidateNumber).ToListAsync());
        var committee = await App.As(Role.ExamCommitteeMember);
        var theory = $"/Exams/Committee/Theory/{session.Id}";
        async Task<List<string[]>> Refused(string csv)
        {
            var response = await PostFileAsync(committee, theory, "Import", "file", "antwoorden.csv", csv);
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            var page = await response.ParseAsync();
            page.Text("#import-report").ShouldBe("Niets ingelezen: het bestand bevat fouten");
            return [.. page.QuerySelectorAll("table.report tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];
        }

        var rows = await Refused(
            $"candidateNumber;answers\n{numbers[0]};{Key}\n{numbers[1]};{Key};extra\n{numbers[0]};{Key}\nLMP-0000-999;{Key}\n{numbers[1]};ABC5{Key[4..]}\n");
        rows.Select(r => r[0]).ShouldBe(["2", "3", "4", "5", "6"]);
        rows[0][2].ShouldBe("OK");
        rows[1][2].ShouldBe("Regel 3 moet 2 kolommen hebben: kandidaatnummer;antwoorden.");
        rows[2][2].ShouldBe($"Kandidaat {numbers[0]} komt twee keer voor.");
        rows[3][2].ShouldBe($"Kandidaatnummer LMP-0000-999 is niet ingeschreven voor {session.Code}.");
        rows[4][2].ShouldBe("Vraag 4: '5' is geen antwoord (een letter A-Z, '-' voor blanco).");
        (await TheoryAsync(a)).ShouldBe((null, null));
        (await TheoryAsync(b)).ShouldBe((null, null));

        // The header is checked exactly, with the expected columns named: another header, or none, imports nothing.
        var header = await Refused($"kandidaat;antwoorden\n{numbers[0]};{Key}\n");
        header.Select(r => r[0]).ShouldBe(["1", "2"]);
        header[0][2].ShouldBe("De eerste regel moet de kopregel 'candidateNumber;answers' zijn (kolommen kandidaatnummer en antwoorden), niet 'kandidaat;antwoorden'.");
        header[1][2].ShouldBe("OK");
        var none = await Refused($"{numbers[0]};{Key}\n{numbers[1]};{Key}\n");
        none[0][2].ShouldStartWith("De eerste regel moet de kopregel 'candidateNumber;answers' zijn");
        (await TheoryAsync(a)).ShouldBe((null, null));

        (await PostFileAsync(committee, theory, "Import", "file", "antwoorden.csv", $"candidateNumber;answers\n{numbers[0]};{Key}\n{numbers[1]};B{Key[1..]}\n"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TheoryAsync(a)).Item1.ShouldBe(30);
        (await TheoryAsync(b)).Item1.ShouldBe(29);
    }

    [Fact]
    public async Task AnExaminerWithoutACleanIndependenceDeclarationIsRefusedWithTheRule()
    {
        // Examenreglement 1 (Examinator): the examiner is independent of training institutes, declared before assignment.
        var undeclared = Guid.NewGuid().ToString();
        var teacher = Guid.NewGuid().ToString();
        var independent = Guid.NewGuid().ToString();
        await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            db.Add(new IndependenceStatement { UserId = teacher, DeclaredOn = Today(), InstituteRelation = "Opleider Noord", InstituteRelationKind = InstituteRelationKind.Teacher });
            db.Add(new IndependenceStatement { UserId = independent, DeclaredOn = Today() });
            await db.SaveChangesAsync();
        });

        Task<Touchstone.Domain.Common.Result<ExamSession>> Plan(string code, string examiner) => App.Factory.InScopeAsync(sp => sp.GetRequiredService<CreateSessionHandler>().HandleAsync(new CreateSession(
            code, Today().AddDays(40), "Utrecht", examiner, 10, 60, 45, Today().AddDays(30), Today().AddDays(30), 395m, StartsAt), default));
        var code = "X" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var refused = await Plan(code, undeclared);
        refused.Errors.Single().Code.ShouldBe("exams.independence.no-declaration");
        refused.Errors.Single().Rule.ShouldBe("Examenreglement 1 (Examinator)");
        (await Plan(code, teacher)).Errors.Single().Code.ShouldBe("exams.independence.institute-relation");
        (await InDbAsync(db => db.Set<ExamSession>().AnyAsync(s => s.Code == code))).ShouldBeFalse();
        (await InDbAsync(db => db.AuditRecords.CountAsync(r => r.Action == "ExaminerAssignmentRefused" && r.EntityId == code))).ShouldBe(2);

        (await Plan(code, independent)).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task ACommitteeMemberWithoutAnIndependenceDeclarationIsRefusedWithTheRule()
    {
        // Examenreglement 3.1 j: the director appoints a member's user account; 4.9: on the member's own declaration, refused and audited without one or with a relation.
        const string Governance = "/Exams/Committee/Members";
        var director = await App.As(Role.Director);
        var (userId, name, member) = await NewAccountAsync(Role.ExamCommitteeMember, "Commissielid");
        var institute = "Opleider " + Guid.NewGuid().ToString("N")[..6];
        Task<HttpResponseMessage> Appoint() => director.PostFormAsync(Governance, new Dictionary<string, string> { ["userId"] = userId, ["role"] = "Member" }, Governance + "?handler=Appoint");
        Task Declare(string? relation) => DeclareIndependenceAsync(member, relation, "BoardMember");
        (await director.GetPageAsync(Governance)).QuerySelectorAll("#account option").Select(o => o.GetAttribute("value")).ShouldContain(userId);

        var refused = await Appoint();
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await refused.Content.ReadAsStringAsync()).ShouldContain($"{name} heeft geen onafhankelijkheidsverklaring; die is nodig vóór aanwijzing als lid van de examencommissie. (Examenreglement 4.9)");
        (await InDbAsync(db => db.Set<CommitteeMembership>().AnyAsync(m => m.UserId == userId))).ShouldBeFalse();
        (await InDbAsync(db => db.AuditRecords.CountAsync(r => r.Action == "CommitteeAppointmentRefused" && r.EntityId == name))).ShouldBe(1);

        // His own declaration names a relation: refused with it. A clean one later: appointed on that declaration.
        await Declare(institute);
        Errors(await (await Appoint()).Content.ReadAsStringAsync())
            .ShouldContain($"{name} kan niet worden aangewezen als lid van de examencommissie: verklaard als bestuurslid van of voor {institute}, een instituut dat voor het examen opleidt. (Examenreglement 4.9)");
        (await InDbAsync(db => db.AuditRecords.CountAsync(r => r.Action == "CommitteeAppointmentRefused" && r.EntityId == name))).ShouldBe(2);
        await Declare(null);
        await Ok(Appoint());
        var clean = await InDbAsync(db => db.Set<IndependenceStatement>().Where(s => s.UserId == userId).OrderByDescending(s => s.Id).FirstAsync());
        var seat = await InDbAsync(db => db.Set<CommitteeMembership>().SingleAsync(m => m.UserId == userId));
        (seat.Name, seat.IndependenceStatementId, seat.IndependenceDeclaredOn, seat.LeftOn).ShouldBe((name, (Guid?)clean.Id, (DateOnly?)clean.DeclaredOn, (DateOnly?)null));
        Errors(await (await Appoint()).Content.ReadAsStringAsync()).ShouldContain($"{name} is al lid van de examencommissie. (Examenreglement 3.1 j)");
        AngleSharp.Dom.IElement Row(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains(name));
        var shown = await director.GetPageAsync(Governance);
        Row(shown).QuerySelector(".declaration")!.TextContent.ShouldBe($"{clean.DeclaredOn:dd-MM-yyyy}: geen relatie met een opleidingsinstituut");
        shown.QuerySelectorAll("p.independence-lapse").Select(p => p.TextContent).ShouldNotContain(t => t.Contains(name));

        // Sitting, he declares a relation: the seat stands, but the page warns that the director replaces him (4.9, 3.1 j).
        await Declare(institute);
        var warned = await director.GetPageAsync(Governance);
        warned.QuerySelectorAll("p.independence-lapse").Select(p => p.TextContent.Trim()).ShouldContain(
            $"{name}, benoemd als lid van de examencommissie, verklaarde op {Today().ToString("d-M-yyyy", CultureInfo.InvariantCulture)} bestuurslid van of voor {institute} te zijn, " +
            "een instituut dat voor het examen opleidt; de directie vervangt dit lid. (Examenreglement 4.9, 3.1 j)");
        Row(warned).QuerySelector(".declaration")!.TextContent.ShouldBe($"{clean.DeclaredOn:dd-MM-yyyy}: geen relatie met een opleidingsinstituut"); // the declaration he was appointed on

        // Replaced: the warning goes with the seat.
        await Ok(director.PostFormAsync(Governance, new Dictionary<string, string> { ["membershipId"] = seat.Id.ToString() }, Governance + "?handler=Leave"));
        (await director.GetPageAsync(Governance)).QuerySelectorAll("p.independence-lapse").Select(p => p.TextContent).ShouldNotContain(t => t.Contains(name));
    }

    [Fact]
    public async Task AnExaminerDeclaresHisIndependenceHimselfAndARelationBlocksHisAssignment()
    {
        // Examenreglement 5.2 / 1 (Examinator): the declaration the person makes himself decides the assignment.
        var examiner = await App.As(Role.Examiner);
        var institute = "Opleider " + Guid.NewGuid().ToString("N")[..6];
        (await examiner.GetPageAsync("/Exams/Independence")).Text("h1").ShouldBe("Onafhankelijkheidsverklaring");

        var noKind = await examiner.PostFormAsync("/Exams/Independence", new Dictionary<string, string> { ["institute"] = institute });
        noKind.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await noKind.Content.ReadAsStringAsync()).ShouldContain("Examenreglement 5.2");

        await Ok(examiner.PostFormAsync("/Exams/Independence", new Dictionary<string, string> { ["institute"] = institute, ["kind"] = "Teacher" }));
        var examinerId = await InDbAsync(db => db.Set<IndependenceStatement>().Where(s => s.InstituteRelation == institute).Select(s => s.UserId).SingleAsync());
        Task<Touchstone.Domain.Common.Result<ExamSession>> Plan(string code) => App.Factory.InScopeAsync(sp => sp.GetRequiredService<CreateSessionHandler>().HandleAsync(new CreateSession(
            code, Today().AddDays(40), "Utrecht", examinerId, 10, 60, 45, Today().AddDays(30), Today().AddDays(30), 395m, StartsAt), default));
        var code = "D" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        (await Plan(code)).Errors.Single().Code.ShouldBe("exams.independence.institute-relation");

        await Ok(examiner.PostFormAsync("/Exams/Independence", new Dictionary<string, string> { ["institute"] = "" }));
        (await Plan(code)).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task AKeyChangeIsPreviewedWithoutEffectAndThenAppliedToEverySheet()
    {
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var a = await SatAsync(session, "sleutel-a");
        var b = await SatAsync(session, "sleutel-b");
        await App.Factory.InScopeAsync(async sp =>
        {
            (await sp.GetRequiredService<SetAnswerKeyHandler>().HandleAsync(new SetAnswerKey(session.Id, Key), default)).IsSuccess.ShouldBeTrue();
            var numbers = await sp.GetRequiredService<TouchstoneDbContext>().Set<SessionRegistration>().Where(r => r.SessionId == session.Id).OrderBy(r => r.CandidateNumber).Select(r => r.CandidateNumber).ToListAsync();
            var csv = $"candidateNumber;answers\n{numbers[0]};B{Key[1..]}\n{numbers[1]};----------{Key[10..]}\n"; // a: 29 points; b: 20 points, Onvoldoende
            var import = await sp.GetRequiredService<ImportTheoryAnswersHandler>().HandleAsync(new ImportTheoryAnswers(session.Id, csv), default);
            import.Value.ShouldAllBe(r => r.Ok);
        });
        var committee = await App.As(Role.ExamCommitteeMember);
        var page = $"/Exams/Committee/Theory/{session.Id}";
        var change = new Dictionary<string, string> { ["Change.Question"] = "1", ["Change.Void"] = "true", ["Change.Grounds"] = "vraag 1 was dubbelzinnig" };

        var preview = await committee.PostFormAsync(page, change.Append(new("apply", "false")), page + "?handler=Change");
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await preview.ParseAsync()).Text("#preview").ShouldStartWith("2 kandidaten krijgen andere punten, bij 1 verandert het resultaat");
        (await TheoryAsync(b)).ShouldBe((20, ResultBand.Onvoldoende));

        await Ok(committee.PostFormAsync(page, change.Append(new("apply", "true")), page + "?handler=Change"));
        (await TheoryAsync(a)).ShouldBe((30, ResultBand.Goed));
        (await TheoryAsync(b)).ShouldBe((21, ResultBand.Voldoende)); // a voided question counts as correct; the cut score stays (8.3)
    }

    [Fact]
    public async Task TheoryStaysProvisionalUntilTheCommitteeFixesTheFinalAnswerModelAfterTheCommentPeriod()
    {
        // Examenreglement 8.8, 8.9, 12: comments may be filed for ten working days after the exam; then the committee fixes the
        // final answer model, and only then are the theory scores final (and can the results be sent). After that the model stays.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var a = await SatAsync(session, "periode-a");
        await App.Factory.InScopeAsync(async sp =>
        {
            (await sp.GetRequiredService<SetAnswerKeyHandler>().HandleAsync(new SetAnswerKey(session.Id, Key), default)).IsSuccess.ShouldBeTrue();
            var number = await sp.GetRequiredService<TouchstoneDbContext>().Set<SessionRegistration>().Where(r => r.Id == a).Select(r => r.CandidateNumber).SingleAsync();
            (await sp.GetRequiredService<ImportTheoryAnswersHandler>().HandleAsync(new ImportTheoryAnswers(session.Id, $"candidateNumber;answers\n{number};B{Key[1..]}\n"), default)).Value.ShouldAllBe(r => r.Ok);
        });
        (await TheoryAsync(a)).ShouldBe((29, ResultBand.Goed));
        (await TheoryFinalAsync(a)).ShouldBeFalse();
        var committee = await App.As(Role.ExamCommitteeMember);
        var page = $"/Exams/Committee/Theory/{session.Id}";
        var deadline = Touchstone.App.Cases.CaseSchemes.DeadlinesFor("LMP", Touchstone.Domain.Calendar.WorkingDayCalendar.Default).CommentDeadline(Today().AddDays(1));
        (await committee.GetPageAsync(page)).Text("#key-status").ShouldContain($"voorlopig. Zienswijzen kunnen worden ingediend tot en met {deadline:dd-MM-yyyy}");

        var early = await committee.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Fix");
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await early.Content.ReadAsStringAsync()).ShouldBe(
            $"Zienswijzen op het examen kunnen nog worden ingediend tot en met {deadline.ToString("d-M-yyyy", CultureInfo.InvariantCulture)}; de examencommissie stelt het definitieve antwoordmodel daarna vast. (Examenreglement 8.9)");
        (await TheoryFinalAsync(a)).ShouldBeFalse();
        (await InDbAsync(db => db.Set<ExamSession>().SingleAsync(s => s.Id == session.Id))).AnswerKeyFixedOn.ShouldBeNull();

        await CommentPeriodOverAsync(session.Id);
        await Ok(committee.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Fix"));
        (await TheoryFinalAsync(a)).ShouldBeTrue();
        (await InDbAsync(db => db.Set<ExamComponentResult>().SingleAsync(c => c.RegistrationId == a && c.Code == LmpExam.Theory))).FinalOn.ShouldBe(Today());
        (await committee.GetPageAsync(page)).Text("#key-status").ShouldStartWith($"Het definitieve antwoordmodel is vastgesteld op {Today():dd-MM-yyyy}");

        // The final model is not changed any more: voiding question 1 is refused and a's score stays.
        var change = new Dictionary<string, string> { ["Change.Question"] = "1", ["Change.Void"] = "true", ["Change.Grounds"] = "dubbelzinnig", ["apply"] = "true" };
        var late = await committee.PostFormAsync(page, change, page + "?handler=Change");
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await late.Content.ReadAsStringAsync()).ShouldContain("(Examenreglement 8.9)");
        (await TheoryAsync(a)).ShouldBe((29, ResultBand.Goed));
    }

    [Fact]
    public async Task AResultAlreadySentIsNotRewrittenByAKeyChangeANewImportOrThePractical()
    {
        // Examenreglement 11.1, 14: a sent result changes only through an objection (re-marking of the whole component).
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var a = await SatAsync(session, "verzonden-a");
        var b = await SatAsync(session, "verzonden-b");
        var numbers = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.SessionId == session.Id).OrderBy(r => r.CandidateNumber).Select(r => r.CandidateNumber).ToListAsync());
        await App.Factory.InScopeAsync(async sp =>
        {
            (await sp.GetRequiredService<SetAnswerKeyHandler>().HandleAsync(new SetAnswerKey(session.Id, Key), default)).IsSuccess.ShouldBeTrue();
            (await sp.GetRequiredService<ImportTheoryAnswersHandler>().HandleAsync(new ImportTheoryAnswers(session.Id, $"candidateNumber;answers\n{numbers[0]};B{Key[1..]}\n{numbers[1]};B{Key[1..]}\n"), default)).Value.ShouldAllBe(r => r.Ok);

            // Candidate a's results were sent (as recorded before the final answer model was kept; the release is tested elsewhere).
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            foreach (var c in await db.Set<ExamComponentResult>().Where(c => c.RegistrationId == a).ToListAsync())
            {
                (c.Points, c.Band, c.IsFinal, c.ResultSentOn) = (c.Code == LmpExam.Theory ? 29 : 8, c.Code == LmpExam.Theory ? ResultBand.Goed : ResultBand.Voldoende, true, Today());
            }

            await db.SaveChangesAsync();
        });
        var committee = await App.As(Role.ExamCommitteeMember);
        var page = $"/Exams/Committee/Theory/{session.Id}";

        // Voiding question 1 would give a 30 points: refused already in the preview, naming a's sent result.
        var preview = await committee.PostFormAsync(page, new Dictionary<string, string> { ["Change.Question"] = "1", ["Change.Void"] = "true", ["Change.Grounds"] = "dubbelzinnig", ["apply"] = "false" }, page + "?handler=Change");
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await preview.Content.ReadAsStringAsync()).ShouldBe(
            $"De uitslag Schriftelijk (meerkeuzevragen) van kandidaat {numbers[0]} is verzonden op {Today().ToString("d-M-yyyy", CultureInfo.InvariantCulture)}; die verandert alleen via een bezwaar (herbeoordeling van het hele onderdeel). (Examenreglement 11.1, 14)");
        (await TheoryAsync(a)).ShouldBe((29, ResultBand.Goed));
        (await TheoryAsync(b)).ShouldBe((29, ResultBand.Goed));

        // Importing a's sheet again is refused for that row, and so nothing is imported.
        var reimport = await PostFileAsync(committee, page, "Import", "file", "antwoorden.csv", $"candidateNumber;answers\n{numbers[0]};{Key}\n{numbers[1]};{Key}\n");
        reimport.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await reimport.ParseAsync()).QuerySelectorAll("table.report tr.bad").Single().TextContent.ShouldContain($"De uitslag Schriftelijk (meerkeuzevragen) van kandidaat {numbers[0]} is verzonden op");
        (await TheoryAsync(a)).ShouldBe((29, ResultBand.Goed));
        (await TheoryAsync(b)).ShouldBe((29, ResultBand.Goed));

        // The examiner cannot re-record a's practical either.
        var day = $"/Exams/ExamDay/Session/{session.Id}";
        var practical = await (await App.As(Role.Director)).PostFormAsync(day, new Dictionary<string, string> { ["registrationId"] = a.ToString(), ["criteria"] = "0,0,0,0,0,0,0" }, day + "?handler=Practical");
        practical.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await practical.Content.ReadAsStringAsync()).ShouldContain($"De uitslag Praktijk / Instructie van kandidaat {numbers[0]} is verzonden op");
        (await InDbAsync(db => db.Set<ExamComponentResult>().SingleAsync(c => c.RegistrationId == a && c.Code == LmpExam.Practical))).Points.ShouldBe(8);
    }

    [Fact]
    public async Task FraudFoundAfterwardsRevokesTheDiplomaAndExcludesTheCandidate()
    {
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var registration = await SatAsync(session, "fraude-achteraf");
        var later = await CreateSessionAsync(90);
        var laterResult = await App.Factory.InScopeAsync(sp => sp.GetRequiredService<RegisterCandidatesHandler>().HandleAsync(new RegisterCandidates(
            [new RegistrationRow(1, null, "Kandidaat fraude-achteraf", "1990-02-03", $"fraude-achteraf.{session.Code}@example.nl", false)], later.Id, null), default));
        laterResult.Imported.ShouldBeTrue();
        var diploma = await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var r = await db.Set<SessionRegistration>().SingleAsync(x => x.Id == registration);
            var d = new Diploma { Number = "LMP-T-" + session.Code, RegistrationId = r.Id, CandidateId = r.CandidateId, HolderName = "Kandidaat fraude-achteraf", DateOfBirth = new DateOnly(1990, 2, 3), ExamDate = Today(), IssuedOn = Today() };
            db.Add(d);
            await db.SaveChangesAsync();
            return d;
        });
        var director = await App.As(Role.Director);
        var page = $"/Exams/Sessions/Session/{session.Id}";

        await Ok(director.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["finding"] = "uitwerkingen overgenomen van een ander" }, page + "?handler=Fraud"));

        var (state, components, revokedOn, excludedOn) = await InDbAsync(async db =>
        {
            var r = await db.Set<SessionRegistration>().Include(x => x.Components).SingleAsync(x => x.Id == registration);
            var c = await db.Set<ExamCandidate>().SingleAsync(x => x.Id == r.CandidateId);
            return (r.State, r.Components, (await db.Set<Diploma>().SingleAsync(x => x.Id == diploma.Id)).RevokedOn, c.FraudEstablishedOn);
        });
        state.ShouldBe(RegistrationState.Invalidated);
        components.ShouldAllBe(c => c.Invalid);
        revokedOn.ShouldBe(Today());
        excludedOn.ShouldBe(Today());
        (await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == laterResult.RegistrationIds[0]))).State.ShouldBe(RegistrationState.Excluded);
        (await App.Anonymous().GetFromJsonAsync<Verification>($"/api/public/diplomas/verify?number={diploma.Number}&dateOfBirth=1990-02-03"))!.Status.ShouldBe("Revoked");

        var next = await CreateSessionAsync(60);
        var again = await (await App.As(Role.TrainingProvider)).PostAsJsonAsync($"/api/exams/sessions/{next.Id}/registrations",
            new[] { new { name = "Kandidaat fraude-achteraf", dateOfBirth = "1990-02-03", email = $"fraude-achteraf.{session.Code}@example.nl", resit = true } });
        (await again.Content.ReadFromJsonAsync<RegistrationReport>())!.Rows.Single().Errors.Select(e => e.Code).ShouldContain("exams.registration.excluded");
    }

    [Fact]
    public async Task ExtraTimeBeyondTheLimitIsRefusedAndApprovedExtraTimeShowsOnTheAttendanceList()
    {
        var session = await CreateSessionAsync(30);
        var provider = await App.As(Role.TrainingProvider);
        var statement = "%PDF-1.4 verklaring dyslexie"u8.ToArray();
        Dictionary<string, string> Fields(string who, int minutes) => new()
        {
            ["One.SessionId"] = session.Id.ToString(), ["One.Name"] = "Kandidaat " + who, ["One.DateOfBirth"] = "1994-04-04",
            ["One.Email"] = $"{who}.{session.Code}@example.nl", ["One.Accommodation"] = "Dyslexia", ["One.ExtraMinutes"] = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var tooMuch = await PostMultipartAsync(provider, "/Exams/Registrations", "Single", Fields("veel", 45), ("One.Statement", "verklaring.pdf", statement));
        tooMuch.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await tooMuch.Content.ReadAsStringAsync();
        Errors(refusedPage).ShouldBe("Bij dyslexie is maximaal 30 minuten extra tijd toegestaan, niet 45. (Examenreglement 6.2) | "
            + "De kandidaat is ingeschreven zonder de bijzondere voorziening; vraag die hieronder opnieuw aan vóór de uiterste inschrijfdatum.");

        // The refused candidate is registered without an arrangement, and offered (preselected) for a new request.
        var refused = await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.SessionId == session.Id));
        (refused.State, refused.AccommodationKind, refused.AccommodationStatus, refused.AccommodationExtraMinutes).ShouldBe((RegistrationState.Registered, null, null, 0));
        var refusedForm = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(refusedPage);
        refusedForm.QuerySelector("#Later_RegistrationId option[selected]")!.GetAttribute("value").ShouldBe(refused.Id.ToString());
        // What was typed is not lost: the arrangement moves to that form; the registration form is empty again.
        refusedForm.QuerySelector("#Later_Accommodation option[selected]")!.GetAttribute("value").ShouldBe("Dyslexia");
        refusedForm.QuerySelector("#Later_ExtraMinutes")!.GetAttribute("value").ShouldBe("45");
        (refusedForm.QuerySelector("#One_Name")!.GetAttribute("value") ?? string.Empty).ShouldBeEmpty();

        (await PostMultipartAsync(provider, "/Exams/Registrations", "Single", Fields("genoeg", 30), ("One.Statement", "verklaring.pdf", statement))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var registration = await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.SessionId == session.Id && r.AccommodationExtraMinutes == 30));
        registration.AccommodationStatus.ShouldBe(AccommodationStatus.Requested);
        registration.AccommodationStatementFileId.ShouldNotBeNull();

        // The provider asks again for the refused candidate, within the limit, before the registration deadline.
        Task<HttpResponseMessage> AskAgain(Guid id, int minutes) => PostMultipartAsync(provider, "/Exams/Registrations", "Accommodation",
            new Dictionary<string, string> { ["Later.RegistrationId"] = id.ToString(), ["Later.Accommodation"] = "Dyslexia", ["Later.ExtraMinutes"] = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ("Later.Statement", "verklaring.pdf", statement));
        var stillTooMuch = await AskAgain(refused.Id, 40);
        stillTooMuch.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await stillTooMuch.Content.ReadAsStringAsync()).ShouldBe("Bij dyslexie is maximaal 30 minuten extra tijd toegestaan, niet 40. (Examenreglement 6.2)");
        await Ok(AskAgain(refused.Id, 20));
        var again = await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == refused.Id));
        (again.AccommodationKind, again.AccommodationExtraMinutes, again.AccommodationStatus).ShouldBe((AccommodationKind.Dyslexia, 20, AccommodationStatus.Requested));
        again.AccommodationStatementFileId.ShouldNotBeNull();
        // A pending request is not asked for twice.
        Errors(await (await AskAgain(refused.Id, 30)).Content.ReadAsStringAsync()).ShouldBe("Voor deze inschrijving is al een bijzondere voorziening aangevraagd (aangevraagd). (Examenreglement 6.2)");

        // Refused by the director, it can be asked for again (with a new statement) while registration is open.
        var director = await App.As(Role.Director);
        var page = $"/Exams/Sessions/Session/{session.Id}";
        await Ok(director.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = refused.Id.ToString(), ["approve"] = "false" }, page + "?handler=Accommodation"));
        (await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == refused.Id))).AccommodationStatus.ShouldBe(AccommodationStatus.Refused);
        await Ok(AskAgain(refused.Id, 20));
        (await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == refused.Id))).AccommodationStatus.ShouldBe(AccommodationStatus.Requested);

        await Ok(director.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = registration.Id.ToString(), ["approve"] = "true" }, page + "?handler=Accommodation"));
        await Ok(director.PostFormAsync(page, new Dictionary<string, string> { ["registrationId"] = refused.Id.ToString(), ["approve"] = "true" }, page + "?handler=Accommodation"));
        var pdf = await director.GetByteArrayAsync(page + "?handler=AttendanceList");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        text.ShouldContain(registration.CandidateNumber);
        text.ShouldContain("+30 min");
        text.ShouldContain(refused.CandidateNumber);
        text.ShouldContain("+20 min");
    }

    [Fact]
    public async Task AMarkerWhoDeclaresAConflictLosesTheWorkAndCannotBeAssignedItAgain()
    {
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var registration = await SatAsync(session, "kring");
        var markerId = await InDbAsync(db => db.Users.Where(u => u.Email == "corrector@touchstone.example").Select(u => u.Id).SingleAsync());
        var director = await App.As(Role.Director);
        var page = $"/Exams/Sessions/Session/{session.Id}";
        var assign = new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["markerId"] = markerId, ["second"] = "false" };
        await Ok(director.PostFormAsync(page, assign, page + "?handler=AssignMarker"));

        await Ok((await App.As(Role.Marker)).PostFormAsync("/Exams/Marking", new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["reason"] = "mijn buurman" }, "/Exams/Marking?handler=Conflict"));

        (await InDbAsync(db => db.Set<ExamComponentResult>().SingleAsync(c => c.RegistrationId == registration && c.Code == LmpExam.Assignments))).AssignedMarkerId.ShouldBeNull();
        var again = await director.PostFormAsync(page, assign, page + "?handler=AssignMarker");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("Examenreglement 5.4");
    }

    [Fact]
    public async Task ANewResultsTermMustBeLaterThanFourWeeksAndIsToldToTheCandidates()
    {
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        await SatAsync(session, "termijn");
        var director = await App.As(Role.Director);
        var examDate = Today().AddDays(1);

        var early = await director.PostFormAsync("/Exams/Results", new Dictionary<string, string> { ["sessionId"] = session.Id.ToString(), ["newDue"] = examDate.AddDays(14).ToString("yyyy-MM-dd"), ["reason"] = "ziekte examinator" }, "/Exams/Results?handler=Extend");
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await early.Content.ReadAsStringAsync()).ShouldContain("Examenreglement 9.1");

        await Ok(director.PostFormAsync("/Exams/Results", new Dictionary<string, string> { ["sessionId"] = session.Id.ToString(), ["newDue"] = examDate.AddDays(42).ToString("yyyy-MM-dd"), ["reason"] = "ziekte examinator" }, "/Exams/Results?handler=Extend"));
        (await InDbAsync(db => db.Set<ExamSession>().SingleAsync(s => s.Id == session.Id))).ResultsTermExtendedTo.ShouldBe(examDate.AddDays(42));
        (await InDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.To == $"termijn.{session.Code}@example.nl".ToLowerInvariant() && m.Subject == "Nieuwe termijn uitslag LMP-examen"))).ShouldBe(1);
    }

    [Fact]
    public async Task EveryExamsPageRendersTheDemoDataForItsRole()
    {
        var past = await InDbAsync(db => db.Set<ExamSession>().Where(s => s.Code == ExamsDemo.PastCode).Select(s => s.Id).SingleAsync());
        var pages = new (Role Role, string Url, string Expect)[]
        {
            (Role.Director, "/Exams/Sessions", ExamsDemo.UpcomingCode),
            (Role.BackOffice, $"/Exams/Sessions/Session/{past}", "Kees Brouwer"),
            (Role.Director, "/Exams/Results", ExamsDemo.PastCode),
            (Role.Director, "/Exams/Diplomas", "Sanne de Vries"),
            (Role.TrainingProvider, "/Exams/Registrations", "Yara Haddad"),
            (Role.Examiner, "/Exams/ExamDay", ExamsDemo.PastCode),
            (Role.Examiner, $"/Exams/ExamDay/Session/{past}", "30 min"),
            (Role.Marker, "/Exams/Marking", string.Empty),
            (Role.ExamCommitteeMember, "/Exams/Committee", ExamsDemo.PastCode),
            (Role.ExamCommitteeMember, $"/Exams/Committee/Theory/{past}", "Rir"),
            (Role.ExamCommitteeMember, "/Exams/Committee/Members", "Dr. W. Bosman"),
            (Role.Candidate, "/Exams/MyResults", ExamsDemo.PastCode),
            (Role.Director, "/Exams/Sessions/Session/" + past + "?handler=AttendanceList", "%PDF-"),
        };
        foreach (var (role, url, expect) in pages)
        {
            var client = await App.As(role);
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{role} {url}");
            body.ShouldContain(expect, Case.Sensitive, $"{role} {url}");
        }
    }
}

public sealed class ExamsWebSqliteTests(SqliteApp app) : ExamsWebTests(app);

public sealed class ExamsWebPostgresTests(PostgresApp app) : ExamsWebTests(app);
