using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Exams;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Exams;
using Case = Touchstone.Domain.Cases.Case;

namespace Touchstone.App.Tests.Cases;

/// <summary>
/// Objections linked to the exam result itself (Examenreglement 10.3, 11.1, 14, 15): the link from the letter,
/// the hold on the work while a case is open, the re-marking that replaces the result in the exam, staff
/// reminders before a due date, and the rate limit of the public form.
/// </summary>
public abstract class CaseExamLinkTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => CaseClock.Today(app.Factory.Time);

    [Fact]
    public async Task TheRemarkingOfALinkedObjectionReplacesTheExamResultKeepsTheOldOneAndTheCandidateNowPasses()
    {
        // 11.1: the re-marker must not have been involved before (marker, examiner) nor have a declared conflict (5.4).
        var marker = await CaseExamData.UserIdAsync(app.Factory, Role.Marker);
        var examiner = await CaseExamData.UserIdAsync(app.Factory, Role.Examiner);
        var committeeMember = await CaseExamData.UserIdAsync(app.Factory, Role.ExamCommitteeMember);
        await CaseExamData.DeclareAsync(app.Factory, committeeMember);
        var exam = await CaseExamData.SeedAsync(app.Factory, (ResultBand.Goed, ResultBand.Onvoldoende, ResultBand.Voldoende), examinerId: examiner, assignmentsMarkerId: marker);
        var assignments = exam.Components[LmpExam.Assignments];
        (await IssueDiplomaAsync(exam.RegistrationId)).Errors.Single().Code.ShouldBe("exams.diploma.not-passed");

        var email = Unique("hercorrectie");
        var dossier = await SubmitObjectionAsync(email, exam.SessionCode, exam.CandidateNumber.ToLowerInvariant(), "Opdrachten");
        dossier.ExamRegistrationId.ShouldBe(exam.RegistrationId);
        dossier.ExamComponentId.ShouldBe(assignments);
        dossier.ExamReference.ShouldBe(exam.SessionCode); // the text is kept
        (await ComponentAsync(assignments)).ObjectionOpen.ShouldBeTrue();

        var office = await app.As(Role.BackOffice);
        await AdmitAsync(office, dossier.Id);
        var detail = $"/Cases/Detail/{dossier.Id}";
        var page = await office.GetPageAsync(detail);
        page.Text("#exam-result").ShouldContain(exam.CandidateNumber);
        page.Text("#exam-involved").ShouldContain("Mohamed Yilmaz");
        page.Text("#exam-involved").ShouldContain("Els Mulder");

        foreach (var involved in new[] { marker, examiner })
        {
            var refused = await office.PostFormAsync(detail, Remark(involved, "V"), detail + "?handler=Remark");
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            var errors = (await refused.ParseAsync()).Text(".errors");
            errors.ShouldContain("11.1");
            errors.ShouldNotContain(involved);
        }

        var notABand = await office.PostFormAsync(detail, Remark(committeeMember, "X"), detail + "?handler=Remark");
        (await notABand.ParseAsync()).Text(".errors").ShouldContain("O, V of G");
        (await ComponentAsync(assignments)).Band.ShouldBe(ResultBand.Onvoldoende);

        (await office.PostFormAsync(detail, Remark(committeeMember, "V"), detail + "?handler=Remark")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The new result replaced the old one in the exam; the old one is kept, the change audited.
        var component = await ComponentAsync(assignments);
        component.Band.ShouldBe(ResultBand.Voldoende);
        component.FinalOn.ShouldBe(Today);
        var history = await InDbAsync(db => db.Set<ExamComponentRemarking>().Where(r => r.ComponentId == assignments).ToListAsync(Ct));
        history.Single().PreviousBand.ShouldBe(ResultBand.Onvoldoende);
        history.Single().NewBand.ShouldBe(ResultBand.Voldoende);
        history.Single().RemarkerId.ShouldBe(committeeMember);
        history.Single().CaseReference.ShouldBe(dossier.Reference);
        (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.EntityType == nameof(ExamComponentResult) && r.EntityId == assignments.ToString()
            && r.Reason!.Contains("re-marked after the objection"), Ct))).ShouldBeTrue();
        var stored = await DossierAsync(dossier.Id);
        (stored.OriginalResult, stored.NewResult).ShouldBe(("O", "V"));

        // The candidate sees the new result; he passed now, so the diploma can be issued the usual way.
        var results = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<CandidateResultsHandler>().HandleAsync(exam.Email, Ct));
        results.Single().Components.Single(c => c.Name == LmpExam.Blueprint.Component(LmpExam.Assignments).Name).Band.ShouldBe(ResultBand.Voldoende);
        (await office.GetPageAsync(detail)).QuerySelector("#diploma-issuable").ShouldNotBeNull();
        (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.EntityId == dossier.Id.ToString() && r.Action == "DiplomaIssuable", Ct))).ShouldBeTrue();
        var diploma = await IssueDiplomaAsync(exam.RegistrationId);
        diploma.IsSuccess.ShouldBeTrue(string.Join("; ", diploma.Errors));
        diploma.Value.IssuedOn.ShouldBe(Today);

        // The decision releases the hold; an appeal holds the work again until the board's ruling.
        var committee = await app.As(Role.ExamCommitteeMember);
        (await committee.PostFormAsync(detail, new Dictionary<string, string> { ["outcome"] = "Upheld", ["Motivation"] = "Na hercorrectie voldoende." }, detail + "?handler=Decide"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ComponentAsync(assignments)).ObjectionOpen.ShouldBeFalse();
        (await office.PostFormAsync(detail, new Dictionary<string, string> { ["lodgedOn"] = Iso(Today) }, detail + "?handler=Appeal")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var appealId = await InDbAsync(db => db.Set<Case>().Where(c => c.AppealedCaseId == dossier.Id).Select(c => c.Id).SingleAsync(Ct));
        (await DossierAsync(appealId)).ExamComponentId.ShouldBe(assignments);
        (await ComponentAsync(assignments)).ObjectionOpen.ShouldBeTrue();
        var appealChecklist = $"/Cases/Checklist/{appealId}";
        (await office.PostFormAsync(appealChecklist, [], appealChecklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var appealPage = $"/Cases/Detail/{appealId}";
        (await office.PostFormAsync(appealPage, new Dictionary<string, string> { ["outcome"] = "Rejected", ["Motivation"] = "Beroep ongegrond." }, appealPage + "?handler=Decide"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ComponentAsync(assignments)).ObjectionOpen.ShouldBeFalse();
    }

    [Fact]
    public async Task ARemarkingThatLowersTheResultOfADiplomaHolderPutsTheDiplomaUpForTheDirectorsReview()
    {
        // The Examenreglement revokes a diploma only for fraud (7.9); after a lower re-marking (11.1) the director decides.
        var committeeMember = await CaseExamData.UserIdAsync(app.Factory, Role.ExamCommitteeMember);
        await CaseExamData.DeclareAsync(app.Factory, committeeMember);
        var exam = await CaseExamData.SeedAsync(app.Factory, (ResultBand.Goed, ResultBand.Voldoende, ResultBand.Voldoende));
        var diploma = (await IssueDiplomaAsync(exam.RegistrationId)).Value;
        var dossier = await SubmitObjectionAsync(Unique("verlaging"), exam.SessionCode, exam.CandidateNumber, "Opdrachten");
        var office = await app.As(Role.BackOffice);
        await AdmitAsync(office, dossier.Id);
        var detail = $"/Cases/Detail/{dossier.Id}";
        (await office.GetPageAsync(detail)).QuerySelector("#diploma-to-review").ShouldBeNull();

        (await office.PostFormAsync(detail, Remark(committeeMember, "O"), detail + "?handler=Remark")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await ComponentAsync(exam.Components[LmpExam.Assignments])).Band.ShouldBe(ResultBand.Onvoldoende);
        (await office.GetPageAsync(detail)).Text("#diploma-to-review").ShouldContain(diploma.Number);
        (await InDbAsync(db => db.AuditRecords.AnyAsync(r => r.EntityId == exam.RegistrationId.ToString() && r.Action == "DiplomaToReview", Ct))).ShouldBeTrue();
        var director = await app.As(Role.Director);
        string RowOf(AngleSharp.Html.Dom.IHtmlDocument list) => list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(diploma.Number)).TextContent;
        RowOf(await director.GetPageAsync("/Exams/Diplomas/Index")).ShouldContain("Te beoordelen");
        (await InDbAsync(db => db.Set<Diploma>().SingleAsync(d => d.Id == diploma.Id, Ct))).RevokedOn.ShouldBeNull(); // not revoked by itself

        // The director revokes it through the usual revocation, with the reason: no longer to review.
        (await director.PostFormAsync("/Exams/Diplomas/Index", new Dictionary<string, string> { ["id"] = diploma.Id.ToString(), ["reason"] = $"Bezwaar {dossier.Reference}: na hercorrectie onvoldoende" },
            "/Exams/Diplomas/Index?handler=Revoke")).StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
        (await InDbAsync(db => db.Set<Diploma>().SingleAsync(d => d.Id == diploma.Id, Ct))).RevokedOn.ShouldNotBeNull();
        RowOf(await director.GetPageAsync("/Exams/Diplomas/Index")).ShouldNotContain("Te beoordelen");
        (await office.GetPageAsync(detail)).QuerySelector("#diploma-to-review").ShouldBeNull();
    }

    [Fact]
    public async Task AnUnresolvedObjectionIsShownToStaffAndLinkedOnTheCasePageAndARemarkerWithADeclaredConflictIsRefused()
    {
        var exam = await CaseExamData.SeedAsync(app.Factory, (ResultBand.Voldoende, ResultBand.Voldoende, ResultBand.Onvoldoende));
        var email = Unique("onbekend");
        var dossier = await SubmitObjectionAsync(email, "LMP-ONBEKEND", "K-0000", "Praktijk");
        dossier.ExamComponentId.ShouldBeNull();
        dossier.CandidateReference.ShouldBe("K-0000");

        var office = await app.As(Role.BackOffice);
        var detail = $"/Cases/Detail/{dossier.Id}";
        (await office.GetPageAsync(detail)).QuerySelector("#exam-link").ShouldNotBeNull();
        var refused = await office.PostFormAsync(detail, Remark(await CaseExamData.UserIdAsync(app.Factory, Role.Marker), "V"), detail + "?handler=Remark");
        (await refused.ParseAsync()).Text(".errors").ShouldContain("Koppel het bezwaar eerst aan het examenresultaat");

        var wrong = await office.PostFormAsync(detail, new Dictionary<string, string> { ["exam"] = exam.SessionCode, ["candidate"] = "K-0000", ["component"] = "practical" }, detail + "?handler=Link");
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.ParseAsync()).Text(".errors").ShouldContain("Geen examenresultaat gevonden bij sessie");
        (await office.PostFormAsync(detail, new Dictionary<string, string> { ["exam"] = exam.SessionCode, ["candidate"] = exam.CandidateNumber, ["component"] = "practical" }, detail + "?handler=Link"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var linked = await DossierAsync(dossier.Id);
        linked.ExamComponentId.ShouldBe(exam.Components[LmpExam.Practical]);
        (await ComponentAsync(exam.Components[LmpExam.Practical])).ObjectionOpen.ShouldBeTrue();
        var page = await office.GetPageAsync(detail);
        page.QuerySelector("#exam-link").ShouldBeNull();
        page.Text("#exam-result").ShouldContain(exam.SessionCode);

        // 5.4: someone who declared the candidate to be in his circle does not re-mark the work.
        var committeeMember = await CaseExamData.UserIdAsync(app.Factory, Role.ExamCommitteeMember);
        await CaseExamData.DeclareAsync(app.Factory, committeeMember, exam.CandidateId);
        await AdmitAsync(office, dossier.Id);
        var conflict = await office.PostFormAsync(detail, Remark(committeeMember, "V"), detail + "?handler=Remark");
        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await conflict.ParseAsync()).Text(".errors").ShouldContain("Examenreglement 5.4");
        (await ComponentAsync(exam.Components[LmpExam.Practical])).Band.ShouldBe(ResultBand.Onvoldoende);
        (await DossierAsync(dossier.Id)).NewResult.ShouldBeNull();
    }

    [Fact]
    public async Task ThePurgeKeepsWorkWhileAnyObjectionOnItIsOpenAndDeletesItOnceTheLastIsDecided()
    {
        // 10.3: work is deleted six months after the exam, except while an objection or appeal on it is open.
        var exam = await CaseExamData.SeedAsync(app.Factory, (ResultBand.Goed, ResultBand.Onvoldoende, ResultBand.Goed), examDaysAgo: 220, sentDaysAgo: 190, withWork: true);
        var office = await app.As(Role.BackOffice);
        var first = await RegisterByPostAsync(office, Unique("eerste"), exam);
        var second = await RegisterByPostAsync(office, Unique("tweede"), exam);
        first.ExamComponentId.ShouldBe(exam.Components[LmpExam.Assignments]);
        second.ExamComponentId.ShouldBe(first.ExamComponentId);

        (await PurgeAsync()).HeldForObjection.ShouldBeGreaterThanOrEqualTo(1);
        (await WorkAsync(exam)).PurgedAt.ShouldBeNull();

        // Both were posted far too late: the committee declares the first inadmissible; the second still holds the work.
        var committee = await app.As(Role.ExamCommitteeMember);
        await DeclareInadmissibleAsync(office, committee, first.Id);
        (await StateAsync(first.Id)).ShouldBe(CaseState.Inadmissible);
        (await ComponentAsync(exam.Components[LmpExam.Assignments])).ObjectionOpen.ShouldBeTrue();
        await PurgeAsync();
        (await WorkAsync(exam)).PurgedAt.ShouldBeNull();

        await DeclareInadmissibleAsync(office, committee, second.Id);
        (await ComponentAsync(exam.Components[LmpExam.Assignments])).ObjectionOpen.ShouldBeFalse();
        await PurgeAsync();
        var work = await WorkAsync(exam);
        work.PurgedAt.ShouldNotBeNull();
        work.Content.ShouldBeEmpty();
    }

    [Fact]
    public async Task StaffAreRemindedOnceBeforeTheDueDateAndAConfidentialComplaintOnlyReachesTheDirectorAndDesignatedStaff()
    {
        var calendar = WorkingDayCalendar.Default;
        var lmp = CaseSchemes.DeadlinesFor("LMP", calendar);
        var window = lmp.Scheme.ReminderWorkingDaysBefore;
        bool InWindow(DateOnly? due) => due is { } d && d > Today && calendar.WorkingDaysBetween(Today, d) < window;

        // An objection whose decision is due within the window, and two complaints whose answer is.
        var sent = Enumerable.Range(30, 40).Select(n => Today.AddDays(-n)).First(d => InWindow(lmp.For(CaseType.Objection, d, d.AddDays(3)).HandlingDeadline));
        var received = Enumerable.Range(15, 20).Select(n => Today.AddDays(-n)).First(d => InWindow(lmp.ComplaintAnswerDeadline(d)));
        var office = await app.As(Role.BackOffice);
        var objection = await RegisterAsync(office, "Objection", Unique("herinnering"), sent, sent.AddDays(3));
        var hidden = await RegisterAsync(office, "Complaint", Unique("vertrouwelijk"), received.AddDays(-2), received);
        var designated = await RegisterAsync(office, "Complaint", Unique("aangewezen"), received.AddDays(-2), received);
        var director = await app.As(Role.Director);
        var detail = $"/Cases/Detail/{designated.Id}";
        (await director.PostFormAsync(detail, new Dictionary<string, string> { ["userId"] = await CaseExamData.UserIdAsync(app.Factory, Role.BackOffice), ["designate"] = "true" }, detail + "?handler=Designate"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        for (var run = 0; run < 2; run++)
        {
            await app.Factory.InScopeAsync(sp => new CaseDeadlineJob().RunAsync(sp, Ct));
        }

        var reminders = await InDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Subject.StartsWith("Herinnering")).ToListAsync(Ct));
        string[] To(CaseDossier d) => [.. reminders.Where(m => m.Subject.Contains(d.Reference)).Select(m => m.To).Order()];
        var officeMail = Mail(Role.BackOffice);
        var committeeMail = Mail(Role.ExamCommitteeMember);
        var directorMail = Mail(Role.Director);
        // Everyone in back office and on the committee, once each though the job ran twice (other tests add staff to the
        // shared app, so the demo accounts are among the recipients, and every recipient holds one of the two roles).
        var staff = await InDbAsync(db => db.RoleGrants.Where(g => g.Role == Role.BackOffice || g.Role == Role.ExamCommitteeMember)
            .Join(db.Users, g => g.UserId, u => u.Id, (_, u) => u.Email!).ToListAsync(Ct));
        To(objection).ShouldContain(officeMail);
        To(objection).ShouldContain(committeeMail);
        To(objection).ShouldBeUnique();
        To(objection).ShouldAllBe(to => staff.Contains(to));
        To(hidden).ShouldBe([directorMail]);
        To(designated).ShouldBe(new[] { officeMail, directorMail }.Order().ToArray());
        reminders.Single(m => m.Subject.Contains(objection.Reference) && m.To == officeMail).Body.ShouldContain(CaseMails.Date(lmp.For(objection.Case).HandlingDeadline!.Value));
        (await DossierAsync(objection.Id)).ReminderSentForDue.ShouldBe(lmp.For(objection.Case).HandlingDeadline);
    }

    [Fact]
    public async Task ABurstOfPublicSubmissionsIsRefusedWithAFriendlyPage()
    {
        AppFixture.SkipUnlessAvailable(app.Provider);
        // An app of its own with the default limit (the shared app raises it for the other tests).
        await using var factory = new TouchstoneFactory(app.Provider, settings => settings.Remove("Touchstone:PublicSubmissionsPerMinute"));
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await client.PostFormAsync("/Public/Cases/Submit", new Dictionary<string, string>
            {
                ["Input.Type"] = "Complaint", ["Input.Scheme"] = "LMP", ["Input.Name"] = "Snelle Sander", ["Input.Email"] = Unique("burst"),
                ["Input.ReferenceDate"] = Iso(Today), ["Input.Description"] = "Nogmaals dezelfde klacht.",
            });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused ??= response;
            }
        }

        statuses.Take(5).ShouldAllBe(s => s == HttpStatusCode.Redirect);
        statuses.Skip(5).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        refused!.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await refused.ParseAsync();
        page.Text("h1").ShouldBe("Te veel verzoeken");
        page.Body!.TextContent.ShouldNotContain("Exception");
        // Reading the form stays possible.
        (await client.GetAsync("/Public/Cases/Submit", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string Mail(Role role) => DemoSeeder.Accounts.First(a => a.PrimaryRole == role).Email;

    private static Dictionary<string, string> Remark(string remarker, string band) =>
        new() { ["whole"] = "true", ["newResult"] = band, ["remarker"] = remarker };

    private async Task<CaseDossier> SubmitObjectionAsync(string email, string exam, string candidate, string component)
    {
        // With the signed letter uploaded, as the form asks (without it the objection is unsigned, 16.4).
        var response = await CasesWebTests.PostMultipartAsync(app.Anonymous(), "/Public/Cases/Submit", new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection", ["Input.Scheme"] = "LMP", ["Input.Name"] = "Bea Bezwaar", ["Input.Email"] = email,
            ["Input.Address"] = "Dorpsstraat 1, 1234 AB Ergens", ["Input.Phone"] = "0612345678", ["Input.ReferenceDate"] = Iso(Today.AddDays(-5)),
            ["Input.ExamReference"] = exam, ["Input.CandidateNumber"] = candidate, ["Input.Component"] = component, ["Input.Result"] = "O",
            ["Input.Description"] = "Bezwaarschrift: het onderdeel is te streng beoordeeld.",
        }, ("Letter", "bezwaarschrift.pdf", CasesWebTests.TinyPdf));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return await InDbAsync(db => db.Set<CaseDossier>().AsNoTracking().Include(d => d.Case).SingleAsync(d => d.SubmitterEmail == email, Ct));
    }

    private async Task<CaseDossier> RegisterByPostAsync(HttpClient office, string email, SeededExam exam) =>
        await RegisterAsync(office, "Objection", email, Today.AddDays(-190), Today.AddDays(-2), exam.SessionCode, exam.CandidateNumber, "assignments");

    private async Task<CaseDossier> RegisterAsync(HttpClient office, string type, string email, DateOnly reference, DateOnly received, string? exam = null, string? candidate = null, string? component = null)
    {
        var response = await office.PostFormAsync("/Cases/New", new Dictionary<string, string>
        {
            ["Input.Type"] = type, ["Input.Scheme"] = "LMP", ["Input.Channel"] = "RegisteredLetter", ["Input.Name"] = "Per Post", ["Input.Email"] = email,
            ["Input.ReferenceDate"] = Iso(reference), ["Input.ReceivedOn"] = Iso(received), ["Input.PostmarkDate"] = Iso(received.AddDays(-1)),
            ["Input.ExamReference"] = exam ?? string.Empty, ["Input.CandidateNumber"] = candidate ?? string.Empty, ["Input.Component"] = component ?? string.Empty,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return await InDbAsync(db => db.Set<CaseDossier>().AsNoTracking().Include(d => d.Case).SingleAsync(d => d.SubmitterEmail == email, Ct));
    }

    /// <summary>Back office completes the objection checklist with every requirement met: the objection is in handling.</summary>
    private async Task AdmitAsync(HttpClient office, Guid caseId)
    {
        var checklist = $"/Cases/Checklist/{caseId}";
        (await office.PostFormAsync(checklist, AllMet(Today.AddDays(-1)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StateAsync(caseId)).ShouldBe(CaseState.InHandling);
    }

    private async Task DeclareInadmissibleAsync(HttpClient office, HttpClient committee, Guid caseId)
    {
        var checklist = $"/Cases/Checklist/{caseId}";
        (await office.PostFormAsync(checklist, AllMet(Today.AddDays(-3)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await committee.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static IEnumerable<KeyValuePair<string, string>> AllMet(DateOnly postmark) =>
        AdmissibilityChecklist.Items(CaseType.Objection)
            .Select(i => new KeyValuePair<string, string>($"Items[{i}]", i is "SubmittedByRepresentative" ? "no" : i.StartsWith("Representative", StringComparison.Ordinal) || i.StartsWith("Signed", StringComparison.Ordinal) ? string.Empty : "yes"))
            .Append(new("PostmarkDate", Iso(postmark)));

    private Task<Touchstone.Domain.Common.Result<Diploma>> IssueDiplomaAsync(Guid registrationId) =>
        app.Factory.InScopeAsync(sp => sp.GetRequiredService<IssueDiplomaHandler>().HandleAsync(new IssueDiploma(registrationId), Ct));

    private Task<PurgeOutcome> PurgeAsync() =>
        app.Factory.InScopeAsync(sp => sp.GetRequiredService<PurgeExpiredWorkHandler>().HandleAsync(Ct));

    private Task<Touchstone.App.Files.StoredFile> WorkAsync(SeededExam exam) =>
        InDbAsync(db => db.Files.AsNoTracking().SingleAsync(f => f.Id == exam.WorkFileId, Ct));

    private Task<ExamComponentResult> ComponentAsync(Guid id) =>
        InDbAsync(db => db.Set<ExamComponentResult>().AsNoTracking().SingleAsync(c => c.Id == id, Ct));

    private Task<CaseDossier> DossierAsync(Guid id) =>
        InDbAsync(db => db.Set<CaseDossier>().AsNoTracking().Include(d => d.Case).SingleAsync(d => d.Id == id, Ct));

    private Task<CaseState> StateAsync(Guid id) =>
        InDbAsync(db => db.Set<Case>().Where(c => c.Id == id).Select(c => c.State).SingleAsync(Ct));

    private Task<T> InDbAsync<T>(Func<TouchstoneDbContext, Task<T>> query) =>
        app.Factory.InScopeAsync(sp => query(sp.GetRequiredService<TouchstoneDbContext>()));

    private static string Unique(string what) => $"{what}.{Guid.NewGuid():N}@example.org";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

[Collection(CaseTestCollections.Sqlite)]
public sealed class CaseExamLinkTestsOnSqlite(SqliteApp app) : CaseExamLinkTests(app);

[Collection(CaseTestCollections.Postgres)]
public sealed class CaseExamLinkTestsOnPostgres(PostgresApp app) : CaseExamLinkTests(app);
