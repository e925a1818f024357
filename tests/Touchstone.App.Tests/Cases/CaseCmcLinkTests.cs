using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Mail;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.App.Tests.PersonCertification;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Cases;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.Cases;

/// <summary>
/// Objections against a CMC certification decision (issue 6 point 6; frameworks/case-types.yaml CMC, Examenreglement 14
/// and 16.3 by analogy): linked to the application decided, terms counted from the decision's date, premature before a
/// decision, and an upheld objection carried out by the decision-maker's new decision on the application.
/// </summary>
public abstract class CaseCmcLinkTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => CaseClock.Today(app.Factory.Time);

    [Fact]
    public async Task StaffChooseTheCmcDecisionAtIntakeAndTheTermsAndAdmissibilityCountFromTheDecisionDate()
    {
        // Decided on Friday 24 April 2026: the 15th day, Saturday 9 May, runs to Monday 11 May (Algemene termijnenwet).
        var decidedOn = new DateOnly(2026, 4, 24);
        var application = await RefusedApplicationAsync("Bert Besluit", decidedOn);
        var office = await app.As(Role.BackOffice);
        var form = await office.GetPageAsync("/Cases/New");
        form.QuerySelectorAll("#Input_CmcApplicationId option").Select(o => o.GetAttribute("value")).ShouldContain(application.ToString());

        // The posted letter is entered with its scan; it says nothing useful about the date: the decision chosen sets it.
        var email = Unique("cmc-intake");
        var registered = await CasesWebTests.PostMultipartAsync(office, "/Cases/New", new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection", ["Input.Scheme"] = "CMC", ["Input.Channel"] = "RegisteredLetter", ["Input.Name"] = "Bert Besluit",
            ["Input.Email"] = email, ["Input.ReferenceDate"] = string.Empty, ["Input.CmcApplicationId"] = application.ToString(),
            ["Input.PostmarkDate"] = Iso(decidedOn.AddDays(-2)), ["Input.ReceivedOn"] = Iso(decidedOn.AddDays(1)),
        }, ("Scan", "bezwaarschrift-scan.pdf", CasesWebTests.TinyPdf));
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect, await registered.Content.ReadAsStringAsync(Ct));
        var dossier = await DossierOfAsync(email);
        dossier.CmcApplicationId.ShouldBe(application);
        dossier.Case.ReferenceDate.ShouldBe(decidedOn);
        dossier.LetterFileId.ShouldNotBeNull();

        var detail = await office.GetPageAsync($"/Cases/Detail/{dossier.Id}");
        detail.Text("#cmc-decision").ShouldContain("Bert Besluit");
        detail.Text("#cmc-decision").ShouldContain(Iso(decidedOn));
        detail.QuerySelector("dl")!.TextContent.ShouldContain("2026-05-11");
        detail.QuerySelector("#cmc-link").ShouldBeNull();
        var scan = await office.GetAsync($"/Cases/Detail/{dossier.Id}?handler=File&fileId={dossier.LetterFileId}", Ct);
        scan.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");

        // Sent two days before the decision: against a decision not yet known (14), judged by the decision's date.
        var checklist = $"/Cases/Checklist/{dossier.Id}";
        (await office.PostFormAsync(checklist, AllYes(decidedOn.AddDays(-2)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var verdict = await office.GetPageAsync(checklist);
        verdict.QuerySelectorAll("#failures li").Select(li => li.GetAttribute("data-code")).ShouldBe(["objection.premature"]);
        verdict.Text("#failures").ShouldContain("24-4-2026");
    }

    [Fact]
    public async Task AnObjectionLinkedOnTheCaseToAnApplicationWithoutADecisionIsPremature()
    {
        var undecided = await SeedAsync("Vera Vooraf", decidedOn: null);
        var email = Unique("cmc-vooraf");
        var office = await app.As(Role.BackOffice);
        (await office.PostFormAsync("/Cases/New", new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection", ["Input.Scheme"] = "CMC", ["Input.Channel"] = "RegisteredLetter", ["Input.Name"] = "Vera Vooraf",
            ["Input.Email"] = email, ["Input.ReferenceDate"] = Iso(Today.AddDays(-3)), ["Input.ReceivedOn"] = Iso(Today),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dossier = await DossierOfAsync(email);
        var detailUrl = $"/Cases/Detail/{dossier.Id}";
        (await office.GetPageAsync(detailUrl)).QuerySelector("#cmc-link").ShouldNotBeNull();

        // Staff link the letter to the application it names; it has no decision yet.
        (await office.PostFormAsync(detailUrl, new Dictionary<string, string> { ["applicationId"] = undecided.ToString() }, detailUrl + "?handler=LinkCmc"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.GetPageAsync(detailUrl)).Text("#cmc-decision").ShouldContain("nog geen besluit");

        var checklist = $"/Cases/Checklist/{dossier.Id}";
        (await office.PostFormAsync(checklist, AllYes(Today.AddDays(-1)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var failures = (await office.GetPageAsync(checklist)).QuerySelectorAll("#failures li").ToList();
        failures.Select(li => li.GetAttribute("data-code")).ShouldBe(["objection.before-decision"]);
        failures[0].TextContent.ShouldContain("voordat er op de aanvraag een besluit was genomen");

        // The director rules it inadmissible; the terms that judged it can no longer move.
        var director = await app.As(Role.Director);
        (await director.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DossierOfAsync(email)).Case.State.ShouldBe(CaseState.Inadmissible);
        var decided = await RefusedApplicationAsync("Vera Vooraf", Today.AddDays(-1));
        var late = await office.PostFormAsync(detailUrl, new Dictionary<string, string> { ["applicationId"] = decided.ToString() }, detailUrl + "?handler=LinkCmc");
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await late.ParseAsync()).Text(".errors").ShouldContain("voordat over de ontvankelijkheid is beslist");
    }

    [Fact]
    public async Task AnUpheldObjectionShowsOnTheApplicationAndLetsTheDecisionMakerGrantKeepingTheRefusal()
    {
        var decidedOn = Today.AddDays(-10);
        var application = await RefusedApplicationAsync("Gijs Gegrond", decidedOn);
        var email = Unique("cmc-gegrond");
        var office = await app.As(Role.BackOffice);
        (await office.PostFormAsync("/Cases/New", new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection", ["Input.Scheme"] = "CMC", ["Input.Channel"] = "RegisteredLetter", ["Input.Name"] = "Gijs Gegrond",
            ["Input.Email"] = email, ["Input.CmcApplicationId"] = application.ToString(),
            ["Input.PostmarkDate"] = Iso(decidedOn.AddDays(3)), ["Input.ReceivedOn"] = Iso(decidedOn.AddDays(5)),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dossier = await DossierOfAsync(email);
        var checklist = $"/Cases/Checklist/{dossier.Id}";
        (await office.PostFormAsync(checklist, AllYes(decidedOn.AddDays(3)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var director = await app.As(Role.Director);
        (await director.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // While the objection is being handled the application shows it, and a refusal cannot simply be reversed.
        var decisionMaker = await app.As(Role.DecisionMaker);
        var applicationUrl = $"/PersonCertification/Application/{application}";
        var before = await decisionMaker.GetPageAsync(applicationUrl);
        before.Text($"#objections li[data-reference='{dossier.Reference}']").ShouldContain("In behandeling");
        before.QuerySelector("#grant-after-objection").ShouldBeNull();
        // The page offers no form for it; a crafted post (token from another page) is refused by the rule.
        var tooEarly = await decisionMaker.PostFormAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Outcome"] = "Granted", ["DecisionMotivation"] = "Toch certificeren." }, applicationUrl + "?handler=Decide");
        tooEarly.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tooEarly.ParseAsync()).Text(".errors").ShouldContain("nadat een bezwaar ertegen gegrond is verklaard");
        (await ApplicationAsync(application)).State.ShouldBe(CmcApplicationState.Refused);

        // The director upholds the objection: no re-marking is asked for a certification decision.
        var detailUrl = $"/Cases/Detail/{dossier.Id}";
        (await director.PostFormAsync(detailUrl, new Dictionary<string, string>
        {
            ["outcome"] = "Upheld", ["Motivation"] = "De beoordeling woog de praktijkervaring niet mee.",
        }, detailUrl + "?handler=Decide")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The decision-maker is told by e-mail to take the new decision; until then the case shows the follow-up open.
        var told = await MailsToAsync(DemoSeeder.Accounts.First(a => a.PrimaryRole == Role.DecisionMaker).Email);
        var notice = told.Where(m => m.Subject.Contains(dossier.Reference, StringComparison.Ordinal)).ShouldHaveSingleItem();
        notice.Subject.ShouldBe($"Bezwaar {dossier.Reference} gegrond: nieuw CMC-besluit nodig / New decision needed on the CMC application");
        notice.Body.ShouldContain("Gijs Gegrond");
        notice.Body.ShouldContain(applicationUrl);
        notice.Body.ShouldContain("De beoordeling woog de praktijkervaring niet mee.");
        var pending = (await director.GetPageAsync(detailUrl)).QuerySelector("#cmc-follow-up");
        pending.ShouldNotBeNull();
        pending.GetAttribute("data-pending").ShouldBe("true");
        pending.TextContent.ShouldContain("nog geen nieuw besluit");

        var after = await decisionMaker.GetPageAsync(applicationUrl);
        var line = after.Text($"#objections li[data-reference='{dossier.Reference}']");
        line.ShouldContain("Besloten");
        line.ShouldContain("Gegrond");
        after.QuerySelector("#grant-after-objection").ShouldNotBeNull();
        (await decisionMaker.PostFormAsync(applicationUrl, new Dictionary<string, string>
        {
            ["Outcome"] = "Granted", ["DecisionMotivation"] = "Bezwaar gegrond: alsnog gecertificeerd.",
        }, applicationUrl + "?handler=Decide")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var granted = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcApplicationRecord>().AsNoTracking()
            .Include(a => a.Steps).SingleAsync(a => a.Id == application, Ct));
        granted.State.ShouldBe(CmcApplicationState.Granted);
        granted.CertificateNumber.ShouldNotBeNull();
        granted.DecidedOn.ShouldBe(Today);
        var refusal = granted.Steps.Single(s => s.Step == CmcStep.Refuse);
        refusal.Note.ShouldBe("Onvoldoende aangetoond.");
        refusal.At.ShouldBeLessThan(granted.Steps.Single(s => s.Step == CmcStep.GrantAfterObjection).At);
        var audit = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords.AsNoTracking()
            .Where(r => r.EntityType == nameof(CmcApplicationRecord) && r.EntityId == application.ToString()).ToListAsync(Ct));
        audit.ShouldContain(r => r.Action == "DecisionRefused");
        audit.ShouldContain(r => r.Reason == "CMC decision: Granted");
        (await decisionMaker.GetPageAsync(applicationUrl)).QuerySelector("#grant-after-objection").ShouldBeNull();
        var done = (await director.GetPageAsync(detailUrl)).QuerySelector("#cmc-follow-up")!;
        done.GetAttribute("data-pending").ShouldBe("false");
        done.TextContent.ShouldContain("Nieuw besluit genomen");
        done.TextContent.ShouldContain(Iso(Today));
    }

    // Examenreglement 11.1, 14 (by analogy): only the candidate harmed objects, and a grant (the CMC sources know grant or
    // refuse, without conditions) harms no candidate. Staff cannot link an objection to a grant, at intake or on the case;
    // the letter itself is still registered (unlinked) and judged at admissibility.
    [Fact]
    public async Task AnObjectionIsNotLinkedToAGrantedDecision()
    {
        var granted = await SeedAsync("Greet Gegund", Today.AddDays(-4), DecisionOutcome.Granted);
        var refused = await RefusedApplicationAsync("Roos Refus", Today.AddDays(-4));
        var office = await app.As(Role.BackOffice);
        var options = (await office.GetPageAsync("/Cases/New")).QuerySelectorAll("#Input_CmcApplicationId option").Select(o => o.GetAttribute("value")).ToList();
        options.ShouldContain(refused.ToString());
        options.ShouldNotContain(granted.ToString());

        // A crafted intake naming the grant: refused with the rule, the form kept, nothing registered.
        var email = Unique("cmc-gegund");
        var fields = new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection", ["Input.Scheme"] = "CMC", ["Input.Channel"] = "RegisteredLetter", ["Input.Name"] = "Derk Derde",
            ["Input.Email"] = email, ["Input.ReferenceDate"] = Iso(Today.AddDays(-4)), ["Input.CmcApplicationId"] = granted.ToString(),
            ["Input.ReceivedOn"] = Iso(Today),
        };
        var intake = await office.PostFormAsync("/Cases/New", fields);
        intake.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await intake.ParseAsync();
        page.Text(".errors").ShouldContain("Tegen een verleende certificering staat geen bezwaar open");
        page.Text(".errors").ShouldContain("11.1");
        page.QuerySelector("#Input_Name")!.GetAttribute("value").ShouldBe("Derk Derde");
        (await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CaseDossier>().AnyAsync(d => d.SubmitterEmail == email, Ct))).ShouldBeFalse();

        // Registered without the link, it cannot be linked to the grant on the case either.
        fields.Remove("Input.CmcApplicationId");
        (await office.PostFormAsync("/Cases/New", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dossier = await DossierOfAsync(email);
        var detailUrl = $"/Cases/Detail/{dossier.Id}";
        var link = await office.PostFormAsync(detailUrl, new Dictionary<string, string> { ["applicationId"] = granted.ToString() }, detailUrl + "?handler=LinkCmc");
        link.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await link.ParseAsync()).Text(".errors").ShouldContain("een verlening schaadt geen kandidaat");
        var unlinked = await DossierOfAsync(email);
        unlinked.CmcApplicationId.ShouldBeNull();
        unlinked.Case.ReferenceDate.ShouldBe(Today.AddDays(-4));
    }

    private static IEnumerable<KeyValuePair<string, string>> AllYes(DateOnly postmark) =>
        AdmissibilityChecklist.Items(CaseType.Objection)
            .Select(i => new KeyValuePair<string, string>($"Items[{i}]", i == "SubmittedByRepresentative" ? "no" : "yes"))
            .Append(new("PostmarkDate", Iso(postmark)));

    private Task<Guid> RefusedApplicationAsync(string name, DateOnly decidedOn) => SeedAsync(name, decidedOn);

    private Task<List<OutboxMessage>> MailsToAsync(string email) =>
        app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.AsNoTracking().Where(m => m.To == email && m.Subject.StartsWith("Bezwaar ")).ToListAsync(Ct));

    /// <summary>
    /// A CMC application as the procedure leaves it after the assessment: refused on <paramref name="decidedOn"/> against
    /// a negative advice (or granted, with <paramref name="outcome"/>), or (null) still waiting for the decision. Written
    /// directly: the procedure has its own tests.
    /// </summary>
    private async Task<Guid> SeedAsync(string name, DateOnly? decidedOn, DecisionOutcome outcome = DecisionOutcome.Refused)
    {
        var (candidateId, email) = await new CmcTestKit(app.Factory).NewUserAsync(name, Role.Candidate);
        return await app.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var record = new CmcApplicationRecord
            {
                Route = CmcRoute.Individual, CandidateUserId = candidateId, CandidateName = name, CandidateEmail = email, CandidateTown = "Gouda",
                State = decidedOn is null ? CmcApplicationState.ReportSubmitted : outcome == DecisionOutcome.Granted ? CmcApplicationState.Granted : CmcApplicationState.Refused,
                AppliedAt = app.Factory.Time.GetUtcNow().AddDays(-90),
                Advice = AdviceKind.Negative, AdviceMotivation = "Onvoldoende aangetoond.", ReportText = "Verslag.", ReportSubmittedOn = Today.AddDays(-20),
            };
            if (decidedOn is { } on)
            {
                record.Decision = outcome;
                record.DecisionMotivation = "Onvoldoende aangetoond.";
                record.DecidedOn = on;
                record.Steps.Add(new CmcStepEntry
                {
                    ApplicationId = record.Id, Step = outcome == DecisionOutcome.Granted ? CmcStep.Grant : CmcStep.Refuse, From = CmcApplicationState.ReportSubmitted, To = record.State,
                    ActorUserId = candidateId, Role = CmcRole.DecisionMaker, At = new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
                    Note = "Onvoldoende aangetoond.",
                });
            }

            db.Add(record);
            await db.Because("test: CMC application after the assessment").SaveChangesAsync(Ct);
            return record.Id;
        });
    }

    private Task<CmcApplicationRecord> ApplicationAsync(Guid id) =>
        app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcApplicationRecord>().AsNoTracking().SingleAsync(a => a.Id == id, Ct));

    private Task<CaseDossier> DossierOfAsync(string email) =>
        app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CaseDossier>().AsNoTracking()
            .Include(d => d.Case).AsSplitQuery().SingleAsync(d => d.SubmitterEmail == email, Ct));

    private static string Unique(string what) => $"{what}.{Guid.NewGuid():N}@example.org";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

[Collection(CaseTestCollections.Sqlite)]
public sealed class CaseCmcLinkTestsOnSqlite(SqliteApp app) : CaseCmcLinkTests(app);

[Collection(CaseTestCollections.Postgres)]
public sealed class CaseCmcLinkTestsOnPostgres(PostgresApp app) : CaseCmcLinkTests(app);
