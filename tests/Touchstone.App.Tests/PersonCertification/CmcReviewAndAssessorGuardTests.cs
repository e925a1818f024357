using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// The dossier review that asks for more (seed 001 "Certificeren? Adviseur 5: CRP toetst dossier"), the guard that only
/// the two planned assessors record the assessment (on or after its day) and write the report (CMC-reglement: na een assessment),
/// who may post the back-office and decision forms of the application page, and the planning refusals with the rule named.
/// </summary>
public abstract class CmcReviewAndAssessorGuardTests(ClockApp app)
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
        var assessmentDay = kit.Today.AddDays(20);
        (await kit.RunAsync(sp => sp.GetRequiredService<PlanAssessmentHandler>().HandleAsync(
            new PlanAssessment(id, henk, yvonne, assessmentDay, new TimeOnly(14, 0), null, "https://video.example/cmc", false), bo, default))).IsSuccess.ShouldBeTrue();
        app.AdvanceTo(assessmentDay);

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

    [Fact]
    public async Task TheAssessmentIsNotRecordedAsHeldBeforeItsPlannedDateAndThePageNamesThatDate()
    {
        // Seed 000, Na een assessment: the report is due "binnen 2 weken na de uitvoering van het assessment"; that term runs
        // from the assessment itself, so the assessment is recorded as held from its planned day on, not before.
        var kit = Kit;
        var (id, _) = await kit.ReadyForPlanningAsync("Kandidaat Nog Niet Gehouden " + Suffix());
        var day = kit.Today.AddDays(14);
        (await kit.PlanAsync(id, await kit.UserIdAsync("assessor@touchstone.example"), await kit.UserIdAsync("assessor2@touchstone.example"), day))
            .IsSuccess.ShouldBeTrue();
        var url = "/PersonCertification/Application/" + id;
        var expected = $"Het assessment is gepland op {day.ToString("d-M-yyyy", CultureInfo.InvariantCulture)}; het kan pas vanaf die dag als gehouden "
            + "worden vastgelegd, omdat de termijn voor het verslag vanaf het assessment loopt. "
            + "(CMC-reglement: na een assessment (verslag binnen 2 weken na de uitvoering van het assessment))";

        // Right after planning, and still on the day before: refused with the planned date, nothing changes, the attempt is audited.
        foreach (var tooEarly in new[] { kit.Today, day.AddDays(-1) })
        {
            if (tooEarly > app.Today)
            {
                app.AdvanceTo(tooEarly);
            }

            var refused = await (await app.As(Role.Assessor)).PostFormAsync(url, new Dictionary<string, string> { ["Step"] = "RecordAssessmentHeld" }, url + "?handler=Step");
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await refused.ParseAsync()).Text(".errors").ShouldContain(expected);
            (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.AssessmentScheduled);
        }

        (await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords
            .CountAsync(r => r.EntityId == id.ToString() && r.Action == "AssessmentHeldRefused"))).ShouldBe(2);

        // On the day itself it is recorded; the report is due the scheme's days after it.
        app.AdvanceTo(day);
        await CmcTestKit.StepAsync(await app.As(Role.Assessor), url, "RecordAssessmentHeld");
        var held = await kit.ApplicationAsync(id);
        held.State.ShouldBe(CmcApplicationState.Assessed);
        held.ReportDueDate.ShouldBe(day.AddDays(CmcSchemeFile.Current.ReportDueDays));
    }

    [Fact]
    public async Task TheCandidateCannotPostTheBackOfficeOrDecisionFormsNorCanAnAssessorWhoIsNotPlanned()
    {
        // Certificeren? Adviseur 5-6, CMC-reglement: back office reviews the dossier, grants the exemption, invites, plans and
        // registers; the certificatiebeslisser decides. The candidate's own account may not; an assessor not planned for this
        // candidate does not even see the application.
        var kit = Kit;
        var (id, candidateId, email) = await kit.ReviewRequestedAsync("Kandidaat Eigen Stappen " + Suffix());
        var url = "/PersonCertification/Application/" + id;
        var bo = CmcTestKit.Actor(await kit.UserIdAsync("backoffice@touchstone.example"), CmcRole.BackOffice);
        var henk = await kit.UserIdAsync("assessor@touchstone.example");
        var delta = await kit.OrganisationIdAsync("Delta Advies");

        async Task RefusedAsync(string handler, Dictionary<string, string> form, string message, CmcApplicationState state)
        {
            // Signed in afresh each time: the clock moves on in this test.
            var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
            var response = await candidate.PostFormAsync(url, form, url + "?handler=" + handler);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, handler);
            (await response.ParseAsync()).Text(".errors").ShouldContain(message);
            (await kit.ApplicationAsync(id)).State.ShouldBe(state);

            var notPlanned = await WebTest.LoginAsync(app.Factory, "assessor3@touchstone.example", DemoSeeder.Password);
            // The page itself is hidden from them: the form's token comes from a page of their own.
            (await notPlanned.PostFormAsync("/Account/TwoFactor", form, url + "?handler=" + handler)).StatusCode.ShouldBe(HttpStatusCode.NotFound, handler);
            (await kit.ApplicationAsync(id)).State.ShouldBe(state);
        }

        await RefusedAsync("Review", new() { ["complete"] = "true" },
            "U mag voor deze aanvraag niet het dossier toetsen. (Certificeren? Adviseur)", CmcApplicationState.ReviewRequested);
        (await kit.RunAsync(sp => sp.GetRequiredService<ReviewDossierHandler>().HandleAsync(new ReviewDossier(id, true, []), bo, default))).IsSuccess.ShouldBeTrue();

        await RefusedAsync("Exemption", new() { ["ExemptionKind"] = "EmployedByAcpPractice", ["ExemptionPracticeId"] = delta.ToString(), ["ExemptionEvidence"] = "Arbeidsovereenkomst" },
            "U mag voor deze aanvraag niet vrijstelling verlenen. (Certificeren? Adviseur)", CmcApplicationState.ReviewComplete);
        (await kit.ApplicationAsync(id)).ExemptionKind.ShouldBeNull();
        await RefusedAsync("Invite", new(), "U mag voor deze aanvraag niet uitnodigen. (Certificeren? Adviseur)", CmcApplicationState.ReviewComplete);
        (await kit.RunAsync(sp => sp.GetRequiredService<InviteToAssessmentHandler>().HandleAsync(new InviteToAssessment(id), bo, default))).IsSuccess.ShouldBeTrue();
        (await kit.RunAsync(sp => sp.GetRequiredService<RequestAssessmentHandler>().HandleAsync(new RequestAssessment(id, true), CmcTestKit.Actor(candidateId, CmcRole.Candidate), default)))
            .IsSuccess.ShouldBeTrue();

        var day = kit.Today.AddDays(14);
        await RefusedAsync("Plan", new()
        {
            ["Plan.Assessor1"] = henk, ["Plan.Assessor2"] = await kit.UserIdAsync("assessor2@touchstone.example"),
            ["Plan.Date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Plan.StartTime"] = "10:00", ["Plan.Address"] = "Bij mij thuis",
        }, "U mag voor deze aanvraag niet het assessment plannen. (Certificeren? Adviseur)", CmcApplicationState.InvitedToAssessment);
        (await kit.ApplicationAsync(id)).AssessmentDate.ShouldBeNull();

        (await kit.PlanAsync(id, henk, await kit.UserIdAsync("assessor2@touchstone.example"), day)).IsSuccess.ShouldBeTrue();
        app.AdvanceTo(day);
        await HeldByPlannedAssessorAsync(kit, id, henk);
        (await kit.RunAsync(sp => sp.GetRequiredService<SubmitAssessmentReportHandler>().HandleAsync(
            new SubmitAssessmentReport(id, AdviceKind.Positive, "Overtuigend.", "Verslag."), CmcTestKit.Actor(henk, CmcRole.Assessor), default))).IsSuccess.ShouldBeTrue();

        await RefusedAsync("Decide", new() { ["Outcome"] = "Granted", ["DecisionMotivation"] = "Ik vind mezelf geschikt." },
            "U mag voor deze aanvraag niet beslissen. (Certificeren? Adviseur)", CmcApplicationState.ReportSubmitted);
        (await kit.ApplicationAsync(id)).CertificateNumber.ShouldBeNull();
        var decider = CmcTestKit.Actor(await kit.UserIdAsync("beslisser@touchstone.example"), CmcRole.DecisionMaker);
        (await kit.RunAsync(sp => sp.GetRequiredService<DecideCmcHandler>().HandleAsync(new DecideCmc(id, DecisionOutcome.Granted, null), decider, default))).IsSuccess.ShouldBeTrue();

        await RefusedAsync("Step", new() { ["Step"] = "Register" },
            "De stap 'in register opnemen' vanuit 'gecertificeerd' mag worden gezet door de backoffice of de beheerder, niet door de kandidaat.",
            CmcApplicationState.Granted);
        (await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcCertificateRecord>().AsNoTracking()
            .Where(c => c.ApplicationId == id).Select(c => c.RegisteredAt).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task PlanningWithAnUnqualifiedOrConflictedAssessorIsRefusedOnThePageWithTheRuleNamedAndThePlanKept()
    {
        // CMC-reglement: assessment, voetnoot 2: assessors are qualified (trained, know the scheme, qualification valid) and
        // independent of the candidate (no shared employer).
        var kit = Kit;
        var (id, _) = await kit.ReadyForPlanningAsync("Kandidaat Bij Delta " + Suffix(), candidateEmployer: await kit.OrganisationIdAsync("Delta Advies"));
        var gerard = await kit.UserIdAsync("assessor3@touchstone.example"); // qualification lapsed, works at Delta Advies
        var gerardUntil = await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<AssessorProfile>().Where(p => p.UserId == gerard).Select(p => p.ValidUntil).SingleAsync());
        var untrainedName = "Assessor Ongetraind " + Suffix();
        var (untrained, _) = await kit.NewUserAsync(untrainedName, Role.Assessor, Schemes.Cmc);
        var bo = CmcTestKit.Actor(await kit.UserIdAsync("backoffice@touchstone.example"), CmcRole.BackOffice);
        (await kit.RunAsync(sp => sp.GetRequiredService<SaveAssessorQualificationHandler>().HandleAsync(
            new SaveAssessorQualification(untrained, null, false, kit.Today.AddYears(2), [], []), bo, default))).IsSuccess.ShouldBeTrue();
        var url = "/PersonCertification/Application/" + id;
        var date = kit.Today.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var refused = await (await app.As(Role.BackOffice)).PostFormAsync(url, new Dictionary<string, string>
        {
            ["Plan.Assessor1"] = gerard, ["Plan.Assessor2"] = untrained, ["Plan.Date"] = date, ["Plan.StartTime"] = "10:00",
            ["Plan.Address"] = "CIIO, Stationsplein 1, Amersfoort",
        }, url + "?handler=Plan");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.ParseAsync();
        var errors = page.QuerySelectorAll(".errors li").Select(li => li.TextContent.Trim()).ToList();
        errors.ShouldBe([
            $"De kwalificatie van Gerard Smits liep tot {gerardUntil.ToString("d-M-yyyy", CultureInfo.InvariantCulture)}. (CMC-reglement: assessment (voetnoot 2))",
            "Gerard Smits heeft dezelfde werkgever als de kandidaat. (CMC-reglement: assessment (voetnoot 2: onafhankelijk))",
            $"{untrainedName} heeft geen afgeronde assessortraining. (CMC-reglement: assessment (voetnoot 2: vakbekwaam in beoordelen))",
            $"Van {untrainedName} is geen kennis van de CMC-regeling vastgelegd. (CMC-reglement: assessment (voetnoot 2: kennis van de CMC-certificatieregeling))",
        ], ignoreOrder: true);
        page.QuerySelector("select[name='Plan.Assessor1'] option[selected]")!.GetAttribute("value").ShouldBe(gerard);
        page.QuerySelector("select[name='Plan.Assessor2'] option[selected]")!.GetAttribute("value").ShouldBe(untrained);
        page.QuerySelector("input[name='Plan.Date']")!.GetAttribute("value").ShouldBe(date);
        page.QuerySelector("input[name='Plan.StartTime']")!.GetAttribute("value")!.ShouldStartWith("10:00");
        page.QuerySelector("input[name='Plan.Address']")!.GetAttribute("value").ShouldBe("CIIO, Stationsplein 1, Amersfoort");
        var after = await kit.ApplicationAsync(id);
        after.State.ShouldBe(CmcApplicationState.InvitedToAssessment);
        after.AssessmentDate.ShouldBeNull();
    }

    /// <summary>The planned assessor records the assessment as held.</summary>
    private static async Task HeldByPlannedAssessorAsync(CmcTestKit kit, Guid id, string assessorId)
    {
        var result = await kit.RunAsync(sp => sp.GetRequiredService<AdvanceCmcApplicationHandler>().HandleAsync(
            new AdvanceCmcApplication(id, CmcStep.RecordAssessmentHeld), CmcTestKit.Actor(assessorId, CmcRole.Assessor), default));
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors));
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    private Task<List<string>> OutboxAsync(string email) =>
        Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.AsNoTracking().Where(m => m.To == email).Select(m => m.Body).ToListAsync());
}

[Collection(ClockCollection.Sqlite)]
public sealed class CmcReviewAndAssessorGuardSqliteTests(SqliteClockApp app) : CmcReviewAndAssessorGuardTests(app);

[Collection(ClockCollection.Postgres)]
public sealed class CmcReviewAndAssessorGuardPostgresTests(PostgresClockApp app) : CmcReviewAndAssessorGuardTests(app);
