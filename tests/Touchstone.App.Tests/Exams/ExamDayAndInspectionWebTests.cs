using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.App.Files;
using Touchstone.App.Mail;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Tests.Exams;

/// <summary>
/// Through the pages: late entry (Examenreglement 7.1, 7.6), the candidate's confirmation of his data on the exam day
/// (7.7), and inspection requests for three months after the result (10.1) with their hold on the work purge (10.3).
/// </summary>
public abstract class ExamDayAndInspectionWebTests(AppFixture app) : ExamsWebTestBase(app)
{
    private const string CandidateEmail = "kandidaat@touchstone.example";

    [Fact]
    public async Task ALatecomerIsAdmittedWithoutExtraTimeOrRefusedAndNobodyOnTimeIsRefusedAsLate()
    {
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var (_, onTime) = await RegisterAsync(session, "optijd");
        var (_, late) = await RegisterAsync(session, "telaat");
        var (_, refused) = await RegisterAsync(session, "geweigerd");
        var director = await App.As(Role.Director);
        var day = $"/Exams/ExamDay/Session/{session.Id}";
        Dictionary<string, string> Entry(Guid registration, string action, string arrivedAt) => new()
        {
            ["registrationId"] = registration.ToString(), ["action"] = action, ["document"] = "Passport", ["validUntil"] = "2099-01-01",
            ["copyProvided"] = "true", ["arrivedAt"] = arrivedAt, ["dataSigned"] = "true", ["reason"] = "trein gemist",
        };

        // Present before the start (09:30) cannot be refused for being late (7.1, 7.6).
        var notLate = await director.PostFormAsync(day, Entry(onTime, "RefuseLate", "09:20"), day + "?handler=Attendance");
        notLate.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notLate.Content.ReadAsStringAsync()).ShouldContain("Examenreglement 7.1, 7.6");
        // After the end of the written component (09:30 + 60 min) there is nothing left to admit to.
        var afterEnd = await director.PostFormAsync(day, Entry(onTime, "CheckIn", "10:30"), day + "?handler=Attendance");
        afterEnd.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await afterEnd.Content.ReadAsStringAsync()).ShouldContain("10:30");
        (await RegistrationAsync(onTime)).State.ShouldBe(RegistrationState.Registered);
        await Ok(director.PostFormAsync(day, Entry(onTime, "CheckIn", "09:20"), day + "?handler=Attendance"));

        await Ok(director.PostFormAsync(day, Entry(late, "CheckIn", "09:50"), day + "?handler=Attendance"));
        await Ok(director.PostFormAsync(day, Entry(refused, "RefuseLate", "09:45"), day + "?handler=Attendance"));

        var (a, b, c) = (await RegistrationAsync(onTime), await RegistrationAsync(late), await RegistrationAsync(refused));
        (a.State, a.Entry, a.ArrivedAt).ShouldBe((RegistrationState.Present, EntryDecision.OnTime, new TimeOnly(9, 20)));
        (b.State, b.Entry, b.ArrivedAt).ShouldBe((RegistrationState.Present, EntryDecision.AdmittedLate, new TimeOnly(9, 50)));
        b.Incidents.ShouldContain(i => i.Text.Contains("eindtijd 10:30 blijft"));
        (c.State, c.Entry, c.ArrivedAt).ShouldBe((RegistrationState.Refused, EntryDecision.RefusedLate, new TimeOnly(9, 45)));
        c.Incidents.ShouldContain(i => i.Text.Contains("te laat, geweigerd") && i.Text.Contains("trein gemist"));

        var page = await director.GetPageAsync(day);
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(b.CandidateNumber));
        row.QuerySelector(".entry")!.TextContent.ShouldContain("09:50, te laat toegelaten, eindtijd 10:30");
        page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(c.CandidateNumber)).QuerySelector(".entry")!.TextContent.ShouldContain("te laat, geweigerd");

        var text = await AttendanceListTextAsync(director, session.Id);
        text.ShouldContain("09:50 te laat");
        text.ShouldContain("09:45 geweigerd");
        // The state and its ground (7.6): the refused latecomer's row is not left with a bare "geweigerd".
        Squeezed(text).ShouldContain(Squeezed("geweigerd Reden: te laat, geweigerd: aankomst 09:45, aanvang 09:30 (Examenreglement 7.6): trein gemist"));
    }

    [Fact]
    public async Task TheCandidateConfirmsHisDataWithCorrectionsBeforeTheWorkIsHandedIn()
    {
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var (_, registration) = await RegisterAsync(session, "gegevens");
        var director = await App.As(Role.Director);
        var day = $"/Exams/ExamDay/Session/{session.Id}";
        await Ok(director.PostFormAsync(day, new Dictionary<string, string>
        {
            ["registrationId"] = registration.ToString(), ["action"] = "CheckIn", ["document"] = "DutchIdentityCard", ["validUntil"] = "2099-01-01",
            ["copyProvided"] = "true", ["copyBothSides"] = "true", ["arrivedAt"] = "09:05",
        }, day + "?handler=Attendance"));
        (await RegistrationAsync(registration)).DataConfirmedAt.ShouldBeNull();
        (await director.GetPageAsync(day)).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("gegevens") || r.TextContent.Contains("Kandidaat gegevens"))
            .QuerySelector(".data-confirmed")!.TextContent.ShouldBe("Gegevens nog niet bevestigd");

        // No hand-in before the data are signed (7.7, 7.11).
        var early = await director.PostFormAsync(day, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["action"] = "Complete" }, day + "?handler=Attendance");
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await early.Content.ReadAsStringAsync()).ShouldContain("Examenreglement 7.7");
        // A correction alone is not a signature.
        var unsigned = await director.PostFormAsync(day, new Dictionary<string, string>
        {
            ["registrationId"] = registration.ToString(), ["action"] = "ConfirmData", ["dataCorrections"] = "geboortedatum is 03-02-1991",
        }, day + "?handler=Attendance");
        unsigned.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await unsigned.Content.ReadAsStringAsync()).ShouldContain("Examenreglement 7.7");

        await Ok(director.PostFormAsync(day, new Dictionary<string, string>
        {
            ["registrationId"] = registration.ToString(), ["action"] = "ConfirmData", ["dataSigned"] = "true", ["dataCorrections"] = "geboortedatum is 03-02-1991",
        }, day + "?handler=Attendance"));
        var confirmed = await RegistrationAsync(registration);
        confirmed.DataConfirmedAt!.Value.ShouldBe(App.Factory.Time.GetUtcNow(), TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds
        confirmed.DataCorrections.ShouldBe("geboortedatum is 03-02-1991");
        (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.EntityId == registration.ToString() && r.Reason!.Contains("Examenreglement 7.7")))).ShouldBeTrue();

        var row = (await director.GetPageAsync(day)).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(confirmed.CandidateNumber));
        row.QuerySelector(".data-confirmed")!.TextContent.ShouldBe("Gegevens akkoord; Correctie: geboortedatum is 03-02-1991");
        var text = await AttendanceListTextAsync(director, session.Id);
        text.ShouldContain("akkoord");
        text.ShouldContain("Correctie door kandidaat: geboortedatum is 03-02-1991");

        await Ok(director.PostFormAsync(day, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["action"] = "Complete" }, day + "?handler=Attendance"));
        (await RegistrationAsync(registration)).State.ShouldBe(RegistrationState.Completed);
    }

    [Fact]
    public async Task InspectionIsRequestedWithinThreeMonthsScheduledWithAMailAndRecordedOrRefused()
    {
        var old = await PublishedExamAsync(Today().AddMonths(-4));
        var recent = await PublishedExamAsync(Today().AddDays(-10));
        var candidate = await App.As(Role.Candidate);
        const string results = "/Exams/MyResults";
        Dictionary<string, string>[] Ask(Guid registration, params string[] components) =>
            [new() { ["registrationId"] = registration.ToString() }, .. components.Select(c => new Dictionary<string, string> { ["components"] = c })];

        var page = await candidate.GetPageAsync(results);
        page.Body!.TextContent.ShouldContain("Inzage aanvragen");
        page.Body.TextContent.ShouldContain(ResultRules.InspectionUntil(Today().AddDays(-10), Touchstone.Domain.Calendar.WorkingDayCalendar.Default, ExamRegulation.FromSeed).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));

        // Four months after the result: refused, the rule named, nothing stored, the attempt audited.
        var late = await candidate.PostFormAsync(results, Ask(old, LmpExam.Assignments).SelectMany(d => d), results + "?handler=Inspection");
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await late.Content.ReadAsStringAsync()).ShouldContain("Examenreglement 10.1");
        (await InDbAsync(db => db.Set<InspectionRequest>().AnyAsync(i => i.RegistrationId == old))).ShouldBeFalse();
        (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.EntityId == old.ToString() && r.Action == "InspectionRefused"))).ShouldBeTrue();

        await Ok(candidate.PostFormAsync(results, Ask(recent, LmpExam.Theory, LmpExam.Assignments).SelectMany(d => d), results + "?handler=Inspection"));
        var request = await InDbAsync(db => db.Set<InspectionRequest>().SingleAsync(i => i.RegistrationId == recent));
        request.Status.ShouldBe(InspectionStatus.Requested);
        request.Components.ShouldBe([LmpExam.Theory, LmpExam.Assignments]);
        request.RequestedAt.ShouldBe(App.Factory.Time.GetUtcNow(), TimeSpan.FromMilliseconds(1));
        var again = await candidate.PostFormAsync(results, Ask(recent, LmpExam.Practical).SelectMany(d => d), results + "?handler=Inspection");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("Er staat al een verzoek om inzage");

        // The back office schedules it at the office; the candidate is mailed.
        var office = await App.As(Role.BackOffice);
        const string list = "/Exams/Inspections";
        var number = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.Id == recent).Select(r => r.CandidateNumber).SingleAsync());
        (await office.GetPageAsync(list)).Body!.TextContent.ShouldContain(number);
        var past = await office.PostFormAsync(list, new Dictionary<string, string> { ["requestId"] = request.Id.ToString(), ["at"] = Today().AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T10:00" }, list + "?handler=Schedule");
        past.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await past.Content.ReadAsStringAsync()).ShouldContain("Examenreglement 10.1");
        var day = Today().AddDays(7);
        await Ok(office.PostFormAsync(list, new Dictionary<string, string> { ["requestId"] = request.Id.ToString(), ["at"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T10:00" }, list + "?handler=Schedule"));
        var scheduled = await InDbAsync(db => db.Set<InspectionRequest>().SingleAsync(i => i.Id == request.Id));
        (scheduled.Status, scheduled.Place).ShouldBe((InspectionStatus.Scheduled, ExamRegulation.FromSeed.InspectionPlace));
        LmpExam.ToDutch(scheduled.ScheduledAt!.Value).ShouldBe(day.ToDateTime(new TimeOnly(10, 0)));
        var mail = await InDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.To == CandidateEmail && m.Subject == "Inzage examenwerk" && m.Body.Contains(number)));
        mail.Body.ShouldContain($"{day:dd-MM-yyyy} om 10:00 uur, kantoor van Cinses, Den Haag");
        (await candidate.GetPageAsync(results)).QuerySelectorAll(".inspection").Select(p => p.TextContent).ShouldContain(t => t.Contains("Gepland") && t.Contains($"{day:dd-MM-yyyy} 10:00"));

        // Not held before its moment; recorded once it came.
        var notYet = await office.PostFormAsync(list, new Dictionary<string, string> { ["requestId"] = request.Id.ToString(), ["notes"] = "opdrachten doorgenomen" }, list + "?handler=Held");
        notYet.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notYet.Content.ReadAsStringAsync()).ShouldContain("die kan nog niet gehouden zijn");
        await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            (await db.Set<InspectionRequest>().SingleAsync(i => i.Id == request.Id)).ScheduledAt = App.Factory.Time.GetUtcNow().AddHours(-1);
            await db.SaveChangesAsync();
        });
        await Ok(office.PostFormAsync(list, new Dictionary<string, string> { ["requestId"] = request.Id.ToString(), ["notes"] = "opdrachten doorgenomen" }, list + "?handler=Held"));
        var held = await InDbAsync(db => db.Set<InspectionRequest>().SingleAsync(i => i.Id == request.Id));
        (held.Status, held.Notes).ShouldBe((InspectionStatus.Held, "opdrachten doorgenomen"));

        // A new request may follow; a refusal needs a reason and is mailed.
        await Ok(candidate.PostFormAsync(results, Ask(recent, LmpExam.Practical).SelectMany(d => d), results + "?handler=Inspection"));
        var second = await InDbAsync(db => db.Set<InspectionRequest>().SingleAsync(i => i.RegistrationId == recent && i.Status == InspectionStatus.Requested));
        var noReason = await office.PostFormAsync(list, new Dictionary<string, string> { ["requestId"] = second.Id.ToString() }, list + "?handler=Refuse");
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        await Ok(office.PostFormAsync(list, new Dictionary<string, string> { ["requestId"] = second.Id.ToString(), ["reason"] = "aangevraagd door een ander dan de kandidaat" }, list + "?handler=Refuse"));
        (await InDbAsync(db => db.Set<InspectionRequest>().SingleAsync(i => i.Id == second.Id))).Status.ShouldBe(InspectionStatus.Refused);
        (await InDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.To == CandidateEmail && m.Subject == "Verzoek om inzage examenwerk" && m.Body.Contains("aangevraagd door een ander")))).ShouldBeTrue();
        (await InDbAsync(db => db.AuditRecords.CountAsync(r => r.EntityType == nameof(InspectionRequest) && r.EntityId == request.Id.ToString()))).ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task APendingInspectionKeepsItsWorkFromThePurgeAndOtherWorkGoes()
    {
        var (kept, purged, registration) = await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var code = "INZ-" + Guid.NewGuid().ToString("N")[..6];
            var session = new ExamSession { Code = code, Place = "Ede", ExamDate = Today().AddMonths(-7), Capacity = 5, TheoryMinutes = 60, PracticalMinutes = 45, RegistrationDeadline = Today().AddMonths(-8), PaymentDeadline = Today().AddMonths(-8), Fee = 395m };
            var candidate = new ExamCandidate { Name = "Inzage Vasthouden", Email = $"inzage.{code}@example.nl".ToLowerInvariant(), DateOfBirth = new DateOnly(1990, 1, 1) };
            StoredFile Work() => new() { FileName = "werk.pdf", ContentType = "application/pdf", Length = 9, Sha256 = new string('0', 64), Content = "%PDF-1.4\n"u8.ToArray(), UploadedBy = "test" };
            var (assignments, theory) = (Work(), Work());
            var r = new SessionRegistration
            {
                SessionId = session.Id, CandidateId = candidate.Id, CandidateNumber = $"{code}-001", State = RegistrationState.Completed,
                Components = [new ExamComponentResult { Code = LmpExam.Assignments, WorkFileId = assignments.Id }, new ExamComponentResult { Code = LmpExam.Theory, WorkFileId = theory.Id }],
            };
            // Results came late (a new term, 9.1): the request was timely, the appointment is still to come.
            var request = new InspectionRequest { RegistrationId = r.Id, CandidateId = candidate.Id, Components = [LmpExam.Assignments], Status = InspectionStatus.Scheduled, RequestedAt = App.Factory.Time.GetUtcNow().AddDays(-3) };
            db.AddRange(session, candidate, assignments, theory, r, request);
            await db.SaveChangesAsync();
            return (assignments.Id, theory.Id, r.Id);
        });

        var outcome = await App.Factory.InScopeAsync(sp => sp.GetRequiredService<PurgeExpiredWorkHandler>().HandleAsync(default));

        outcome.HeldForInspection.ShouldBeGreaterThanOrEqualTo(1);
        var files = await InDbAsync(db => db.Files.Where(f => f.Id == kept || f.Id == purged).ToListAsync());
        files.Single(f => f.Id == kept).Content.ShouldNotBeEmpty();
        files.Single(f => f.Id == purged).Content.ShouldBeEmpty();

        // Once held, the request no longer keeps the work.
        await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            (await db.Set<InspectionRequest>().SingleAsync(i => i.RegistrationId == registration)).Status = InspectionStatus.Held;
            await db.SaveChangesAsync();
        });
        await App.Factory.InScopeAsync(sp => sp.GetRequiredService<PurgeExpiredWorkHandler>().HandleAsync(default));
        (await InDbAsync(db => db.Files.SingleAsync(f => f.Id == kept))).Content.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheStaffInspectionListShowsTheDemoRequestAndTheExamDayTheDemoLateEntry()
    {
        var office = await App.As(Role.BackOffice);
        var list = await office.GetPageAsync("/Exams/Inspections");
        list.Body!.TextContent.ShouldContain("Tom Kramer");
        list.Body.TextContent.ShouldContain("Aangevraagd");
        var past = await InDbAsync(db => db.Set<ExamSession>().Where(s => s.Code == ExamsDemo.PastCode).Select(s => s.Id).SingleAsync());
        var day = await (await App.As(Role.Examiner)).GetPageAsync($"/Exams/ExamDay/Session/{past}");
        day.Body!.TextContent.ShouldContain("aanvang 09:30");
        day.QuerySelectorAll(".entry").Select(e => e.TextContent).ShouldContain(t => t.Contains("09:42, te laat toegelaten"));
    }

    private Task<SessionRegistration> RegistrationAsync(Guid id) =>
        InDbAsync(db => db.Set<SessionRegistration>().AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>A completed exam of the demo candidate whose results were sent on <paramref name="sentOn"/>.</summary>
    private Task<Guid> PublishedExamAsync(DateOnly sentOn) => App.Factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<TouchstoneDbContext>();
        var candidate = await db.Set<ExamCandidate>().SingleAsync(c => c.Email == CandidateEmail);
        var code = "P" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var examDate = sentOn.AddDays(-14);
        var session = new ExamSession { Code = code, Place = "Ede", ExamDate = examDate, Capacity = 5, TheoryMinutes = 60, PracticalMinutes = 45, RegistrationDeadline = examDate.AddDays(-20), PaymentDeadline = examDate.AddDays(-20), Fee = 395m };
        var registration = new SessionRegistration
        {
            SessionId = session.Id, CandidateId = candidate.Id, CandidateNumber = $"{code}-001", State = RegistrationState.Completed, Paid = true,
            Components = [.. LmpExam.ComponentCodes.Select(c => new ExamComponentResult { Code = c, Band = ResultBand.Onvoldoende, IsFinal = true, ResultSentOn = sentOn })],
        };
        db.AddRange(session, registration);
        await db.SaveChangesAsync();
        return registration.Id;
    });
}

public sealed class ExamDayAndInspectionWebSqliteTests(SqliteApp app) : ExamDayAndInspectionWebTests(app);

public sealed class ExamDayAndInspectionWebPostgresTests(PostgresApp app) : ExamDayAndInspectionWebTests(app);
