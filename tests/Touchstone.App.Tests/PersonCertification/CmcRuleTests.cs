using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>CMC rules as the use cases enforce them (CMC-reglement: assessment, certificatiebeslisser; Bijlage Permanente Educatie).</summary>
public abstract class CmcRuleTests(ClockApp app)
{
    private CmcTestKit Kit => new(app.Factory);

    private Task<Result> PlanAsync(Guid id, string assessor1, string assessor2, DateOnly date) => Kit.PlanAsync(id, assessor1, assessor2, date);

    [Fact]
    public async Task AnAssessorWithoutAValidQualificationOrWithASharedEmployerIsRefusedWithTheReason()
    {
        var acp = await Kit.OrganisationIdAsync("Delta Advies");
        var (id, _) = await Kit.ReadyForPlanningAsync("Kandidaat Onafhankelijk", candidateEmployer: acp);
        var gerard = await Kit.UserIdAsync("assessor3@touchstone.example"); // qualification lapsed, works at Delta Advies
        var yvonne = await Kit.UserIdAsync("assessor2@touchstone.example");

        var result = await PlanAsync(id, gerard, yvonne, Kit.Today.AddDays(20));

        result.Errors.Select(e => e.Code).ShouldBe(["cmc.assessor.qualification-expired", "cmc.assessor.shared-employer"], ignoreOrder: true);
        (await Kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.InvitedToAssessment);
        var refusal = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords
            .AnyAsync(r => r.EntityId == id.ToString() && r.Action == "AssessmentPlanRefused"));
        refusal.ShouldBeTrue();

        // An assessor account without any qualification record is refused too.
        var (fresh, _) = await Kit.NewUserAsync("Nieuwe Assessor", Role.Assessor, Schemes.Cmc);
        (await PlanAsync(id, fresh, yvonne, Kit.Today.AddDays(20))).Errors.Select(e => e.Code).ShouldContain("cmc.assessor.no-record");
    }

    [Fact]
    public async Task ARefusedAcpNominationIsInTheAuditTrailWithItsReason()
    {
        // Certificeren? ACP stap 4: a practice nominates only its own consultants.
        var delta = await Kit.OrganisationIdAsync("Delta Advies");
        var (outsiderId, outsider) = await Kit.NewUserAsync("Adviseur Elders", Role.Candidate);
        var contact = new CmcActor(await Kit.UserIdAsync("contactpersoon@touchstone.example"), "test", new HashSet<CmcRole> { CmcRole.OrganisationContact }, delta);

        var result = await Kit.RunAsync(sp => sp.GetRequiredService<NominateConsultantHandler>()
            .HandleAsync(new NominateConsultant(outsider, "Utrecht", null, null), contact, default));

        result.Errors.Select(e => e.Code).ShouldBe(["cmc.acp.not-a-practice-consultant"]);
        var audited = await RefusalsAsync(outsiderId, "NominationRefused");
        audited.ShouldHaveSingleItem().Reason.ShouldBe(result.Errors[0].Message);
        audited[0].After!.ShouldContain("cmc.acp.not-a-practice-consultant");
        (await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcApplicationRecord>().AnyAsync(a => a.CandidateUserId == outsiderId)))
            .ShouldBeFalse();
    }

    [Fact]
    public async Task ARefusedExemptionIsInTheAuditTrailWithItsReason()
    {
        // CMC-reglement, vrijstelling: employment is a ground only when the candidate works for the ACP practice.
        var delta = await Kit.OrganisationIdAsync("Delta Advies");
        var (id, _) = await Kit.ReadyForPlanningAsync("Kandidaat Zonder Dienstverband");
        var bo = CmcTestKit.Actor(await Kit.UserIdAsync("backoffice@touchstone.example"), CmcRole.BackOffice);

        var result = await Kit.RunAsync(sp => sp.GetRequiredService<GrantExemptionHandler>()
            .HandleAsync(new GrantExemption(id, ExemptionGroundKind.EmployedByAcpPractice, delta, "Arbeidsovereenkomst"), bo, default));

        result.Errors.Select(e => e.Code).ShouldBe(["cmc.exemption.not-employed"]);
        var audited = await RefusalsAsync(id.ToString(), "ExemptionRefused");
        audited.ShouldHaveSingleItem().Reason.ShouldBe(result.Errors[0].Message);
        audited[0].After!.ShouldContain("CMC-reglement: vrijstelling");
        (await Kit.ApplicationAsync(id)).ExemptionKind.ShouldBeNull();
    }

    private Task<List<Audit.AuditRecord>> RefusalsAsync(string entityId, string action) =>
        Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords.AsNoTracking()
            .Where(r => r.EntityId == entityId && r.Action == action).ToListAsync());

    [Fact]
    public async Task PlanningBeforeFourteenDaysAfterTheDevelopmentReportIsRefusedWithTheEarliestDate()
    {
        var (id, _) = await Kit.ReadyForPlanningAsync("Kandidaat Te Vroeg");
        var henk = await Kit.UserIdAsync("assessor@touchstone.example");
        var yvonne = await Kit.UserIdAsync("assessor2@touchstone.example");

        var early = await PlanAsync(id, henk, yvonne, Kit.Today.AddDays(13));
        early.Errors.Single().Code.ShouldBe("cmc.assessment.report-too-late");
        early.Errors.Single().Message.ShouldContain($"earliest date {Kit.Today.AddDays(14):yyyy-MM-dd}");

        (await PlanAsync(id, henk, yvonne, Kit.Today.AddDays(14))).IsSuccess.ShouldBeTrue();
        var planned = await Kit.ApplicationAsync(id);
        planned.AssessmentVideoLink.ShouldBe("https://video.example/cmc");
        planned.AssessmentEndTime.ShouldBe(new TimeOnly(15, 30));
    }

    [Fact]
    public async Task ADecisionMakerWhoAssessedTheCandidateMayNotDecide()
    {
        var (id, _) = await Kit.ReadyForPlanningAsync("Kandidaat Beslissing");
        var (both, bothEmail) = await Kit.NewUserAsync("Assessor En Beslisser", Role.Assessor, Schemes.Cmc, null, (Role.DecisionMaker, Schemes.Cmc));
        await Kit.RunAsync(async sp =>
        {
            var bo = CmcTestKit.Actor(await Kit.UserIdAsync("backoffice@touchstone.example"), CmcRole.BackOffice);
            return await sp.GetRequiredService<SaveAssessorQualificationHandler>().HandleAsync(
                new SaveAssessorQualification(both, Kit.Today.AddYears(-1), true, Kit.Today.AddYears(2), [], []), bo, default);
        });
        var yvonne = await Kit.UserIdAsync("assessor2@touchstone.example");
        var assessmentDay = Kit.Today.AddDays(14);
        (await PlanAsync(id, both, yvonne, assessmentDay)).IsSuccess.ShouldBeTrue();
        app.AdvanceTo(assessmentDay);
        var assessor = CmcTestKit.Actor(both, CmcRole.Assessor, CmcRole.DecisionMaker);
        (await Kit.RunAsync(sp => sp.GetRequiredService<AdvanceCmcApplicationHandler>().HandleAsync(new AdvanceCmcApplication(id, CmcStep.RecordAssessmentHeld), assessor, default))).IsSuccess.ShouldBeTrue();
        (await Kit.RunAsync(sp => sp.GetRequiredService<SubmitAssessmentReportHandler>().HandleAsync(new SubmitAssessmentReport(id, AdviceKind.Positive, "Goed onderbouwd.", "Verslag."), assessor, default))).IsSuccess.ShouldBeTrue();

        var decision = await Kit.RunAsync(sp => sp.GetRequiredService<DecideCmcHandler>().HandleAsync(new DecideCmc(id, DecisionOutcome.Granted, null), assessor, default));

        decision.Errors.Single().Code.ShouldBe("cmc.decision.decision-maker-was-assessor");

        // The same on the page: the Dutch message with the rule named, the motivation typed kept.
        var url = "/PersonCertification/Application/" + id;
        var client = await WebTest.LoginAsync(app.Factory, bothEmail, CmcTestKit.Password);
        var refused = await client.PostFormAsync(url, new Dictionary<string, string> { ["Outcome"] = "Granted", ["DecisionMotivation"] = "Ik ken het dossier goed." }, url + "?handler=Decide");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.ParseAsync();
        page.Text(".errors").ShouldContain("De certificatiebeslisser heeft deze kandidaat zelf beoordeeld en mag niet beslissen. (CMC-reglement: certificatiebeslisser)");
        page.QuerySelector("textarea[name=DecisionMotivation]")!.TextContent.Trim().ShouldBe("Ik ken het dossier goed.");

        (await Kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.ReportSubmitted);
        (await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcCertificateRecord>().AnyAsync(c => c.ApplicationId == id))).ShouldBeFalse();
        (await RefusalsAsync(id.ToString(), "DecisionRefused")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task AReportTermExtensionTellsTheCandidateByEmail()
    {
        var (id, candidateId) = await Kit.ReadyForPlanningAsync("Kandidaat Verlenging");
        var henk = await Kit.UserIdAsync("assessor@touchstone.example");
        (await PlanAsync(id, henk, await Kit.UserIdAsync("assessor2@touchstone.example"), Kit.Today.AddDays(14))).IsSuccess.ShouldBeTrue();
        var due = (await Kit.ApplicationAsync(id)).ReportDueDate!.Value;
        due.ShouldBe(Kit.Today.AddDays(28));
        var assessor = CmcTestKit.Actor(henk, CmcRole.Assessor);

        var noReason = await Kit.RunAsync(sp => sp.GetRequiredService<ExtendReportTermHandler>().HandleAsync(new ExtendReportTerm(id, due.AddDays(7), " "), assessor, default));
        noReason.Errors.Single().Code.ShouldBe("cmc.report.extension-reason-required");
        var extended = await Kit.RunAsync(sp => sp.GetRequiredService<ExtendReportTermHandler>().HandleAsync(new ExtendReportTerm(id, due.AddDays(7), "Assessor ziek"), assessor, default));

        extended.IsSuccess.ShouldBeTrue();
        (await Kit.ApplicationAsync(id)).ReportDueDate.ShouldBe(due.AddDays(7));
        var email = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Users.Where(u => u.Id == candidateId).Select(u => u.Email!).SingleAsync());
        var mails = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.Where(m => m.To == email && m.Subject.Contains("meer tijd")).ToListAsync());
        mails.Single().Body.ShouldContain($"{due.AddDays(7):yyyy-MM-dd}");
    }

    [Fact]
    public async Task ABadContinuingEducationEntryIsRefusedWithAClearMessageAndTheInputKept()
    {
        var (_, email) = await Kit.NewUserAsync("Kandidaat PE", Role.Candidate);
        var client = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var day = Kit.Today.AddMonths(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = "Leergang veranderkunde", ["Input.Start"] = day, ["Input.End"] = day, ["Input.Amount"] = "30",
            ["Input.Unit"] = "Hours", ["Input.EqfLevel"] = "6", ["Input.Category"] = "SubjectOrSector",
            ["Input.EvidenceKind"] = "SelfDeclaration", ["Input.EvidenceDate"] = day, ["Input.EvidenceHours"] = "30",
        };

        var response = await client.PostFormAsync("/PersonCertification/Ce", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        var errors = page.Text("div.errors");
        errors.ShouldContain("30 uur in 1 dag(en) is meer dan 24 uur per dag");
        errors.ShouldContain("een eigen verklaring moet vermelden waarom");
        page.QuerySelector("input[name='Input.Title']")!.GetAttribute("value").ShouldBe("Leergang veranderkunde");
        page.QuerySelector("input[name='Input.Amount']")!.GetAttribute("value").ShouldBe("30");

        // Corrected, it is logged and the dashboard counts it.
        form["Input.End"] = Kit.Today.AddMonths(-2).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        form["Input.SelfDeclarationReason"] = "Opleider failliet";
        (await client.PostFormAsync("/PersonCertification/Ce", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dashboard = await client.GetPageAsync("/PersonCertification/Ce");
        dashboard.Text("#counted").ShouldStartWith("30 / 120");
        dashboard.Text("#still-needed").ShouldBe("90");
    }

    [Fact]
    public async Task AContinuingEducationEntryDatedBeforeThePeriodIsRefusedWithThePeriodNamedAndTheInputKept()
    {
        // Bijlage Permanente Educatie: the hours count "in die vijf jaar"; without a certificate the period ends today.
        var (userId, email) = await Kit.NewUserAsync("Kandidaat Oude Cursus", Role.Candidate);
        var client = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var day = Kit.Today.AddYears(-6).ToString("yyyy-MM-dd", inv);
        var periodStart = Kit.Today.AddYears(-5).AddDays(1);
        var response = await client.PostFormAsync("/PersonCertification/Ce", new Dictionary<string, string>
        {
            ["Input.Title"] = "Leergang van lang geleden", ["Input.Start"] = day, ["Input.End"] = day, ["Input.Amount"] = "8",
            ["Input.Unit"] = "Hours", ["Input.EqfLevel"] = "6", ["Input.Category"] = "SubjectOrSector",
            ["Input.EvidenceKind"] = "OrganiserStatement", ["Input.EvidenceDate"] = day, ["Input.EvidenceHours"] = "8",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        var errors = page.Text("div.errors");
        errors.ShouldContain("valt buiten de periode");
        errors.ShouldContain(periodStart.ToString("d-M-yyyy", inv));
        page.QuerySelector("input[name='Input.Title']")!.GetAttribute("value").ShouldBe("Leergang van lang geleden");
        page.QuerySelector("input[name='Input.Start']")!.GetAttribute("value").ShouldBe(day);
        (await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CeActivityRecord>().AnyAsync(a => a.UserId == userId))).ShouldBeFalse();
    }

    [Fact]
    public async Task HoursWithADecimalPointOrADecimalCommaAreReadAsTheSameOnTheDutchPage()
    {
        // "1.5" must not become 15 under the Dutch culture (where '.' groups thousands): hours count towards the 120.
        var (_, email) = await Kit.NewUserAsync("Kandidaat Decimalen", Role.Candidate);
        var client = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var day = Kit.Today.AddMonths(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var hours in new[] { "1.5", "1,5" })
        {
            (await client.PostFormAsync("/PersonCertification/Ce", new Dictionary<string, string>
            {
                ["Input.Title"] = "Intervisie " + hours, ["Input.Start"] = day, ["Input.End"] = day, ["Input.Amount"] = hours,
                ["Input.Unit"] = "Hours", ["Input.EqfLevel"] = "6", ["Input.Category"] = "SubjectOrSector",
                ["Input.EvidenceKind"] = "OrganiserStatement", ["Input.EvidenceDate"] = day, ["Input.EvidenceHours"] = hours,
            })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var userId = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var amounts = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CeActivityRecord>().Where(a => a.UserId == userId).Select(a => a.Amount).ToListAsync());
        amounts.ShouldBe([1.5m, 1.5m]);
    }

    [Fact]
    public async Task RecertificationStartsWithAGuidedPeerReviewThatNamesFacilitatorAndParticipants()
    {
        var (candidateId, _) = await Kit.NewUserAsync("Kandidaat Hercertificering", Role.Candidate);
        await Kit.CertificateAsync("Kandidaat Hercertificering", "Gouda", Kit.Today.AddYears(-5).AddMonths(3), holderUserId: candidateId);
        var candidate = CmcTestKit.Actor(candidateId, CmcRole.Candidate);
        var id = (await Kit.RunAsync(sp => sp.GetRequiredService<ApplyForCmcHandler>().HandleAsync(new ApplyForCmc(CmcRoute.Recertification, "Gouda", null, null, false), candidate, default))).Value;
        (await Kit.RunAsync(sp => sp.GetRequiredService<AdvanceCmcApplicationHandler>().HandleAsync(new AdvanceCmcApplication(id, CmcStep.AcceptContract), candidate, default)))
            .Errors.Single().Code.ShouldBe("cmc.transition.not-allowed");

        var incomplete = await Kit.RunAsync(sp => sp.GetRequiredService<RecordPeerReviewHandler>().HandleAsync(new RecordPeerReview(id, Kit.Today.AddDays(-3), "Karin Hofman", [], "Casus"), candidate, default));
        incomplete.Errors.Single().Code.ShouldBe("cmc.peer-review.incomplete");
        var recorded = await Kit.RunAsync(sp => sp.GetRequiredService<RecordPeerReviewHandler>().HandleAsync(new RecordPeerReview(id, Kit.Today.AddDays(-3), "Karin Hofman", ["Wim de Lange", "Aisha Bouali"], "Casus"), candidate, default));

        recorded.IsSuccess.ShouldBeTrue();
        var app2 = await Kit.ApplicationAsync(id);
        app2.State.ShouldBe(CmcApplicationState.PeerReviewRecorded);
        app2.PeerReviewParticipants.ShouldBe("Wim de Lange, Aisha Bouali");
    }

    [Fact]
    public async Task RecertificationRemindersGoOutOnceEach()
    {
        var (holder, email) = await Kit.NewUserAsync("Houder Herinnering", Role.Candidate);
        await Kit.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var c = new CmcCertificateRecord
            {
                Number = $"CMC-2021-{Random.Shared.Next(5000, 9999)}", HolderUserId = holder, HolderName = "Houder Herinnering", Town = "Gouda", NameKey = "",
                StartDate = Kit.Today.AddYears(-5).AddMonths(5), ValidUntil = Kit.Today.AddMonths(5).AddDays(-1),
            };
            c.RefreshTokens();
            db.Add(c);
            return await db.SaveChangesAsync();
        });

        await Kit.RunAsync(sp => sp.GetRequiredService<SendRecertificationRemindersHandler>().HandleAsync(new SendRecertificationReminders(), default));
        await Kit.RunAsync(sp => sp.GetRequiredService<SendRecertificationRemindersHandler>().HandleAsync(new SendRecertificationReminders(), default));

        var mails = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.Where(m => m.To == email).ToListAsync());
        mails.Count.ShouldBe(1);
        // Reached the 6-month threshold, but a little under 5 months are left: the mail says so, with the last valid day.
        var validUntil = Kit.Today.AddMonths(5).AddDays(-1);
        var daysBeyond = validUntil.DayNumber - Kit.Today.AddMonths(4).DayNumber;
        mails[0].Body.ShouldContain($"is geldig tot en met {validUntil:yyyy-MM-dd} (nog 4 maanden en {daysBeyond} dagen)");
        mails[0].Body.ShouldNotContain("6 maanden");

        // The day before the 3-month threshold nothing more goes out; from that day the second reminder, once however often the job runs.
        var threeMonthsBefore = validUntil.AddMonths(-3);
        app.AdvanceTo(threeMonthsBefore.AddDays(-1));
        await Kit.RunAsync(sp => sp.GetRequiredService<SendRecertificationRemindersHandler>().HandleAsync(new SendRecertificationReminders(), default));
        (await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.CountAsync(m => m.To == email))).ShouldBe(1);

        app.AdvanceTo(threeMonthsBefore);
        await Kit.RunAsync(sp => sp.GetRequiredService<SendRecertificationRemindersHandler>().HandleAsync(new SendRecertificationReminders(), default));
        await Kit.RunAsync(sp => sp.GetRequiredService<SendRecertificationRemindersHandler>().HandleAsync(new SendRecertificationReminders(), default));
        mails = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.Where(m => m.To == email).ToListAsync());
        mails.Count.ShouldBe(2);
        var left = validUntil.DayNumber - threeMonthsBefore.AddMonths(3).DayNumber;
        mails.Count(m => m.Body.Contains($"is geldig tot en met {validUntil:yyyy-MM-dd} (nog 3 maanden en {left} dag", StringComparison.Ordinal)).ShouldBe(1);
        var sent = await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcCertificateRecord>().AsNoTracking()
            .Where(c => c.HolderUserId == holder).Select(c => c.RemindersSent).SingleAsync());
        sent.Split(';').ShouldBe(["6", "3"], ignoreOrder: true);
    }
}

[Collection(ClockCollection.Sqlite)]
public sealed class CmcRuleSqliteTests(SqliteClockApp app) : CmcRuleTests(app);

[Collection(ClockCollection.Postgres)]
public sealed class CmcRulePostgresTests(PostgresClockApp app) : CmcRuleTests(app);
