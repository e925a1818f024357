using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Cases;
using Touchstone.App.Demo;
using Touchstone.App.Exams;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.App.Tests.PersonCertification;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Cases;

namespace Touchstone.App.Tests.Localization;

/// <summary>
/// A rule breach reads in the user's language: Dutch (the default, dates d-M-yyyy) from DomainErrors.resx, English
/// (after /culture/en) as the domain words it; the cited rule follows in both. Three forms in three capabilities, plus
/// the API, which follows Accept-Language, and the inadmissibility letter, which lists the reasons in both languages.
/// </summary>
public abstract class LocalisedRuleMessagesTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => DateOnly.FromDateTime(app.Factory.Time.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task AnExamRegistrationAfterTheDeadlineIsRefusedInDutchOrEnglish_3_1g()
    {
        var (sessionId, code, deadline) = await ClosedSessionAsync();
        var email = DemoSeeder.Accounts.First(a => a.PrimaryRole == Role.TrainingProvider).Email;

        async Task<string> RefusalAsync(string culture)
        {
            var client = await LoginAsync(email, culture);
            var response = await client.PostFormAsync("/Exams/Registrations", new Dictionary<string, string>
            {
                ["One.SessionId"] = sessionId.ToString(),
                ["One.Name"] = "Late Kandidaat",
                ["One.DateOfBirth"] = "1990-02-03",
                ["One.Email"] = $"laat.{code}.{culture}@example.nl",
            }, "/Exams/Registrations?handler=Single");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return (await response.ParseAsync()).Text("div.errors");
        }

        (await RefusalAsync("nl")).ShouldContain($"De inschrijving voor {code} is gesloten op {Dutch(deadline)}. (Examenreglement 3.1 g)");
        (await RefusalAsync("en")).ShouldContain($"Registration for {code} closed on {Iso(deadline)}. (Examenreglement 3.1 g)");
    }

    [Fact]
    public async Task TheApiGivesTheRowMessagesInTheLanguageOfAcceptLanguage()
    {
        var (sessionId, code, deadline) = await ClosedSessionAsync();
        // A client that chose Dutch on the pages: the API's Accept-Language still decides for API calls.
        var client = await LoginAsync(DemoSeeder.Accounts.First(a => a.PrimaryRole == Role.TrainingProvider).Email, "nl");

        async Task<string> MessageAsync(string? language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/exams/sessions/{sessionId}/registrations")
            {
                Content = JsonContent.Create(new[] { new { name = "Late Kandidaat", dateOfBirth = "1990-02-03", email = $"api.{code}@example.nl", resit = false } }),
            };
            if (language is not null)
            {
                request.Headers.AcceptLanguage.ParseAdd(language);
            }

            var response = await client.SendAsync(request, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            var error = (await response.Content.ReadFromJsonAsync<Touchstone.App.Tests.Exams.ExamsWebTests.RegistrationReport>(Ct))!.Rows.Single().Errors.Single();
            error.Code.ShouldBe("exams.registration.deadline"); // the code and the rule stay the same in every language
            error.Rule.ShouldBe("Examenreglement 3.1 g");
            return error.Message;
        }

        (await MessageAsync(null)).ShouldBe($"De inschrijving voor {code} is gesloten op {Dutch(deadline)}.");
        (await MessageAsync("en-GB,en;q=0.9")).ShouldBe($"Registration for {code} closed on {Iso(deadline)}.");
    }

    [Fact]
    public async Task ALateObjectionsChecklistAndStoredReasonsReadInDutchOrEnglish_16_3()
    {
        var backOffice = DemoSeeder.Accounts.First(a => a.PrimaryRole == Role.BackOffice).Email;
        var office = await LoginAsync(backOffice, "nl");
        var officeEn = await LoginAsync(backOffice, "en");
        var email = $"laat.{Guid.NewGuid():N}@example.org";
        var caseToday = CaseClock.Today(app.Factory.Time);
        var received = caseToday.AddDays(-28);
        (await office.PostFormAsync("/Cases/New", new Dictionary<string, string>
        {
            ["Input.Type"] = "Objection", ["Input.Scheme"] = "LMP", ["Input.Channel"] = "RegisteredLetter",
            ["Input.Name"] = "Laura Laat", ["Input.Email"] = email, ["Input.ReferenceDate"] = Iso(caseToday.AddDays(-60)),
            ["Input.PostmarkDate"] = Iso(caseToday.AddDays(-30)), ["Input.ReceivedOn"] = Iso(received),
            ["Input.Component"] = "Praktijk", ["Input.Result"] = "O",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dossierId = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<Touchstone.App.Data.TouchstoneDbContext>()
            .Set<CaseDossier>().Where(d => d.SubmitterEmail == email).Select(d => d.Id).SingleAsync(Ct));
        var checklist = $"/Cases/Checklist/{dossierId}";
        var answers = AdmissibilityChecklist.Items(CaseType.Objection)
            .Select(i => new KeyValuePair<string, string>($"Items[{i}]", i == "SubmittedByRepresentative" ? "no" : "yes"))
            .Append(new("PostmarkDate", Iso(caseToday.AddDays(-30))));
        (await office.PostFormAsync(checklist, answers)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        const string Late = "li[data-code='objection.received-late']";
        var dutch = $"Ontvangen op {Dutch(received)}, na de laatste dag van ontvangst ";
        var english = $"Received on {Iso(received)}, after the last day of receipt ";
        var nl = (await office.GetPageAsync(checklist)).Text(Late);
        nl.ShouldStartWith(dutch);
        nl.ShouldEndWith("(Examenreglement 16.3)");
        (await officeEn.GetPageAsync(checklist)).Text(Late).ShouldStartWith(english);

        // Declared inadmissible, the reasons are stored with their values and still read in both languages.
        var committee = await app.As(Role.ExamCommitteeMember);
        (await committee.PostFormAsync(checklist, [], checklist + "?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await office.GetPageAsync($"/Cases/Detail/{dossierId}")).Text(Late).ShouldBe(nl);
        (await officeEn.GetPageAsync($"/Cases/Detail/{dossierId}")).Text(Late).ShouldStartWith(english);

        // The letter goes out in Dutch and English, whoever completed the check: each part lists the reasons in its language.
        var mail = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<Touchstone.App.Data.TouchstoneDbContext>().Outbox
            .Where(m => m.To == email && m.Subject.Contains("niet-ontvankelijk")).Select(m => m.Body).SingleAsync(Ct));
        mail.ShouldContain("- " + dutch);
        mail.ShouldContain("- " + english);
    }

    [Fact]
    public async Task AContinuingEducationEntryEndingBeforeItStartsIsRefusedInDutchOrEnglish()
    {
        var kit = new CmcTestKit(app.Factory);
        var (_, email) = await kit.NewUserAsync("Kandidaat PE-taal", Role.Candidate);
        var start = kit.Today.AddMonths(-2);
        var end = start.AddDays(-1);

        async Task<string> RefusalAsync(string culture)
        {
            var client = await LoginAsync(email, culture, CmcTestKit.Password);
            var response = await client.PostFormAsync("/PersonCertification/Ce", new Dictionary<string, string>
            {
                ["Input.Title"] = "Leergang veranderkunde", ["Input.Start"] = Iso(start), ["Input.End"] = Iso(end), ["Input.Amount"] = "8",
                ["Input.Unit"] = "Hours", ["Input.EqfLevel"] = "6", ["Input.Category"] = "SubjectOrSector",
                ["Input.EvidenceKind"] = "OrganiserStatement", ["Input.EvidenceDate"] = Iso(start), ["Input.EvidenceHours"] = "8",
            });
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return (await response.ParseAsync()).Text("div.errors");
        }

        (await RefusalAsync("nl")).ShouldContain($"'Leergang veranderkunde': de einddatum {Dutch(end)} ligt vóór de begindatum {Dutch(start)}.");
        (await RefusalAsync("en")).ShouldContain($"'Leergang veranderkunde': the end date {Iso(end)} is before the start date {Iso(start)}.");
    }

    private async Task<(Guid Id, string Code, DateOnly Deadline)> ClosedSessionAsync()
    {
        var code = "L" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var deadline = Today.AddDays(-1);
        var session = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<CreateSessionHandler>().HandleAsync(
            new CreateSession(code, Today.AddDays(30), "Utrecht", null, 10, 60, 45, deadline, Today.AddDays(29), 395m, new TimeOnly(9, 30)), default));
        session.IsSuccess.ShouldBeTrue(string.Join("; ", session.Errors));
        return (session.Value.Id, code, deadline);
    }

    /// <summary>A fresh log-in (the shared clients keep Dutch) that has chosen <paramref name="culture"/> with /culture.</summary>
    private async Task<HttpClient> LoginAsync(string email, string culture, string password = DemoSeeder.Password)
    {
        var client = await WebTest.LoginAsync(app.Factory, email, password);
        (await client.GetAsync($"/culture/{culture}?returnUrl=%2F", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Dutch(DateOnly date) => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture);
}

public sealed class LocalisedRuleMessagesSqliteTests(SqliteApp app) : LocalisedRuleMessagesTests(app);

public sealed class LocalisedRuleMessagesPostgresTests(PostgresApp app) : LocalisedRuleMessagesTests(app);
