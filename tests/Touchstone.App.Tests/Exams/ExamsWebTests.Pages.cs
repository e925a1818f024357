using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Tests.Exams;

/// <summary>
/// Through the pages as a user would: the construction team (Examenreglement 3.1 l, 5.1, 5.2), registration limits and
/// resits (3.1 g, 6.4, 6.5), the statement for a lost diploma (10.4), the on-the-spot practical resit (8.7), the
/// candidate's results (9.2), the results board (9.1), exclusion and invalidation on the exam day (7.8) and the demo data.
/// In the ExamsWebTests class: the demo examiner's declaration, which another test changes, is used here.
/// </summary>
public abstract partial class ExamsWebTests
{
    private const string Governance = "/Exams/Committee/Members";

    [Fact]
    public async Task TheDirectorAppointsAConstructionTeamMemberAndAConflictedAppointmentIsRefusedWithTheRule()
    {
        // Examenreglement 3.1 l, 5.1: the director appoints the construction team; 5.2: its members have no relation with a training
        // institute, on their own declaration made on the independence page (the member's account, not a box the director ticks).
        var director = await App.As(Role.Director);
        var (userId, name, member) = await NewAccountAsync(Role.ConstructionTeamMember, "Constructeur");
        var institute = "Opleider " + Guid.NewGuid().ToString("N")[..6];
        Task<HttpResponseMessage> Appoint() => director.PostFormAsync(Governance, new Dictionary<string, string> { ["userId"] = userId }, Governance + "?handler=AppointConstruction");
        Task Declare(string? relation) => DeclareIndependenceAsync(member, relation, "Teacher");
        (await director.GetPageAsync(Governance)).QuerySelectorAll("#construction-account option").Select(o => o.GetAttribute("value")).ShouldContain(userId);

        var undeclared = await Appoint();
        undeclared.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await undeclared.Content.ReadAsStringAsync()).ShouldContain($"{name} heeft geen onafhankelijkheidsverklaring; die is nodig vóór aanwijzing als lid van het constructieteam. (Examenreglement 5.2)");
        (await InDbAsync(db => db.AuditRecords.CountAsync(r => r.Action == "ConstructionTeamAppointmentRefused" && r.EntityId == name))).ShouldBe(1);

        await Declare(institute);
        var conflicted = await Appoint();
        conflicted.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await conflicted.Content.ReadAsStringAsync())
            .ShouldContain($"{name} kan niet worden aangewezen als lid van het constructieteam: verklaard als docent van of voor {institute}, een instituut dat voor het examen opleidt. (Examenreglement 5.2)");
        (await InDbAsync(db => db.Set<ConstructionTeamMembership>().AnyAsync(m => m.UserId == userId))).ShouldBeFalse();
        (await InDbAsync(db => db.AuditRecords.CountAsync(r => r.Action == "ConstructionTeamAppointmentRefused" && r.EntityId == name))).ShouldBe(2);

        await Declare(null);
        await Ok(Appoint());
        var clean = await InDbAsync(db => db.Set<IndependenceStatement>().Where(s => s.UserId == userId).OrderByDescending(s => s.Id).FirstAsync());
        var seat = await InDbAsync(db => db.Set<ConstructionTeamMembership>().SingleAsync(m => m.UserId == userId));
        (seat.Name, seat.AppointedOn, seat.IndependenceDeclaredOn, seat.IndependenceStatementId, seat.LeftOn).ShouldBe((name, Today(), clean.DeclaredOn, (Guid?)clean.Id, (DateOnly?)null));
        (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.EntityId == seat.Id.ToString() && r.Reason!.Contains("Examenreglement 3.1 l, 5.1, 5.2")))).ShouldBeTrue();
        Errors(await (await Appoint()).Content.ReadAsStringAsync()).ShouldContain($"{name} is al lid van het constructieteam.");

        // The governance page shows the team with the declaration each member was appointed on, the demo members too; a committee member sees it but cannot appoint.
        var shown = await (await App.As(Role.ExamCommitteeMember)).GetPageAsync(Governance);
        AngleSharp.Dom.IElement Row(AngleSharp.Html.Dom.IHtmlDocument page, string who) => page.QuerySelectorAll("table.construction-team tbody tr").Single(r => r.TextContent.Contains(who));
        Row(shown, name).QuerySelector(".declaration")!.TextContent.ShouldBe($"{clean.DeclaredOn:dd-MM-yyyy}: geen relatie met een opleidingsinstituut");
        Row(shown, "Bram Smit").QuerySelector(".declaration")!.TextContent.ShouldEndWith(": geen relatie met een opleidingsinstituut"); // the demo constructor's own declaration
        shown.Text("table.construction-team").ShouldContain("Drs. M. van Leeuwen");
        shown.QuerySelectorAll("form[action*='AppointConstruction']").ShouldBeEmpty();

        // Sitting, he declares a relation: a warning that the director replaces him (5.2, 3.1 l).
        await Declare(institute);
        (await director.GetPageAsync(Governance)).QuerySelectorAll("p.independence-lapse").Select(p => p.TextContent.Trim()).ShouldContain(
            $"{name}, benoemd als lid van het constructieteam, verklaarde op {Today().ToString("d-M-yyyy", CultureInfo.InvariantCulture)} docent van of voor {institute} te zijn, " +
            "een instituut dat voor het examen opleidt; de directie vervangt dit lid. (Examenreglement 5.2, 3.1 l)");

        // Replaced: the membership ends and is shown with its end date; the warning goes with it.
        await Ok(director.PostFormAsync(Governance, new Dictionary<string, string> { ["membershipId"] = seat.Id.ToString() }, Governance + "?handler=LeaveConstruction"));
        (await InDbAsync(db => db.Set<ConstructionTeamMembership>().SingleAsync(m => m.Id == seat.Id))).LeftOn.ShouldBe(Today());
        var after = await director.GetPageAsync(Governance);
        Row(after, name).TextContent.ShouldContain($"{Today():dd-MM-yyyy} - {Today():dd-MM-yyyy}");
        after.QuerySelectorAll("p.independence-lapse").Select(p => p.TextContent).ShouldNotContain(t => t.Contains(name));
    }

    [Fact]
    public async Task AFullSessionOrAClosedRegistrationRefusesAndACancellationFreesAPlace()
    {
        // Examenreglement 3.1 g: the director sets the capacity and the last registration date of a session.
        var session = await CreateSessionAsync(30);
        var provider = await App.As(Role.TrainingProvider);
        var batch = Enumerable.Range(1, 10).Select(i => new { name = $"Kandidaat {i}", dateOfBirth = "1990-01-01", email = $"vol{i}.{session.Code}@example.nl", resit = false }).ToArray();
        (await provider.PostAsJsonAsync($"/api/exams/sessions/{session.Id}/registrations", batch)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var full = await provider.PostFormAsync("/Exams/Registrations", Single(session.Id, "elfde", session.Code), "/Exams/Registrations?handler=Single");
        full.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await full.Content.ReadAsStringAsync()).ShouldContain($"Sessie {session.Code} is vol (10 plaatsen).");
        (await CountAsync(session.Id)).ShouldBe(10);

        var first = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.SessionId == session.Id).OrderBy(r => r.CandidateNumber).Select(r => r.Id).FirstAsync());
        var staffPage = $"/Exams/Sessions/Session/{session.Id}";
        await Ok((await App.As(Role.BackOffice)).PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = first.ToString(), ["reason"] = "ziek" }, staffPage + "?handler=Cancel"));
        await Ok(provider.PostFormAsync("/Exams/Registrations", Single(session.Id, "elfde", session.Code), "/Exams/Registrations?handler=Single"));
        (await CountAsync(session.Id)).ShouldBe(11);

        var closed = await CreateSessionAsync(10, registrationDeadlineDays: -1);
        var late = await provider.PostFormAsync("/Exams/Registrations", Single(closed.Id, "laatkomer", closed.Code), "/Exams/Registrations?handler=Single");
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await late.Content.ReadAsStringAsync()).ShouldContain($"De inschrijving voor {closed.Code} is gesloten op");
        (await CountAsync(closed.Id)).ShouldBe(0);
        (await provider.GetPageAsync("/Exams/Registrations")).QuerySelectorAll($"option[value='{closed.Id}']").ShouldBeEmpty();
    }

    [Fact]
    public async Task TheDirectorPlansASessionWithAFeeInCentsAsTheNumberFieldSendsIt()
    {
        // Examenreglement 3.1 d: the director sets the exam fee. A number field posts "412.50" in every language; the Dutch page reads it as such.
        var code = "F" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        string Date(int days) => Today().AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Ok((await App.As(Role.Director)).PostFormAsync("/Exams/Sessions", new Dictionary<string, string>
        {
            ["Input.Code"] = code, ["Input.ExamDate"] = Date(60), ["Input.StartsAt"] = "09:30", ["Input.Place"] = "Zwolle", ["Input.ExaminerUserId"] = "",
            ["Input.Capacity"] = "12", ["Input.TheoryMinutes"] = "60", ["Input.PracticalMinutes"] = "45",
            ["Input.RegistrationDeadline"] = Date(40), ["Input.PaymentDeadline"] = Date(45), ["Input.Fee"] = "412.50",
        }));
        (await InDbAsync(db => db.Set<ExamSession>().SingleAsync(s => s.Code == code))).Fee.ShouldBe(412.50m);
    }

    [Fact]
    public async Task ACandidateWhoDidNotPassRegistersForAResitAndSomeoneWhoNeverSatCannot()
    {
        // Examenreglement 6.4, 6.5: a resit is registered like a regular exam, for a candidate with an earlier sitting.
        var first = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var failed = await SatAsync(first, "herkanser");
        await App.Factory.InScopeAsync(async sp =>
        {
            (await sp.GetRequiredService<SetAnswerKeyHandler>().HandleAsync(new SetAnswerKey(first.Id, Key), default)).IsSuccess.ShouldBeTrue();
            var number = await sp.GetRequiredService<TouchstoneDbContext>().Set<SessionRegistration>().Where(r => r.Id == failed).Select(r => r.CandidateNumber).SingleAsync();
            (await sp.GetRequiredService<ImportTheoryAnswersHandler>().HandleAsync(new ImportTheoryAnswers(first.Id, $"candidateNumber;answers\n{number};----------{Key[10..]}\n"), default)).Value.ShouldAllBe(r => r.Ok);
        });
        (await TheoryAsync(failed)).ShouldBe((20, ResultBand.Onvoldoende));
        var next = await CreateSessionAsync(60);
        var provider = await App.As(Role.TrainingProvider);

        var never = await provider.PostFormAsync("/Exams/Registrations", Single(next.Id, "nooit", first.Code, resit: true), "/Exams/Registrations?handler=Single");
        never.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await never.Content.ReadAsStringAsync()).ShouldContain($"nooit.{first.Code.ToLowerInvariant()}@example.nl heeft geen eerder afgerond examen om te herkansen.");

        await Ok(provider.PostFormAsync("/Exams/Registrations", Single(next.Id, "herkanser", first.Code, resit: true), "/Exams/Registrations?handler=Single"));
        var resit = await InDbAsync(async db =>
        {
            var candidate = await db.Set<SessionRegistration>().Where(r => r.Id == failed).Select(r => r.CandidateId).SingleAsync();
            return await db.Set<SessionRegistration>().SingleAsync(r => r.SessionId == next.Id && r.CandidateId == candidate);
        });
        (resit.IsResit, resit.State).ShouldBe((true, RegistrationState.Registered));
    }

    [Fact]
    public async Task AMedicalRequestForAnotherFormOfExamIsDecidedByTheCommitteeNotTheDirector()
    {
        // Examenreglement 6.2, 4.8: a medical request (with a practitioner's statement) asks for another form of exam; the committee decides.
        var session = await CreateSessionAsync(30);
        var provider = await App.As(Role.TrainingProvider);
        await Ok(PostMultipartAsync(provider, "/Exams/Registrations", "Single", new Dictionary<string, string>
        {
            ["One.SessionId"] = session.Id.ToString(), ["One.Name"] = "Kandidaat medisch", ["One.DateOfBirth"] = "1991-03-03",
            ["One.Email"] = $"medisch.{session.Code}@example.nl", ["One.Accommodation"] = "Medical", ["One.ExtraMinutes"] = "0", ["One.AlternativeForm"] = "mondeling theorie-examen",
        }, ("One.Statement", "verklaring-arts.pdf", "%PDF-1.4 verklaring arts"u8.ToArray())));
        var registration = await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.SessionId == session.Id));
        (registration.AccommodationStatus, registration.AccommodationAlternativeForm).ShouldBe((AccommodationStatus.Requested, "mondeling theorie-examen"));

        var staffPage = $"/Exams/Sessions/Session/{session.Id}";
        var byDirector = await (await App.As(Role.Director)).PostFormAsync(staffPage, new Dictionary<string, string> { ["registrationId"] = registration.Id.ToString(), ["approve"] = "true" }, staffPage + "?handler=Accommodation");
        byDirector.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await byDirector.Content.ReadAsStringAsync()).ShouldContain("Over een verzoek wegens medische redenen beslist de examencommissie.");

        var committee = await App.As(Role.ExamCommitteeMember);
        (await committee.GetPageAsync("/Exams/Committee")).Body!.TextContent.ShouldContain(registration.CandidateNumber);
        await Ok(committee.PostFormAsync("/Exams/Committee", new Dictionary<string, string> { ["registrationId"] = registration.Id.ToString(), ["approve"] = "true" }, "/Exams/Committee?handler=Medical"));
        (await InDbAsync(db => db.Set<SessionRegistration>().SingleAsync(r => r.Id == registration.Id))).AccommodationStatus.ShouldBe(AccommodationStatus.Approved);
        (await committee.GetPageAsync("/Exams/Committee")).Body!.TextContent.ShouldNotContain(registration.CandidateNumber);
    }

    [Fact]
    public async Task AStatementForALostDiplomaIsIssuedAgainstTheAdministrationFeeButNotForARevokedDiploma()
    {
        // Examenreglement 10.4: the diploma is issued once; a lost one is replaced by a statement, for an administration fee (3.1 f).
        var (valid, revoked) = await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            Diploma Make(string number, DateOnly? revokedOn) => new()
            {
                Number = number, RegistrationId = Guid.CreateVersion7(), CandidateId = Guid.CreateVersion7(), HolderName = "Marieke Verloren", DateOfBirth = new DateOnly(1984, 5, 6),
                ExamDate = Today().AddYears(-2), IssuedOn = Today().AddYears(-2).AddDays(10), RevokedOn = revokedOn, RevocationReason = revokedOn is null ? null : "fraude",
            };
            var (v, r) = (Make("LMP-S-" + suffix, null), Make("LMP-R-" + suffix, Today().AddDays(-3)));
            db.AddRange(v, r);
            await db.SaveChangesAsync();
            return (v, r);
        });
        var director = await App.As(Role.Director);
        const string page = "/Exams/Diplomas";

        var noFee = await director.PostFormAsync(page, new Dictionary<string, string> { ["id"] = valid.Id.ToString() }, page + "?handler=Statement");
        noFee.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await noFee.Content.ReadAsStringAsync()).ShouldContain("administratiekosten die de directie heeft vastgesteld");

        var response = await director.PostFormAsync(page, new Dictionary<string, string> { ["id"] = valid.Id.ToString(), ["fee"] = "27.50" }, page + "?handler=Statement");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join("\n", document.GetPages().Select(p => p.Text));
            text.ShouldContain("Verklaring behaald diploma");
            text.ShouldContain("Marieke Verloren");
            text.ShouldContain(valid.Number);
            text.ShouldContain("vervangt het verloren diploma niet");
            text.ShouldContain("Administratiekosten: EUR 27,50", Case.Sensitive, text);
        }

        var stored = await InDbAsync(db => db.Set<Diploma>().SingleAsync(d => d.Id == valid.Id));
        (stored.DuplicateStatements, stored.DuplicateStatementFees).ShouldBe((1, 27.50m));
        (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.EntityId == valid.Id.ToString() && r.Reason!.Contains("EUR 27.50") && r.Reason.Contains("10.4")))).ShouldBeTrue();
        (await director.GetPageAsync(page)).QuerySelectorAll(".statements").Select(s => s.TextContent).ShouldContain("(1x verklaring, EUR 27,50 administratiekosten)");
        // Still one diploma, still valid at the public check.
        (await App.Anonymous().GetFromJsonAsync<Verification>($"/api/public/diplomas/verify?number={valid.Number}&surname=Verloren"))!.Status.ShouldBe("Valid");

        var refused = await director.PostFormAsync(page, new Dictionary<string, string> { ["id"] = revoked.Id.ToString(), ["fee"] = "27.50" }, page + "?handler=Statement");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await refused.Content.ReadAsStringAsync()).ShouldContain("Voor een ingetrokken diploma wordt geen verklaring afgegeven.");
        (await InDbAsync(db => db.Set<Diploma>().SingleAsync(d => d.Id == revoked.Id))).DuplicateStatements.ShouldBe(0);
    }

    [Fact]
    public async Task AnOnTheSpotResitOfOnePartIsOfferedFromSixPointsAndNotBelow()
    {
        // Examenreglement 8.7: "Herexamen ter plekke is mogelijk voor maximaal 1 onderdeel ... indien in totaal minimaal 6 punten zijn behaald."
        var session = await CreateSessionAsync(1, registrationDeadlineDays: 0);
        var six = await PresentAsync(session, "zes");
        var five = await PresentAsync(session, "vijf");
        var director = await App.AsOwnClient(Role.Director); // it reads the one-time notice after each post
        var day = $"/Exams/ExamDay/Session/{session.Id}";
        Task<HttpResponseMessage> Practical(Guid registration, string criteria, int? part = null, int? met = null) =>
            director.PostFormAsync(day, new Dictionary<string, string>
            {
                ["registrationId"] = registration.ToString(), ["criteria"] = criteria,
                ["resitPart"] = part?.ToString(CultureInfo.InvariantCulture) ?? "", ["resitMet"] = met?.ToString(CultureInfo.InvariantCulture) ?? "",
            }, day + "?handler=Practical");

        // 6 points (part 7 missed): Onvoldoende, the resit is offered and the result waits for it.
        await Ok(Practical(six, "3,3,3,3,3,3,0"));
        (await director.GetPageAsync(day)).Text(".notice").ShouldBe("Praktijk: 6 punten, Onvoldoende. Herexamen ter plekke van één onderdeel is mogelijk (Examenreglement 8.7).");
        (await PracticalAsync(six)).ShouldBe((6, ResultBand.Onvoldoende, false));

        // The resit of part 7 replaces its observation: 4 criteria met give 2 points, 8 in total.
        await Ok(Practical(six, "3,3,3,3,3,3,0", part: 7, met: 4));
        (await PracticalAsync(six)).ShouldBe((8, ResultBand.Voldoende, true));

        // 5 points: no resit offered, and one asked for is refused with the rule.
        await Ok(Practical(five, "3,3,3,3,3,0,0"));
        (await director.GetPageAsync(day)).Text(".notice").ShouldBe("Praktijk: 5 punten, Onvoldoende.");
        (await PracticalAsync(five)).ShouldBe((5, ResultBand.Onvoldoende, true));
        var refused = await Practical(five, "3,3,3,3,3,0,0", part: 6, met: 3);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await refused.Content.ReadAsStringAsync()).ShouldContain("Een herkansing ter plekke vraagt ten minste 6 punten; de kandidaat heeft er 5.");
        (await PracticalAsync(five)).ShouldBe((5, ResultBand.Onvoldoende, true));
    }

    [Fact]
    public async Task TheCandidateSeesOnvoldoendeVoldoendeOrGoedPerComponentAndTheDateTheResultWasSent()
    {
        // Examenreglement 9.2: the candidate sees per component O/V/G and when the result was sent; what was not sent stays hidden.
        var sentOn = Today().AddDays(-5);
        var code = await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var candidate = await db.Set<ExamCandidate>().SingleAsync(c => c.Email == "kandidaat@touchstone.example");
            var session = PastSession(Today().AddDays(-20));
            ExamComponentResult Component(string c, ResultBand band, bool sent) => new() { Code = c, Band = band, Points = 1, IsFinal = true, ResultSentOn = sent ? sentOn : null };
            db.AddRange(session, new SessionRegistration
            {
                SessionId = session.Id, CandidateId = candidate.Id, CandidateNumber = $"{session.Code}-001", State = RegistrationState.Completed, Paid = true,
                Components = [Component(LmpExam.Theory, ResultBand.Onvoldoende, true), Component(LmpExam.Assignments, ResultBand.Goed, true), Component(LmpExam.Practical, ResultBand.Voldoende, false)],
            });
            await db.SaveChangesAsync();
            return session.Code;
        });

        var page = await (await App.As(Role.Candidate)).GetPageAsync("/Exams/MyResults");
        var section = page.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")!.TextContent.Contains(code));
        var rows = section.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        string[] Row(string component) => rows.Single(r => r[0] == LmpExam.Blueprint.Component(component).Name);
        Row(LmpExam.Theory).ShouldBe([LmpExam.Blueprint.Component(LmpExam.Theory).Name, "Onvoldoende", sentOn.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)]);
        Row(LmpExam.Assignments).ShouldBe([LmpExam.Blueprint.Component(LmpExam.Assignments).Name, "Goed", sentOn.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)]);
        Row(LmpExam.Practical).ShouldBe([LmpExam.Blueprint.Component(LmpExam.Practical).Name, "Nog niet bekend", "-"]);
    }

    [Fact]
    public async Task TheResultsBoardShowsWhatIsDueAndMarksWhatIsOverdue()
    {
        // Examenreglement 9.1: results within four weeks of the exam. Dates follow the app's (fake) clock.
        var calendar = WorkingDayCalendar.Default;
        var (due, overdue, done) = await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            (ExamSession, SessionRegistration) Make(int daysAgo, bool sent)
            {
                var session = PastSession(Today().AddDays(-daysAgo));
                var candidate = new ExamCandidate { Name = "Bord " + session.Code, Email = $"bord.{session.Code}@example.nl".ToLowerInvariant(), DateOfBirth = new DateOnly(1990, 1, 1) };
                var registration = new SessionRegistration
                {
                    SessionId = session.Id, CandidateId = candidate.Id, CandidateNumber = $"{session.Code}-001", State = RegistrationState.Completed, Paid = true,
                    Components = [.. LmpExam.ComponentCodes.Select(c => new ExamComponentResult { Code = c, Band = ResultBand.Voldoende, Points = 1, IsFinal = true, ResultSentOn = sent ? Today().AddDays(-1) : null })],
                };
                db.AddRange(session, candidate, registration);
                return (session, registration);
            }

            var result = (Make(7, false).Item1, Make(40, false).Item1, Make(40, true).Item1);
            await db.SaveChangesAsync();
            return result;
        });
        calendar.WeeksDeadline(due.ExamDate, 4).ShouldBeGreaterThanOrEqualTo(Today());
        calendar.WeeksDeadline(overdue.ExamDate, 4).ShouldBeLessThan(Today());

        var board = await (await App.As(Role.Director)).GetPageAsync("/Exams/Results");
        AngleSharp.Dom.IElement Row(ExamSession s) => board.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent == s.Code);
        Row(due).ClassList.ShouldNotContain("overdue");
        Row(due).TextContent.ShouldContain(calendar.WeeksDeadline(due.ExamDate, 4).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        Row(due).TextContent.ShouldNotContain("te laat");
        Row(overdue).ClassList.ShouldContain("overdue");
        Row(overdue).TextContent.ShouldContain(calendar.WeeksDeadline(overdue.ExamDate, 4).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) + " - te laat");
        Row(done).ClassList.ShouldNotContain("overdue"); // as late, but every result was sent
    }

    [Fact]
    public async Task TheExaminerCannotRecordMoreCriteriaMetThanAPracticalPartHasAndKeepsWhatHeTyped()
    {
        // Examenreglement 8.7: part 1 is scored on 4 criteria ("2 punten bij 4 x V"), part 7 on 6; 9 and 7 met are refused
        // with the rule named, nothing is recorded, and the examiner's form shows what he typed to correct it.
        var examinerId = await InDbAsync(db => db.Users.Where(u => u.Email == "examinator@touchstone.example").Select(u => u.Id).SingleAsync());
        var code = "E" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var created = await App.Factory.InScopeAsync(sp => sp.GetRequiredService<CreateSessionHandler>().HandleAsync(new CreateSession(
            code, Today().AddDays(1), "Utrecht", examinerId, 10, 60, 45, Today(), Today(), 395m, StartsAt), default));
        created.IsSuccess.ShouldBeTrue(string.Join("; ", created.Errors));
        var registration = await PresentAsync((created.Value.Id, code), "criteria");
        var examiner = await App.As(Role.Examiner);
        var day = $"/Exams/ExamDay/Session/{created.Value.Id}";

        var refused = await examiner.PostFormAsync(day, new Dictionary<string, string>
        {
            ["registrationId"] = registration.ToString(), ["criteria"] = "9,3,3,3,3,3,7", ["resitPart"] = "", ["resitMet"] = "",
        }, day + "?handler=Practical");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.ParseAsync();
        page.QuerySelectorAll(".errors li").Select(e => e.TextContent.Trim()).ShouldBe([
            "Onderdeel 1 van de praktijk heeft 4 criteria: 9 keer V is niet mogelijk. (Examenreglement 8.7)",
            "Onderdeel 7 van de praktijk heeft 6 criteria: 7 keer V is niet mogelijk. (Examenreglement 8.7)",
        ]);
        page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Kandidaat criteria")).QuerySelector("input[name=criteria]")!.GetAttribute("value").ShouldBe("9,3,3,3,3,3,7");
        (await PracticalAsync(registration)).ShouldBe((null, null, false));

        // Something that is not a number is named as such (not as "negative"), and kept.
        var unreadable = await (await examiner.PostFormAsync(day, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["criteria"] = "4,x,3,3,3,3,6" }, day + "?handler=Practical")).ParseAsync();
        unreadable.QuerySelectorAll(".errors li").Select(e => e.TextContent.Trim()).ShouldBe(["'x' is geen aantal; vul per onderdeel het aantal criteria met V in, gescheiden door komma's."]);
        unreadable.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Kandidaat criteria")).QuerySelector("input[name=criteria]")!.GetAttribute("value").ShouldBe("4,x,3,3,3,3,6");
        (await PracticalAsync(registration)).ShouldBe((null, null, false));

        await Ok(examiner.PostFormAsync(day, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["criteria"] = "4,3,3,3,3,3,6" }, day + "?handler=Practical"));
        (await PracticalAsync(registration)).ShouldBe((10, ResultBand.Goed, true));
    }

    [Fact]
    public async Task TheExaminerLogsIncidentsExcludesACandidateAndInvalidatesAnExamOnTheDayWithAReason()
    {
        // Examenreglement 7.8: the examiner may refuse further participation and declare the exam of the candidate invalid.
        var examinerId = await InDbAsync(db => db.Users.Where(u => u.Email == "examinator@touchstone.example").Select(u => u.Id).SingleAsync());
        var code = "E" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var created = await App.Factory.InScopeAsync(sp => sp.GetRequiredService<CreateSessionHandler>().HandleAsync(new CreateSession(
            code, Today().AddDays(1), "Utrecht", examinerId, 10, 60, 45, Today(), Today(), 395m, StartsAt), default));
        created.IsSuccess.ShouldBeTrue(string.Join("; ", created.Errors));
        var session = (created.Value.Id, code);
        var disturber = await PresentAsync(session, "verstoorder");
        var cheat = await PresentAsync(session, "spieker");
        var fraud = await PresentAsync(session, "fraudeur");
        var examiner = await App.As(Role.Examiner);
        var day = $"/Exams/ExamDay/Session/{session.Id}";
        Task<HttpResponseMessage> Act(Guid registration, string action, string reason) =>
            examiner.PostFormAsync(day, new Dictionary<string, string> { ["registrationId"] = registration.ToString(), ["action"] = action, ["reason"] = reason }, day + "?handler=Attendance");

        var noReason = await Act(disturber, "Remove", "");
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await noReason.Content.ReadAsStringAsync()).ShouldContain("Examenreglement 7.8");
        (await StateAsync(disturber)).ShouldBe(RegistrationState.Present);

        // The incident log: a described incident is kept; an empty one is refused.
        Errors(await (await Act(disturber, "Incident", " ")).Content.ReadAsStringAsync()).ShouldContain("Beschrijf het incident.");
        await Ok(Act(disturber, "Incident", "praat hardop na eerste waarschuwing"));
        await Ok(Act(disturber, "Remove", "verstoort de orde na een waarschuwing"));
        await Ok(Act(cheat, "Invalidate", "spiekbriefje in de mouw"));

        (await StateAsync(disturber)).ShouldBe(RegistrationState.Removed);
        (await StateAsync(cheat)).ShouldBe(RegistrationState.Invalidated);
        (await InDbAsync(db => db.Set<ExamComponentResult>().Where(c => c.RegistrationId == cheat).ToListAsync())).ShouldAllBe(c => c.Invalid);
        (await InDbAsync(db => db.Set<ExamComponentResult>().Where(c => c.RegistrationId == disturber).AnyAsync(c => c.Invalid))).ShouldBeFalse();
        (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.EntityId == cheat.ToString() && r.Reason!.Contains("spiekbriefje in de mouw")))).ShouldBeTrue();
        // Fraud on the day (7.8, 7.9): the exam invalid and the person excluded from every exam.
        await Ok(examiner.PostFormAsync(day, new Dictionary<string, string> { ["registrationId"] = fraud.ToString(), ["finding"] = "telefoon op schoot" }, day + "?handler=Fraud"));
        (await StateAsync(fraud)).ShouldBe(RegistrationState.Invalidated);
        (await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.Id == fraud).Join(db.Set<ExamCandidate>(), r => r.CandidateId, c => c.Id, (r, c) => c.FraudEstablishedOn).SingleAsync())).ShouldBe(Today());

        var list = await examiner.GetPageAsync(day);
        list.Body!.TextContent.ShouldContain("praat hardop na eerste waarschuwing");
        list.Body.TextContent.ShouldContain("verstoort de orde na een waarschuwing");
        list.Body.TextContent.ShouldContain("spiekbriefje in de mouw");

        // The staff's view of the session lists the whole log: time, candidate number, what happened and who recorded it.
        var numbers = await InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.SessionId == session.Id).ToDictionaryAsync(r => r.Id, r => r.CandidateNumber));
        var staffPage = await (await App.As(Role.Director)).GetPageAsync($"/Exams/Sessions/Session/{session.Id}");
        var log = staffPage.QuerySelectorAll("table.incidents tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        var day0 = LmpExam.ToDutch(App.Factory.Time.GetUtcNow()).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        void Logged(Guid registration, string what) =>
            log.ShouldContain(r => r[0].StartsWith(day0, StringComparison.Ordinal) && r[1] == numbers[registration] && r[2] == what && r[3] == "Els Mulder", $"{what} not in {string.Join(" | ", log.Select(r => string.Join(";", r)))}");
        Logged(disturber, "Incident: praat hardop na eerste waarschuwing");
        Logged(disturber, "Verwijderd: verstoort de orde na een waarschuwing");
        Logged(cheat, "Ongeldig verklaard: spiekbriefje in de mouw");
        Logged(fraud, "Ongeldig verklaard: fraude: telefoon op schoot");
        log.Count.ShouldBe(4);
        // The attendance list names the same grounds (7.8).
        var attendance = Squeezed(await AttendanceListTextAsync(examiner, session.Id));
        attendance.ShouldContain(Squeezed("verwijderd akkoord Reden: deelname beëindigd door de examinator (Examenreglement 7.8): verstoort de orde na een waarschuwing"));
        attendance.ShouldContain(Squeezed("ongeldig verklaard akkoord Reden: examen ongeldig verklaard (Examenreglement 7.8, 7.9): spiekbriefje in de mouw"));
        attendance.ShouldContain(Squeezed("ongeldig verklaard akkoord Reden: examen ongeldig verklaard (Examenreglement 7.8, 7.9): fraude: telefoon op schoot"));

        // Nothing more is recorded for them on the day: their rows offer no actions (7.8).
        var rows = list.QuerySelectorAll("tbody tr").Where(r => new[] { "verstoorder", "spieker", "fraudeur" }.Any(w => r.TextContent.Contains("Kandidaat " + w))).ToList();
        rows.Count.ShouldBe(3);
        rows.ShouldAllBe(r => r.QuerySelectorAll("form").Length == 0);
    }

    [Fact]
    public async Task TheDemoSessionHasCandidatesInEveryStateMarkedWorkResultsDiplomasAndACommittee()
    {
        // Issue 4 point 11: a committee, a session with registered candidates in every state, marked work, results and diplomas.
        var (registrations, candidates, diplomas, committee, team) = await InDbAsync(async db =>
        {
            var past = await db.Set<ExamSession>().SingleAsync(s => s.Code == ExamsDemo.PastCode);
            var r = await db.Set<SessionRegistration>().Include(x => x.Components).Where(x => x.SessionId == past.Id).ToListAsync();
            var ids = r.Select(x => x.CandidateId).ToList();
            return (r, await db.Set<ExamCandidate>().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id),
                await db.Set<Diploma>().Where(d => ids.Contains(d.CandidateId)).ToListAsync(),
                await db.Set<CommitteeMembership>().Where(m => m.LeftOn == null).ToListAsync(),
                await db.Set<ConstructionTeamMembership>().Where(m => m.LeftOn == null).ToListAsync());
        });

        registrations.ShouldContain(r => r.Paid && r.State == RegistrationState.Completed);
        registrations.ShouldContain(r => !r.Paid && r.State == RegistrationState.Completed);
        registrations.ShouldContain(r => r.State == RegistrationState.Cancelled && r.Refund > 0);
        registrations.ShouldContain(r => r.AccommodationStatus == AccommodationStatus.Approved && r.ApprovedExtraMinutes > 0);
        registrations.ShouldContain(r => r.State == RegistrationState.Invalidated && r.Components.All(c => c.Invalid) && candidates[r.CandidateId].FraudEstablishedOn != null);
        registrations.ShouldContain(r => r.Components.Any(c => c.Code == LmpExam.Assignments && c.FirstMarkerId != null && c.FirstPoints != null));
        registrations.ShouldContain(r => r.Components.All(c => c.Band != null && c.ResultSentOn != null));
        registrations.ShouldContain(r => r.State == RegistrationState.Completed && r.Components.Any(c => c.ResultSentOn == null)); // results still to send
        diplomas.ShouldContain(d => d.RevokedOn == null && registrations.Any(r => r.Id == d.RegistrationId));
        diplomas.ShouldContain(d => d.RevokedOn != null);

        ExamCommitteeRules.Check([.. committee.Select(m => m.ToDomain())], Today(), WorkingDayCalendar.Default, ExamRegulation.FromSeed).Breaches.ShouldBeEmpty();
        committee.Count(m => !m.IsStaff).ShouldBeGreaterThanOrEqualTo(ExamRegulation.FromSeed.CommitteeMinimumMembers);
        team.ShouldNotBeEmpty();
        team.ShouldAllBe(m => m.IndependenceDeclaredOn <= Today());

        // The demo accounts in the committee and the construction team are linked, non-staff members to the declaration they were appointed on (4.9, 5.2).
        var accounts = await InDbAsync(db => db.Users.Where(u => u.Email!.EndsWith("@touchstone.example")).ToDictionaryAsync(u => u.Email!, u => u.Id));
        committee.ShouldContain(m => m.UserId == accounts["examencommissie@touchstone.example"] && m.Role == CommitteeRole.ViceChair && m.IndependenceStatementId != null);
        committee.ShouldContain(m => m.UserId == accounts["directeur@touchstone.example"] && m.Role == CommitteeRole.Secretary && m.IsStaff);
        committee.ShouldContain(m => m.UserId == accounts["backoffice@touchstone.example"] && m.Role == CommitteeRole.DeputySecretary && m.IsStaff);
        team.ShouldContain(m => m.UserId == accounts["constructeur@touchstone.example"] && m.IndependenceStatementId != null);
    }

    [Fact]
    public async Task TheDemoExamKeepsItsOwnRulesKeyAndResultsAfterTheCommentPeriodDiplomaOnTheDayTheRightAroseStatementsAndPayments()
    {
        // The demo data obey the rules the app enforces: the committee fixed the answer model, and the results went out, only
        // after the comment period (Examenreglement 8.9, 12); the diploma is dated the day the right arose, the last component
        // final (9.3); every special arrangement is supported by a statement (6.2); nobody paid after cancelling, or before
        // registering, or in the future (6.4, 6.7).
        var (past, registrations, diplomas, deadline) = await App.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var sessions = await db.Set<ExamSession>().Where(s => s.Code == ExamsDemo.PastCode || s.Code == ExamsDemo.UpcomingCode).ToListAsync();
            var ids = sessions.Select(s => s.Id).ToList();
            var r = await db.Set<SessionRegistration>().Include(x => x.Components).Where(x => ids.Contains(x.SessionId)).ToListAsync();
            var registrationIds = r.Select(x => x.Id).ToList();
            var p = sessions.Single(s => s.Code == ExamsDemo.PastCode);
            return (p, r, await db.Set<Diploma>().Where(d => registrationIds.Contains(d.RegistrationId)).ToListAsync(),
                FixAnswerKeyHandler.CommentDeadline(p, sp.GetRequiredService<WorkingDayCalendar>()));
        });

        past.AnswerKeyFixedOn.ShouldNotBeNull().ShouldBeGreaterThan(deadline);
        var sent = registrations.SelectMany(r => r.Components).Select(c => c.ResultSentOn).OfType<DateOnly>().ToList();
        sent.ShouldNotBeEmpty();
        sent.ShouldAllBe(d => d > deadline);

        diplomas.ShouldNotBeEmpty();
        foreach (var diploma in diplomas)
        {
            var holder = registrations.Single(r => r.Id == diploma.RegistrationId);
            holder.Components.ShouldAllBe(c => c.IsFinal && c.FinalOn != null);
            diploma.IssuedOn.ShouldBe(holder.Components.Max(c => c.FinalOn!.Value));
        }

        var arrangements = registrations.Where(r => r.AccommodationKind != null).ToList();
        arrangements.ShouldContain(r => r.AccommodationStatus == AccommodationStatus.Approved);
        arrangements.ShouldContain(r => r.AccommodationStatus == AccommodationStatus.Requested);
        arrangements.ShouldAllBe(r => !string.IsNullOrWhiteSpace(r.AccommodationStatement) || r.AccommodationStatementFileId != null);

        var cancelled = registrations.Where(r => r.State == RegistrationState.Cancelled).ToList();
        cancelled.ShouldNotBeEmpty();
        cancelled.ShouldAllBe(r => r.CancelledOn != null && (r.PaidOn == null || r.PaidOn < r.CancelledOn));
        registrations.ShouldAllBe(r => r.RegisteredOn <= Today() && (r.PaidOn == null || (r.PaidOn >= r.RegisteredOn && r.PaidOn <= Today())));
    }

    private static Dictionary<string, string> Single(Guid session, string who, string code, bool resit = false) => new()
    {
        ["One.SessionId"] = session.ToString(), ["One.Name"] = "Kandidaat " + who, ["One.DateOfBirth"] = "1990-02-03",
        ["One.Email"] = $"{who}.{code}@example.nl", ["One.Resit"] = resit ? "true" : "false",
    };

    private static ExamSession PastSession(DateOnly examDate) => new()
    {
        Code = "B" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), Place = "Ede", ExamDate = examDate, Capacity = 5, TheoryMinutes = 60, PracticalMinutes = 45,
        RegistrationDeadline = examDate.AddDays(-20), PaymentDeadline = examDate.AddDays(-20), Fee = 395m,
    };

    /// <summary>Registers a candidate and admits him on the exam day (identity checked, data signed).</summary>
    private async Task<Guid> PresentAsync((Guid Id, string Code) session, string who)
    {
        var (_, registration) = await RegisterAsync(session, who);
        var admitted = await App.Factory.InScopeAsync(sp => sp.GetRequiredService<RecordAttendanceHandler>().HandleAsync(new RecordAttendance(
            registration, AttendanceAction.CheckIn, null, IdentityDocumentType.Passport, Today().AddYears(5), true, ArrivedAt: StartsAt.AddMinutes(-15), DataSigned: true), default));
        admitted.IsSuccess.ShouldBeTrue(string.Join("; ", admitted.Errors));
        return registration;
    }

    private Task<RegistrationState> StateAsync(Guid registration) =>
        InDbAsync(db => db.Set<SessionRegistration>().Where(r => r.Id == registration).Select(r => r.State).SingleAsync());

    private Task<(int?, ResultBand?, bool)> PracticalAsync(Guid registration) =>
        InDbAsync(db => db.Set<ExamComponentResult>().Where(c => c.RegistrationId == registration && c.Code == LmpExam.Practical)
            .Select(c => new ValueTuple<int?, ResultBand?, bool>(c.Points, c.Band, c.IsFinal)).SingleAsync());
}
