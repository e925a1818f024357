using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// The dossier review that asks for more (seed 001 "Certificeren? Adviseur 5: CRP toetst dossier") and the guard that only
/// the two planned assessors record the assessment and write the report (CMC-reglement: na een assessment).
/// </summary>
public abstract class CmcReviewAndAssessorGuardTests(AppFixture app)
{
    private CmcTestKit Kit => new(app.Factory);

    [Fact]
    public async Task MoreNeededNeedsReasonsMailsTheCandidateAndShowsTheReasons()
    {
        var kit = Kit;
        var (id, _, email) = await kit.ReviewRequestedAsync("Kandidaat Aanvulling " + Guid.NewGuid().ToString("N")[..6]);
        var url = "/PersonCertification/Application/" + id;
        var backOffice = await app.As(Role.BackOffice);

        // No reasons: refused with the Dutch message, nothing changes, no mail.
        var noReasons = await backOffice.PostFormAsync(url, new Dictionary<string, string> { ["complete"] = "false", ["Reasons"] = " \n " }, url + "?handler=Review");
        noReasons.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noReasons.ParseAsync()).Text(".errors").ShouldContain("Geef aan wat er in het dossier ontbreekt of niet klopt.");
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.ReviewRequested);
        (await OutboxAsync(email)).ShouldBeEmpty();

        // With reasons: back to the candidate, who is mailed the reasons and sees them on the application page.
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string>
        {
            ["complete"] = "false", ["Reasons"] = "Het ontwikkelverslag is niet ondertekend\nDe referenties ontbreken",
        }, url + "?handler=Review"), url);
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.ReviewIncomplete);
        var mail = (await OutboxAsync(email)).ShouldHaveSingleItem();
        mail.ShouldContain("- Het ontwikkelverslag is niet ondertekend");
        mail.ShouldContain("- De referenties ontbreken");

        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var page = await candidate.GetPageAsync(url);
        var reasons = page.QuerySelectorAll("dd li").Select(li => li.TextContent.Trim()).ToArray();
        reasons.ShouldContain("Het ontwikkelverslag is niet ondertekend");
        reasons.ShouldContain("De referenties ontbreken");
    }

    [Fact]
    public async Task AnAssessorWhoIsNotPlannedCannotRecordTheAssessmentOrSubmitTheReport()
    {
        var kit = Kit;
        var (id, _) = await kit.ReadyForPlanningAsync("Kandidaat Geplande Assessoren " + Guid.NewGuid().ToString("N")[..6]);
        var henk = await kit.UserIdAsync("assessor@touchstone.example");
        var yvonne = await kit.UserIdAsync("assessor2@touchstone.example");
        var other = CmcTestKit.Actor(await kit.UserIdAsync("assessor3@touchstone.example"), CmcRole.Assessor);
        var bo = CmcTestKit.Actor(await kit.UserIdAsync("backoffice@touchstone.example"), CmcRole.BackOffice);
        (await kit.RunAsync(sp => sp.GetRequiredService<PlanAssessmentHandler>().HandleAsync(
            new PlanAssessment(id, henk, yvonne, kit.Today.AddDays(20), new TimeOnly(14, 0), null, "https://video.example/cmc", false), bo, default))).IsSuccess.ShouldBeTrue();

        var held = await kit.RunAsync(sp => sp.GetRequiredService<AdvanceCmcApplicationHandler>().HandleAsync(new AdvanceCmcApplication(id, CmcStep.RecordAssessmentHeld), other, default));
        held.Errors.Single().Code.ShouldBe("cmc.assessment.not-an-assessor");
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.AssessmentScheduled);

        await HeldByPlannedAssessorAsync(kit, id, henk);
        var report = await kit.RunAsync(sp => sp.GetRequiredService<SubmitAssessmentReportHandler>().HandleAsync(
            new SubmitAssessmentReport(id, AdviceKind.Positive, "Overtuigend", "Verslag van het gesprek."), other, default));
        report.Errors.Single().Code.ShouldBe("cmc.assessment.not-an-assessor");
        var after = await kit.ApplicationAsync(id);
        after.State.ShouldBe(CmcApplicationState.Assessed);
        after.ReportText.ShouldBeNull();
    }

    /// <summary>The planned assessor records the assessment as held.</summary>
    private static async Task HeldByPlannedAssessorAsync(CmcTestKit kit, Guid id, string assessorId)
    {
        var result = await kit.RunAsync(sp => sp.GetRequiredService<AdvanceCmcApplicationHandler>().HandleAsync(
            new AdvanceCmcApplication(id, CmcStep.RecordAssessmentHeld), CmcTestKit.Actor(assessorId, CmcRole.Assessor), default));
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors));
    }

    private Task<List<string>> OutboxAsync(string email) =>
        Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.AsNoTracking().Where(m => m.To == email).Select(m => m.Body).ToListAsync());
}

public sealed class CmcReviewAndAssessorGuardSqliteTests(SqliteApp app) : CmcReviewAndAssessorGuardTests(app);

public sealed class CmcReviewAndAssessorGuardPostgresTests(PostgresApp app) : CmcReviewAndAssessorGuardTests(app);
