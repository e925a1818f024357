using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Cases;
using Touchstone.App.Data;
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
    }

    private static IEnumerable<KeyValuePair<string, string>> AllYes(DateOnly postmark) =>
        AdmissibilityChecklist.Items(CaseType.Objection)
            .Select(i => new KeyValuePair<string, string>($"Items[{i}]", i == "SubmittedByRepresentative" ? "no" : "yes"))
            .Append(new("PostmarkDate", Iso(postmark)));

    private Task<Guid> RefusedApplicationAsync(string name, DateOnly decidedOn) => SeedAsync(name, decidedOn);

    /// <summary>
    /// A CMC application as the procedure leaves it after the assessment: refused on <paramref name="decidedOn"/> against
    /// a negative advice, or (null) still waiting for the decision. Written directly: the procedure has its own tests.
    /// </summary>
    private async Task<Guid> SeedAsync(string name, DateOnly? decidedOn)
    {
        var (candidateId, email) = await new CmcTestKit(app.Factory).NewUserAsync(name, Role.Candidate);
        return await app.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var record = new CmcApplicationRecord
            {
                Route = CmcRoute.Individual, CandidateUserId = candidateId, CandidateName = name, CandidateEmail = email, CandidateTown = "Gouda",
                State = decidedOn is null ? CmcApplicationState.ReportSubmitted : CmcApplicationState.Refused,
                AppliedAt = app.Factory.Time.GetUtcNow().AddDays(-90),
                Advice = AdviceKind.Negative, AdviceMotivation = "Onvoldoende aangetoond.", ReportText = "Verslag.", ReportSubmittedOn = Today.AddDays(-20),
            };
            if (decidedOn is { } on)
            {
                record.Decision = DecisionOutcome.Refused;
                record.DecisionMotivation = "Onvoldoende aangetoond.";
                record.DecidedOn = on;
                record.Steps.Add(new CmcStepEntry
                {
                    ApplicationId = record.Id, Step = CmcStep.Refuse, From = CmcApplicationState.ReportSubmitted, To = CmcApplicationState.Refused,
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
