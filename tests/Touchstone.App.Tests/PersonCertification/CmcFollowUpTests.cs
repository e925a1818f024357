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
public abstract class CmcFollowUpTests(AppFixture app)
{
    private CmcTestKit Kit => new(app.Factory);

    private async Task<(Guid Id, string CandidateId, string Name)> PlannedAsync(string label)
    {
        var name = label + " " + Guid.NewGuid().ToString("N")[..6];
        var (id, candidateId) = await Kit.ReadyForPlanningAsync(name);
        var planned = await Kit.RunAsync(async sp =>
        {
            var bo = CmcTestKit.Actor(await Kit.UserIdAsync("backoffice@touchstone.example"), CmcRole.BackOffice);
            return await sp.GetRequiredService<PlanAssessmentHandler>().HandleAsync(
                new PlanAssessment(id, await Kit.UserIdAsync("assessor@touchstone.example"), await Kit.UserIdAsync("assessor2@touchstone.example"),
                    Kit.Today.AddDays(14), new TimeOnly(14, 0), null, "https://video.example/cmc", false), bo, default);
        });
        planned.IsSuccess.ShouldBeTrue(string.Join("; ", planned.Errors));
        return (id, candidateId, name);
    }

    /// <summary>Moves the report due date, as if the assessment had been held earlier (the clock itself is shared by the tests).</summary>
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

public sealed class CmcFollowUpSqliteTests(SqliteApp app) : CmcFollowUpTests(app);

public sealed class CmcFollowUpPostgresTests(PostgresApp app) : CmcFollowUpTests(app);
