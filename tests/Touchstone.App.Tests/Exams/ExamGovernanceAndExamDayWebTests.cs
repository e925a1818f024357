using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Exams;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Tests.Exams;

/// <summary>
/// Through the pages as users would: the committee vacancy warning (Examenreglement 4.2), the exam day — absence,
/// entry refused for identity, the work handed in, a declined on-the-spot resit (7.1, 7.3, 7.11, 8.7) — the candidate's
/// own times with approved extra time (6.2), fraud found afterwards (7.9) and the committee's item analysis (8.9).
/// </summary>
public abstract class ExamGovernanceAndExamDayWebTests(AppFixture app) : ExamsWebTestBase(app)
{
    private const string Governance = "/Exams/Committee/Members";
    private const string Key = "ABCDABCDABCDABCDABCDABCDABCDAB";

    [Fact]
    public async Task WhenFewerThanThreeMembersRemainTheGovernancePageWarnsWithADueDateSixMonthsAfterTheDeparture()
    {
        // Examenreglement 4.1, 4.2: at least three members; a vacancy is filled within six months. An app of its own: members leave.
        AppFixture.SkipUnlessAvailable(App.Provider);
        await using var factory = new TouchstoneFactory(App.Provider);
        _ = factory.Server;
        DateOnly Today() => DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        var directorAccount = DemoSeeder.Accounts.First(a => a.PrimaryRole == Role.Director);
        var director = await WebTest.LoginAsync(factory, directorAccount.Email, DemoSeeder.Password);
        var members = await factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CommitteeMembership>().Where(m => m.LeftOn == null).ToListAsync());
        Task Leave(string name) => Ok(director.PostFormAsync(Governance, new Dictionary<string, string> { ["membershipId"] = members.Single(m => m.Name == name).Id.ToString() }, Governance + "?handler=Leave"));
        static IEnumerable<string> Warnings(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("p.warning").Select(w => w.TextContent.Trim());

        (await director.GetPageAsync(Governance)).QuerySelectorAll("p.warning").ShouldBeEmpty();

        // The member leaves: three remain (chair, vice-chair, the director as secretary), no warning.
        await Leave("Ir. J. Koster");
        Warnings(await director.GetPageAsync(Governance)).ShouldBeEmpty();

        // Ten days later the vice-chair leaves: two remain; the vacancy runs from his departure.
        factory.Time.Advance(TimeSpan.FromDays(10));
        director = await WebTest.LoginAsync(factory, directorAccount.Email, DemoSeeder.Password); // the session of ten days ago has lapsed
        var departure = Today();
        await Leave("Anouk Peters");
        var due = WorkingDayCalendar.Default.MonthsDeadline(departure, ExamRegulation.FromSeed.CommitteeVacancyMonths);
        due.ShouldBeInRange(departure.AddMonths(6), departure.AddMonths(6).AddDays(4)); // six months on, a weekend or holiday rolled forward
        var expected = $"De examencommissie heeft 2 leden; vul de vacature uiterlijk {due.ToString("d-M-yyyy", CultureInfo.InvariantCulture)} in. (Examenreglement 4.2)";
        Warnings(await director.GetPageAsync(Governance)).ShouldBe([expected]);

        // A month later the due date still follows the departure, not the day the page is read; the committee sees it too.
        factory.Time.Advance(TimeSpan.FromDays(30));
        var committeeAccount = DemoSeeder.Accounts.First(a => a.PrimaryRole == Role.ExamCommitteeMember);
        var committee = await WebTest.LoginAsync(factory, committeeAccount.Email, DemoSeeder.Password);
        Warnings(await committee.GetPageAsync(Governance)).ShouldBe([expected]);
    }

    [Fact]
    public async Task TheExaminerMarksAbsenceRefusesAnUnacceptedIdentityDocumentAndTakesInTheWork()
    {
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var (_, absent) = await RegisterAsync(session, "nietverschenen");
        var (_, unidentified) = await RegisterAsync(session, "zonderid");
        var (_, handsIn) = await RegisterAsync(session, "inlever");
        var director = await App.As(Role.Director);
        var day = $"/Exams/ExamDay/Session/{session.Id}";
        Task<HttpResponseMessage> Attendance(Guid registration, string action, Dictionary<string, string>? more = null) =>
            director.PostFormAsync(day, new Dictionary<string, string>(more ?? new Dictionary<string, string>()) { ["registrationId"] = registration.ToString(), ["action"] = action }, day + "?handler=Attendance");
        Dictionary<string, string> Identity(string document) => new()
        {
            ["document"] = document, ["validUntil"] = "2099-01-01", ["copyProvided"] = "true", ["arrivedAt"] = "09:20", ["dataSigned"] = "true",
        };
        AngleSharp.Dom.IElement Row(AngleSharp.Html.Dom.IHtmlDocument page, string who) => page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Kandidaat " + who));
        static string State(AngleSharp.Dom.IElement row) => row.QuerySelectorAll("td")[3].TextContent.Trim();

        // Absent (7.1): recorded, nothing more to do for him.
        await Ok(Attendance(absent, "Absent"));
        (await RegistrationAsync(absent)).State.ShouldBe(RegistrationState.Absent);
        var page = await director.GetPageAsync(day);
        State(Row(page, "nietverschenen")).ShouldBe("Afwezig");
        Row(page, "nietverschenen").QuerySelectorAll("form").ShouldBeEmpty();

        // Identity (7.2, 7.3): the examiner records the document shown; one off the list is not admitted, and entry is refused for it.
        Row(page, "zonderid").QuerySelectorAll("select[name=document] option").Select(o => o.TextContent).ShouldContain("Ander document");
        var notAdmitted = await Attendance(unidentified, "CheckIn", Identity("Other"));
        notAdmitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await notAdmitted.Content.ReadAsStringAsync()).ShouldContain("Een ander document is geen geaccepteerd legitimatiebewijs. (Examenreglement 7.3)");
        var noGround = await Attendance(unidentified, "RefuseIdentity", Identity("Passport"));
        noGround.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await noGround.Content.ReadAsStringAsync()).ShouldContain("Een paspoort is een geaccepteerd, geldig legitimatiebewijs met kopie: de toegang wordt niet om de legitimatie geweigerd. (Examenreglement 7.3)");
        (await RegistrationAsync(unidentified)).State.ShouldBe(RegistrationState.Registered);

        await Ok(Attendance(unidentified, "RefuseIdentity", Identity("Other")));
        var refused = await RegistrationAsync(unidentified);
        (refused.State, refused.IdentityDocument).ShouldBe((RegistrationState.Refused, IdentityDocumentType.Other));
        refused.Incidents.ShouldContain(i => i.Text.Contains("toegang geweigerd bij de legitimatiecontrole: geen geaccepteerd legitimatiebewijs (Examenreglement 7.3)"));
        (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.EntityId == unidentified.ToString() && r.Reason!.Contains("Examenreglement 7.3")))).ShouldBeTrue();
        page = await director.GetPageAsync(day);
        State(Row(page, "zonderid")).ShouldStartWith("Geweigerd (Ander document)", Case.Sensitive);
        Row(page, "zonderid").QuerySelectorAll("form").ShouldBeEmpty();
        Row(page, "zonderid").QuerySelector(".incident")!.TextContent.ShouldEndWith(
            " Geweigerd: toegang geweigerd bij de legitimatiecontrole: geen geaccepteerd legitimatiebewijs (Examenreglement 7.3)", Case.Sensitive);

        // The work handed in (7.11): a disguised or oversized file is refused with the reason, a real one is kept.
        await Ok(Attendance(handsIn, "CheckIn", Identity("Passport")));
        var assignments = new Dictionary<string, string> { ["registrationId"] = handsIn.ToString(), ["component"] = LmpExam.Assignments };
        var disguised = await PostMultipartAsync(director, day, "Work", assignments, ("file", "uitwerking.pdf", "dit is een tekstbestand"u8.ToArray()));
        disguised.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await disguised.Content.ReadAsStringAsync()).ShouldContain("De inhoud van het bestand is geen PDF-bestand.");
        var big = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.4\n"u8.CopyTo(big);
        var oversized = await PostMultipartAsync(director, day, "Work", assignments, ("file", "uitwerking.pdf", big));
        oversized.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await oversized.Content.ReadAsStringAsync()).ShouldContain("Het bestand is groter dan 10 MB.");
        (await InDbAsync(db => db.Set<ExamComponentResult>().SingleAsync(c => c.RegistrationId == handsIn && c.Code == LmpExam.Assignments))).WorkFileId.ShouldBeNull();

        var work = "%PDF-1.4\nuitwerking opdrachten"u8.ToArray();
        await Ok(PostMultipartAsync(director, day, "Work", assignments, ("file", "uitwerking.pdf", work)));
        var fileId = (await InDbAsync(db => db.Set<ExamComponentResult>().SingleAsync(c => c.RegistrationId == handsIn && c.Code == LmpExam.Assignments))).WorkFileId;
        (await InDbAsync(db => db.Files.SingleAsync(f => f.Id == fileId))).Content.ShouldBe(work);
        Row(await director.GetPageAsync(day), "inlever").QuerySelector(".work")!.TextContent.ShouldBe($"Werk ontvangen: {LmpExam.Blueprint.Component(LmpExam.Assignments).Name}");
        await Ok(Attendance(handsIn, "Complete"));
        (await RegistrationAsync(handsIn)).State.ShouldBe(RegistrationState.Completed);

        // The attendance list names each state with its ground: absent, and entry refused at the identity check with the document shown (7.1, 7.3).
        var list = Squeezed(await AttendanceListTextAsync(director, session.Id));
        var (absentNumber, unidentifiedNumber, handsInNumber) = ((await RegistrationAsync(absent)).CandidateNumber, refused.CandidateNumber, (await RegistrationAsync(handsIn)).CandidateNumber);
        list.ShouldContain(Squeezed($"{absentNumber} Kandidaat nietverschenen 03-02-1990 afwezig Reden: niet verschenen"));
        list.ShouldContain(Squeezed($"{unidentifiedNumber} Kandidaat zonderid 03-02-1990 09:20 geweigerd Reden: toegang geweigerd bij de legitimatiecontrole: " +
            "geen geaccepteerd legitimatiebewijs (Examenreglement 7.3); getoond: een ander document"));
        list.ShouldNotContain(Squeezed($"{handsInNumber} Kandidaat inlever 03-02-1990 09:20 afgerond akkoord Reden"));
        list.ShouldContain(Squeezed($"{handsInNumber} Kandidaat inlever 03-02-1990 09:20 afgerond akkoord"));
    }

    [Fact]
    public async Task ADeclinedOnTheSpotResitMakesThePracticalResultFinal()
    {
        // Examenreglement 8.7: at 6 points the resit of one part is offered; the candidate may decline it and the result stands.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var (_, registration) = await RegisterAsync(session, "afzien");
        var director = await App.AsOwnClient(Role.Director); // it reads the one-time notice after each post
        var day = $"/Exams/ExamDay/Session/{session.Id}";
        await Ok(director.PostFormAsync(day, new Dictionary<string, string>
        {
            ["registrationId"] = registration.ToString(), ["action"] = "CheckIn", ["document"] = "Passport", ["validUntil"] = "2099-01-01", ["copyProvided"] = "true",
            ["arrivedAt"] = "09:20", ["dataSigned"] = "true",
        }, day + "?handler=Attendance"));
        Task<HttpResponseMessage> Practical(bool declined) => director.PostFormAsync(day, new Dictionary<string, string>
        {
            ["registrationId"] = registration.ToString(), ["criteria"] = "3,3,3,3,3,3,0", ["resitPart"] = "", ["resitMet"] = "", ["resitDeclined"] = declined ? "true" : "false",
        }, day + "?handler=Practical");
        string Shown(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Kandidaat afzien")).QuerySelector("form[action*='Practical'] span")!.TextContent;

        await Ok(Practical(declined: false));
        var offered = await director.GetPageAsync(day);
        offered.Text(".notice").ShouldBe("Praktijk: 6 punten, Onvoldoende. Herexamen ter plekke van één onderdeel is mogelijk (Examenreglement 8.7).");
        Shown(offered).ShouldBe("6 pt, Onvoldoende *");
        (await PracticalAsync(registration)).ShouldBe((6, ResultBand.Onvoldoende, false, (DateOnly?)null));

        await Ok(Practical(declined: true));
        var declinedPage = await director.GetPageAsync(day);
        declinedPage.Text(".notice").ShouldBe("Praktijk: 6 punten, Onvoldoende.");
        Shown(declinedPage).ShouldBe("6 pt, Onvoldoende");
        (await PracticalAsync(registration)).ShouldBe((6, ResultBand.Onvoldoende, true, (DateOnly?)Today()));

        // The decline itself is kept, with its moment, audited as such, and shown on the exam day and in the session's log.
        var practical = await InDbAsync(db => db.Set<ExamComponentResult>().SingleAsync(c => c.RegistrationId == registration && c.Code == LmpExam.Practical));
        practical.ResitDeclinedAt.ShouldNotBeNull();
        (await InDbAsync(db => db.AuditRecords.CountAsync(r => r.EntityId == practical.Id.ToString() && r.Reason!.StartsWith("on-the-spot resit declined by the candidate at 6 points")))).ShouldBe(1);
        var declinedOn = LmpExam.ToDutch(practical.ResitDeclinedAt!.Value).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);
        declinedPage.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Kandidaat afzien")).QuerySelector(".resit-declined")!.TextContent
            .ShouldBe($"Herexamen ter plekke afgewezen op {declinedOn} (Examenreglement 8.7)");
        var log = (await director.GetPageAsync($"/Exams/Sessions/Session/{session.Id}")).QuerySelectorAll("table.incidents tbody tr").Select(r => r.TextContent).ToList();
        log.ShouldContain(r => r.Contains("herexamen ter plekke van één onderdeel aangeboden bij 6 punten en door de kandidaat afgewezen") && r.Contains("Ruud Vermeulen"));

        // Recording the observations again does not undo the decline, nor log it twice.
        await Ok(Practical(declined: false));
        (await InDbAsync(db => db.Set<ExamComponentResult>().SingleAsync(c => c.Id == practical.Id))).ResitDeclinedAt.ShouldBe(practical.ResitDeclinedAt);
        (await PracticalAsync(registration)).Item3.ShouldBeTrue();
        (await RegistrationAsync(registration)).Incidents.Count(i => i.Text.StartsWith("herexamen ter plekke", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task ApprovedExtraTimeShowsInTheCandidatesOwnTimesAndOnTheExamDayPage()
    {
        // Examenreglement 6.2, 6.3: the written component lasts its set duration plus the extra time the director approved.
        var session = await CreateSessionAsync(30);
        var candidate = await InDbAsync(db => db.Set<ExamCandidate>().SingleAsync(c => c.Email == "kandidaat@touchstone.example"));
        await Ok(PostMultipartAsync(await App.As(Role.TrainingProvider), "/Exams/Registrations", "Single", new Dictionary<string, string>
        {
            ["One.SessionId"] = session.Id.ToString(), ["One.Name"] = candidate.Name, ["One.DateOfBirth"] = candidate.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["One.Email"] = candidate.Email, ["One.Accommodation"] = "Dyslexia", ["One.ExtraMinutes"] = "30",
        }, ("One.Statement", "verklaring.pdf", "%PDF-1.4 verklaring dyslexie"u8.ToArray())));
        var (_, other) = await RegisterAsync(session, "zonderextra");
        var registration = await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.SessionId == session.Id && r.CandidateId == candidate.Id));
        var own = await App.As(Role.Candidate);
        async Task<string> Times() => (await own.GetPageAsync("/Exams/MyResults")).QuerySelectorAll("section")
            .Single(s => s.QuerySelector("h2")!.TextContent.Contains(session.Code)).QuerySelector(".times")!.TextContent;
        static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        // Requested, not yet decided: his times are the session's (09:30 + 60 minutes).
        Squeeze(await Times()).ShouldBe("Uw tijden: Aanvang 09:30. Theorie: 60 min, tot 10:30. Praktijk: 45 min.");

        var director = await App.As(Role.Director);
        var staffPage = $"/Exams/Sessions/Session/{session.Id}";
        await Ok(director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = registration.Id.ToString(), ["approve"] = "true" }, staffPage + "?handler=Accommodation"));

        Squeeze(await Times()).ShouldBe("Uw tijden: Aanvang 09:30. Theorie: 90 min, tot 11:00, inclusief 30 min extra tijd (Examenreglement 6.2). Praktijk: 45 min.");
        var day = await director.GetPageAsync($"/Exams/ExamDay/Session/{session.Id}");
        string Row(string number) => Squeeze(day.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent == number).QuerySelector(".times")!.TextContent);
        Row(registration.CandidateNumber).ShouldBe("+30 min theorie tot 11:00");
        var otherNumber = (await RegistrationAsync(other)).CandidateNumber;
        Row(otherNumber).ShouldBe("theorie tot 10:30");
    }

    [Fact]
    public async Task FraudFoundAfterwardsInvalidatesRevokesTheDiplomaAtVerifyAndRefusesARegistrationForFiveYears()
    {
        // Examenreglement 7.9: fraud found after the exam makes it invalid, revokes the diploma and excludes the person for five years.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var registration = await SatAsync(session, "achteraf");
        var email = $"achteraf.{session.Code}@example.nl".ToLowerInvariant();
        await App.Factory.InScopeAsync(async sp =>
        {
            // Marked and sent as passed (the marking itself is tested elsewhere).
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var r = await db.Set<SessionRegistration>().Include(x => x.Components).SingleAsync(x => x.Id == registration);
            r.Paid = true;
            foreach (var c in r.Components)
            {
                (c.Points, c.Band, c.IsFinal, c.FinalOn, c.ResultSentOn) = (20, ResultBand.Voldoende, true, Today(), Today());
            }

            await db.SaveChangesAsync();
        });
        var director = await App.As(Role.Director);
        var staffPage = $"/Exams/Sessions/Session/{session.Id}";
        await Ok(director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = registration.ToString() }, staffPage + "?handler=Diploma"));
        var diploma = await InDbAsync(db => db.Set<Diploma>().SingleAsync(d => d.RegistrationId == registration));
        var anonymous = App.Anonymous();
        var verify = $"/verify?number={diploma.Number}&surname=achteraf";
        (await anonymous.GetPageAsync(verify)).Text("#outcome h2").ShouldBe("Geldig");

        var noFinding = await director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["finding"] = " " }, staffPage + "?handler=Fraud");
        noFinding.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await noFinding.Content.ReadAsStringAsync()).ShouldContain("Examenreglement 7.9");
        await Ok(director.PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["finding"] = "uitwerking letterlijk gelijk aan die van een ander" }, staffPage + "?handler=Fraud"));

        var components = await InDbAsync(db => db.Set<ExamComponentResult>().Where(c => c.RegistrationId == registration).ToListAsync());
        components.Count.ShouldBe(LmpExam.ComponentCodes.Count);
        components.ShouldAllBe(c => c.Invalid);
        (await RegistrationAsync(registration)).State.ShouldBe(RegistrationState.Invalidated);
        (await InDbAsync(db => db.Set<Diploma>().SingleAsync(d => d.Id == diploma.Id))).RevokedOn.ShouldBe(Today());
        (await anonymous.GetPageAsync(verify)).Text("#outcome h2").ShouldBe("Ingetrokken");

        // A registration for an exam within five years is refused with the rule named; from the fifth anniversary it is accepted.
        var until = Today().AddYears(ExamRegulation.FromSeed.FraudExclusionYears);
        var within = await CreateSessionAsync(until.DayNumber - Today().DayNumber - 1);
        var after = await CreateSessionAsync(until.DayNumber - Today().DayNumber);
        var provider = await App.As(Role.TrainingProvider);
        Dictionary<string, string> Single(Guid sessionId) => new()
        {
            ["One.SessionId"] = sessionId.ToString(), ["One.Name"] = "Kandidaat achteraf", ["One.DateOfBirth"] = "1990-02-03", ["One.Email"] = email, ["One.Resit"] = "false",
        };
        var refused = await provider.PostFormAsync("/Exams/Registrations", Single(within.Id), "/Exams/Registrations?handler=Single");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await refused.Content.ReadAsStringAsync()).ShouldContain(
            $"Kandidaat {email} is na een vastgestelde fraude uitgesloten van examens tot {until.ToString("d-M-yyyy", CultureInfo.InvariantCulture)}. (Examenreglement 7.9)");
        (await CountAsync(within.Id)).ShouldBe(0);
        await Ok(provider.PostFormAsync("/Exams/Registrations", Single(after.Id), "/Exams/Registrations?handler=Single"));
        (await CountAsync(after.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task TheCommitteeSeesThePValueAndItemRestCorrelationOfEveryQuestion()
    {
        // Examenreglement 8.9: the committee weighs the questions on a statistical analysis before fixing the key.
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        int[][] wrong = [[], [1], [.. Enumerable.Range(2, 10)], [1, .. Enumerable.Range(2, 15)], [3, 5]];
        for (var i = 0; i < wrong.Length; i++)
        {
            await SatAsync(session, $"analyse-{i}");
        }

        var numbers = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.SessionId == session.Id).OrderBy(r => r.CandidateNumber).Select(r => r.CandidateNumber).ToListAsync());
        string Sheet(int[] wrongQuestions) => new([.. Key.Select((c, q) => wrongQuestions.Contains(q + 1) ? (char)('A' + ((c - 'A' + 1) % 4)) : c)]);
        var sheets = numbers.Select((n, i) => new AnswerSheet(n, Sheet(wrong[i]))).ToList();
        var committee = await App.As(Role.ExamCommitteeMember);
        var theory = $"/Exams/Committee/Theory/{session.Id}";
        await Ok(committee.PostFormAsync(theory, new Dictionary<string, string> { ["letters"] = Key }, theory + "?handler=Key"));
        (await PostFileAsync(committee, theory, "Import", "file", "antwoorden.csv", "candidateNumber;answers\n" + string.Concat(sheets.Select(s => $"{s.CandidateNumber};{s.Answers}\n"))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var rows = (await committee.GetPageAsync(theory)).QuerySelectorAll("table.item-analysis tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        rows.Count.ShouldBe(Key.Length);

        // By hand: question 1 is right for candidates 1, 3 and 5 (p 0.60); their rest scores 29, 19, 27 against 29 and 13 for the others.
        rows[0][..3].ShouldBe(["1", "0,60", "0,28"]);
        rows[1][..3].ShouldBe(["2", "0,60", "0,94"]);
        rows[2][..3].ShouldBe(["3", "0,40", "0,65"]);
        rows[29][..3].ShouldBe(["30", "1,00", "-"]); // everyone right: no variance, no correlation
        rows[0][3].ShouldBe("A:3 B:2");

        // Every question as the domain computes it.
        var expected = ItemAnalysis.Analyse(LmpExam.ReadKey(await InDbAsync(db => db.Set<ExamSession>().Where(s => s.Id == session.Id).Select(s => s.AnswerKeyJson).SingleAsync()))!, sheets);
        var dutch = CultureInfo.GetCultureInfo("nl");
        rows.Select(r => r[..3]).ShouldBe(expected.Select(e => new[]
        {
            e.Question.ToString(CultureInfo.InvariantCulture), e.PValue.ToString("0.00", dutch), e.ItemRestCorrelation?.ToString("0.00", dutch) ?? "-",
        }));
    }

    private Task<SessionRegistration> RegistrationAsync(Guid id) =>
        InDbAsync(db => db.Set<SessionRegistration>().AsNoTracking().SingleAsync(r => r.Id == id));

    private Task<(int?, ResultBand?, bool, DateOnly?)> PracticalAsync(Guid registration) =>
        InDbAsync(db => db.Set<ExamComponentResult>().Where(c => c.RegistrationId == registration && c.Code == LmpExam.Practical)
            .Select(c => new ValueTuple<int?, ResultBand?, bool, DateOnly?>(c.Points, c.Band, c.IsFinal, c.FinalOn)).SingleAsync());
}

public sealed class ExamGovernanceAndExamDayWebSqliteTests(SqliteApp app) : ExamGovernanceAndExamDayWebTests(app);

public sealed class ExamGovernanceAndExamDayWebPostgresTests(PostgresApp app) : ExamGovernanceAndExamDayWebTests(app);
