using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Foundation;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// After the assessment (CMC-reglement: "Na een assessment"): the report term with reminders to the assessors, the report
/// shared with the candidate and the decision-maker; and the end of validity (Bijlage Permanente Educatie: five years).
/// </summary>
public abstract class CmcFollowUpTests(ClockApp app)
{
    private CmcTestKit Kit => new(app.Factory);

    private async Task<(Guid Id, string CandidateId, string Name)> PlannedAsync(string label)
    {
        var name = label + " " + Guid.NewGuid().ToString("N")[..6];
        var (id, candidateId) = await Kit.ReadyForPlanningAsync(name);
        var planned = await Kit.PlanAsync(id, await Kit.UserIdAsync("assessor@touchstone.example"), await Kit.UserIdAsync("assessor2@touchstone.example"), Kit.Today.AddDays(14));
        planned.IsSuccess.ShouldBeTrue(string.Join("; ", planned.Errors));
        return (id, candidateId, name);
    }

    /// <summary>Moves the report due date, as if the assessment had been held earlier (the clock stays where it is).</summary>
    private Task<int> SetDueDateAsync(Guid id, DateOnly due) => Kit.RunAsync(async sp =>
    {
        var db = sp.GetRequiredService<TouchstoneDbContext>();
        var record = await db.Set<CmcApplicationRecord>().SingleAsync(a => a.Id == id);
        record.ReportDueDate = due;
        return await db.SaveChangesAsync();
    });

    private Task<List<(string To, string Subject)>> MailsAboutAsync(string name) => Kit.RunAsync(async sp =>
        (await sp.GetRequiredService<TouchstoneDbContext>().Outbox.AsNoTracking().Where(m => m.Body.Contains(name)).ToListAsync())
            .Select(m => (m.To, m.Subject)).ToList());

    private async Task RunDailyJobAsync()
    {
        var runner = app.Factory.Services.GetRequiredService<RecurringJobRunner>();
        var job = app.Factory.Services.GetServices<IRecurringJob>().OfType<RecertificationJob>().Single();
        (await runner.RunOnceAsync(job, TestContext.Current.CancellationToken)).ShouldNotBeNull();
    }

    [Fact]
    public async Task AssessorsAreRemindedOnceBeforeTheReportIsDueAndOnceTheDayAfterItIsOverdue()
    {
        // CMC-reglement "Na een assessment": the report "in principe binnen 2 weken"; the reminder 3 days before is scheme data.
        var (id, _, name) = await PlannedAsync("Kandidaat Termijn");
        await RunDailyJobAsync();
        (await MailsAboutAsync(name)).ShouldNotContain(m => m.Subject.Contains("assessmentverslag"), "due in 28 days: no reminder yet");

        // Two days before the due date: each assessor is reminded once, however often the job and the verb run.
        await SetDueDateAsync(id, Kit.Today.AddDays(2));
        await RunDailyJobAsync();
        var (exit, output) = await AuditTrailTests.RunCliAsync(app.Factory, "send-reminders");
        exit.ShouldBe(0, output);
        output.ShouldContain("assessment report reminder(s)");
        await RunDailyJobAsync();
        var soon = (await MailsAboutAsync(name)).Where(m => m.Subject.Contains("binnenkort verwacht")).Select(m => m.To).ToList();
        soon.ShouldBe(["assessor@touchstone.example", "assessor2@touchstone.example"], ignoreOrder: true);

        // Past the due date: one overdue notice to each assessor.
        await SetDueDateAsync(id, Kit.Today.AddDays(-2));
        (await AuditTrailTests.RunCliAsync(app.Factory, "send-reminders")).Exit.ShouldBe(0);
        await RunDailyJobAsync();
        var overdue = (await MailsAboutAsync(name)).Where(m => m.Subject.Contains("te laat")).Select(m => m.To).ToList();
        overdue.ShouldBe(["assessor@touchstone.example", "assessor2@touchstone.example"], ignoreOrder: true);
        (await MailsAboutAsync(name)).Count(m => m.Subject.Contains("binnenkort verwacht")).ShouldBe(2);
    }

    [Fact]
    public async Task TheReportIsSharedWithTheCandidateAndTheDecisionMakerButNotWithAnotherCandidate()
    {
        // CMC-reglement "Na een assessment": the report goes to the candidate and to the certificatiebeslisser.
        var (id, candidateId, name) = await PlannedAsync("Kandidaat Verslag");
        app.AdvanceTo((await Kit.ApplicationAsync(id)).AssessmentDate!.Value);
        var assessor = CmcTestKit.Actor(await Kit.UserIdAsync("assessor@touchstone.example"), CmcRole.Assessor);
        (await Kit.RunAsync(sp => sp.GetRequiredService<AdvanceCmcApplicationHandler>().HandleAsync(new AdvanceCmcApplication(id, CmcStep.RecordAssessmentHeld), assessor, default))).IsSuccess.ShouldBeTrue();
        var text = "Verslag " + Guid.NewGuid().ToString("N")[..8];
        Result submitted = await Kit.RunAsync(sp => sp.GetRequiredService<SubmitAssessmentReportHandler>().HandleAsync(
            new SubmitAssessmentReport(id, AdviceKind.Positive, "Reflecteert helder.", text), assessor, default));
        submitted.IsSuccess.ShouldBeTrue();

        var candidateEmail = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Users.Where(u => u.Id == candidateId).Select(u => u.Email!).SingleAsync());
        var mails = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.AsNoTracking().Where(m => m.Subject.Contains("assessmentverslag")).ToListAsync());
        mails.ShouldContain(m => m.To == candidateEmail);
        mails.ShouldContain(m => m.To == "beslisser@touchstone.example" && m.Body.Contains(name));
        mails.ShouldNotContain(m => m.To == "assessor@touchstone.example" && m.Subject.Contains("voor besluit"));

        var url = "/PersonCertification/Application/" + id;
        var candidate = await WebTest.LoginAsync(app.Factory, candidateEmail, CmcTestKit.Password);
        (await candidate.GetPageAsync(url)).Text("main").ShouldContain(text);
        (await (await app.As(Role.DecisionMaker)).GetPageAsync(url)).Text("main").ShouldContain(text);
        var (_, otherEmail) = await Kit.NewUserAsync("Andere Kandidaat", Role.Candidate);
        var other = await WebTest.LoginAsync(app.Factory, otherEmail, CmcTestKit.Password);
        var refused = await other.GetAsync(url);
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await refused.Content.ReadAsStringAsync()).ShouldNotContain(text);
    }

    [Fact]
    public async Task ANegativeAdviceNeedsItsRationaleAndTheDecisionMakerRefusesWithAMotivationThroughThePages()
    {
        // CMC-reglement "Na een assessment": a positive advice gives its grounds, a negative one "een heldere onderbouwing";
        // the certificatiebeslisser decides, and explains a decision against the advice.
        var (id, candidateId, _) = await PlannedAsync("Kandidaat Negatief");
        app.AdvanceTo((await Kit.ApplicationAsync(id)).AssessmentDate!.Value);
        var url = "/PersonCertification/Application/" + id;
        var assessor = await app.As(Role.Assessor);
        await CmcTestKit.StepAsync(assessor, url, "RecordAssessmentHeld");

        const string ReportText = "Gesprek van een uur; de kandidaat beschreef vooral opdrachten, weinig eigen ontwikkeling.";
        foreach (var (advice, message) in new[]
        {
            ("Negative", "Een negatief advies geeft een duidelijke onderbouwing. (CMC-reglement: na een assessment)"),
            ("Positive", "Een positief advies noemt de gronden om de kandidaat voor te dragen. (CMC-reglement: na een assessment)"),
        })
        {
            var refused = await assessor.PostFormAsync(url, new Dictionary<string, string> { ["Advice"] = advice, ["AdviceMotivation"] = " ", ["ReportText"] = ReportText }, url + "?handler=Report");
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = await refused.ParseAsync();
            page.Text(".errors").ShouldContain(message);
            page.QuerySelector("select[name=Advice] option[selected]")!.GetAttribute("value").ShouldBe(advice);
            page.QuerySelector("textarea[name=ReportText]")!.TextContent.Trim().ShouldBe(ReportText);
            (await Kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.Assessed);
        }

        const string Rationale = "De reflectie op de eigen ontwikkeling is onvoldoende onderbouwd.";
        CmcTestKit.ShouldRedirectTo(await assessor.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Advice"] = "Negative", ["AdviceMotivation"] = Rationale, ["ReportText"] = ReportText,
        }, url + "?handler=Report"), url);
        var reported = await Kit.ApplicationAsync(id);
        reported.State.ShouldBe(CmcApplicationState.ReportSubmitted);
        reported.Advice.ShouldBe(AdviceKind.Negative);
        reported.AdviceMotivation.ShouldBe(Rationale);

        // No decision is preselected: a post without a choice is refused, the motivation kept.
        var decider = await app.As(Role.DecisionMaker);
        (await decider.GetPageAsync(url)).QuerySelector("select[name=Outcome] option[selected]")?.GetAttribute("value").ShouldBeNullOrEmpty();
        var unchosen = await (await decider.PostFormAsync(url, new Dictionary<string, string> { ["DecisionMotivation"] = "Nog te kiezen." }, url + "?handler=Decide")).ParseAsync();
        unchosen.Text(".errors").ShouldContain("Kies een besluit.");
        unchosen.QuerySelector("textarea[name=DecisionMotivation]")!.TextContent.Trim().ShouldBe("Nog te kiezen.");
        (await Kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.ReportSubmitted);

        // Granting against the negative advice needs a motivation: refused, the choice kept.
        var unexplained = await decider.PostFormAsync(url, new Dictionary<string, string> { ["Outcome"] = "Granted" }, url + "?handler=Decide");
        unexplained.StatusCode.ShouldBe(HttpStatusCode.OK);
        var unexplainedPage = await unexplained.ParseAsync();
        unexplainedPage.Text(".errors").ShouldContain("Een beslissing die afwijkt van het advies van de assessoren moet worden gemotiveerd. (CMC-reglement: certificatiebeslisser)");
        unexplainedPage.QuerySelector("select[name=Outcome] option[selected]")!.GetAttribute("value").ShouldBe("Granted");
        (await Kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.ReportSubmitted);

        // The refusal, with its motivation: no certificate, and the candidate is told why.
        const string Motivation = "Afgewezen conform het advies: de ontwikkeling in de afgelopen vijf jaar is onvoldoende aangetoond.";
        CmcTestKit.ShouldRedirectTo(await decider.PostFormAsync(url, new Dictionary<string, string> { ["Outcome"] = "Refused", ["DecisionMotivation"] = Motivation }, url + "?handler=Decide"), url);
        var refusedApplication = await Kit.ApplicationAsync(id);
        refusedApplication.State.ShouldBe(CmcApplicationState.Refused);
        refusedApplication.Decision.ShouldBe(DecisionOutcome.Refused);
        refusedApplication.DecisionMotivation.ShouldBe(Motivation);
        refusedApplication.DecidedOn.ShouldBe(Kit.Today);
        refusedApplication.CertificateNumber.ShouldBeNull();
        (await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcCertificateRecord>().AnyAsync(c => c.ApplicationId == id || c.HolderUserId == candidateId))).ShouldBeFalse();
        var candidateEmail = refusedApplication.CandidateEmail;
        var letter = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.AsNoTracking().SingleAsync(m => m.To == candidateEmail && m.Subject == "CMC: besluit / decision"));
        letter.Body.ShouldBe("Uw aanvraag is afgewezen / your application was refused: " + Motivation);
        var candidatePage = await (await WebTest.LoginAsync(app.Factory, candidateEmail, CmcTestKit.Password)).GetPageAsync(url);
        candidatePage.Text("#state").ShouldBe("Afgewezen");
        candidatePage.Text("dl").ShouldContain(Motivation);
    }

    [Fact]
    public async Task TheExpiryOverviewLooksBackAsFarAsTheSchemeSaysAndTheExpiryVerbUpdatesStatusAndRegister()
    {
        var back = CmcSchemeFile.Current.ExpiryOverviewMonthsBack;
        var surname = "Eindig" + Guid.NewGuid().ToString("N")[..6];
        // ValidUntil = start + 5 years - 1 day.
        var recent = await Kit.CertificateAsync("Recent " + surname, "Gouda", Kit.Today.AddDays(-10).AddDays(1).AddYears(-5));
        var old = await Kit.CertificateAsync("Oud " + surname, "Gouda", Kit.Today.AddMonths(-back - 1).AddDays(1).AddYears(-5));
        var coming = await Kit.CertificateAsync("Komend " + surname, "Gouda", Kit.Today.AddMonths(2).AddDays(1).AddYears(-5));

        var staff = await app.As(Role.BackOffice);
        var overview = (await staff.GetPageAsync("/PersonCertification/Certificates?Months=3")).Text("table");
        overview.ShouldContain(recent);
        overview.ShouldContain(coming);
        overview.ShouldNotContain(old);

        // Before the verb the page computes the expiry from the end date; the verb records the change with its own date.
        var endDate = Kit.Today.AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await app.Anonymous().GetPageAsync("/Public/Certificate/" + recent)).Text("#status").ShouldBe($"Verlopen ({endDate})");
        var (exit, output) = await AuditTrailTests.RunCliAsync(app.Factory, "expire-certificates");
        exit.ShouldBe(0, output);
        var stored = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcCertificateRecord>().AsNoTracking()
            .Where(c => c.Number == recent || c.Number == old || c.Number == coming).ToDictionaryAsync(c => c.Number, c => c.Status));
        stored[recent].ShouldBe(CertificateStatus.Expired);
        stored[old].ShouldBe(CertificateStatus.Expired);
        stored[coming].ShouldBe(CertificateStatus.Active);

        var register = (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname)).Text("#register tbody");
        register.ShouldContain(recent);
        (await app.Anonymous().GetPageAsync("/Public/Certificate/" + recent)).Text("#status").ShouldSatisfyAllConditions(
            s => s.ShouldStartWith("Verlopen ("), s => s.ShouldNotContain(endDate));
        (await app.Anonymous().GetPageAsync("/Public/Certificate/" + coming)).Text("#status").ShouldBe("Actief");
        (await staff.GetPageAsync("/PersonCertification/Certificates?Months=3")).Text("table").ShouldContain("Verlopen");
    }
}

[Collection(ClockCollection.Sqlite)]
public sealed class CmcFollowUpSqliteTests(SqliteClockApp app) : CmcFollowUpTests(app);

[Collection(ClockCollection.Postgres)]
public sealed class CmcFollowUpPostgresTests(PostgresClockApp app) : CmcFollowUpTests(app);
