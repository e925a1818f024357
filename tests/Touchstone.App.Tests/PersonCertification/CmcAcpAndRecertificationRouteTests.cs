using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// The ACP nomination route (seed 001 "Certificeren? ACP" steps 4-6; seed 000: vrijstelling bij dienstverband met een ACP-bureau)
/// and the recertification route (seed 001 "Al wel CMC? Hercertificering": begeleide intervisie, dan assessment) through the
/// pages, as the practice contact, the consultant, back office, the assessors and the decision-maker use them.
/// </summary>
public abstract class CmcAcpAndRecertificationRouteTests(ClockApp app)
{
    private CmcTestKit Kit => new(app.Factory);

    [Fact]
    public async Task AcpNominationRunsFromTheContactsNominationThroughTheExemptionToTheRegister()
    {
        var kit = Kit;
        var surname = "Reiger" + Guid.NewGuid().ToString("N")[..6];
        var delta = await kit.OrganisationIdAsync("Delta Advies");
        var (candidateId, email) = await kit.NewUserAsync("Joris " + surname, Role.Candidate, organisationId: delta);
        var contact = await app.As(Role.OrganisationContact); // Pieter Jansen of Delta Advies

        // ACP step 5: the practice's contact nominates its consultant and claims the exemption.
        var nominated = await contact.PostFormAsync("/PersonCertification/Nominate", new Dictionary<string, string>
        {
            ["ConsultantEmail"] = email, ["Town"] = "Rotterdam", ["ExemptionKind"] = "EmployedByAcpPractice", ["ExemptionEvidence"] = "Arbeidsovereenkomst sinds 2020",
        });
        CmcTestKit.ShouldRedirectTo(nominated, "/PersonCertification/Application/");
        var url = nominated.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);

        // The contact fills the dossier; the consultant accepts the contract; the contact completes it and asks for the review.
        foreach (var doc in DossierChecklist.Required(CmcRoute.AcpNomination, true))
        {
            CmcTestKit.ShouldRedirectTo(await CmcTestKit.UploadAsync(contact, url, doc.Document, doc.Document + ".pdf", CmcTestKit.Pdf), url);
        }

        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        await CmcTestKit.StepAsync(candidate, url, "AcceptContract");
        await CmcTestKit.StepAsync(contact, url, "CompleteDossier");
        await CmcTestKit.StepAsync(contact, url, "RequestReview");

        // Continuing education is checked at the review: with only one course logged it does not meet the rules.
        var course = await candidate.PostFormAsync("/PersonCertification/Ce", new Dictionary<string, string>
        {
            ["Input.Title"] = "Masterclass verandermanagement", ["Input.Start"] = Iso(kit.Today.AddMonths(-1)), ["Input.End"] = Iso(kit.Today.AddMonths(-1).AddDays(1)),
            ["Input.Amount"] = "16", ["Input.Unit"] = "Hours", ["Input.EqfLevel"] = "7", ["Input.Category"] = "SubjectOrSector",
            ["Input.EvidenceKind"] = "OrganiserStatement", ["Input.EvidenceDate"] = Iso(kit.Today.AddMonths(-1).AddDays(1)), ["Input.EvidenceHours"] = "16",
        });
        CmcTestKit.ShouldRedirectTo(course, "/PersonCertification/Ce");
        (await candidate.GetPageAsync("/PersonCertification/Ce")).Text("#compliant").ShouldBe("Nee");
        var backOffice = await app.As(Role.BackOffice);
        var notYet = await backOffice.PostFormAsync(url, new Dictionary<string, string> { ["complete"] = "true" }, url + "?handler=Review");
        notYet.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notYet.ParseAsync()).Text(".errors").ShouldContain("De permanente educatie voldoet niet aan de regels");
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.ReviewRequested);

        // The log of the past five years is complete: the dashboard says so and the review passes.
        await kit.CompliantCeLogAsync(candidateId);
        (await candidate.GetPageAsync("/PersonCertification/Ce")).Text("#compliant").ShouldBe("Ja");
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string> { ["complete"] = "true" }, url + "?handler=Review"), url);

        // Back office records the exemption from the assessment with its ground: employment by the ACP practice.
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string>
        {
            ["ExemptionKind"] = "EmployedByAcpPractice", ["ExemptionPracticeId"] = delta.ToString(), ["ExemptionEvidence"] = "Arbeidsovereenkomst sinds 2020",
        }, url + "?handler=Exemption"), url);
        var exempt = await kit.ApplicationAsync(id);
        exempt.State.ShouldBe(CmcApplicationState.ExemptFromAssessment);
        exempt.ExemptionKind.ShouldBe(ExemptionGroundKind.EmployedByAcpPractice);
        exempt.AssessmentDate.ShouldBeNull();
        (await candidate.GetPageAsync(url)).Text("dl").ShouldContain("Arbeidsovereenkomst sinds 2020");

        // The decision-maker decides without an assessment: a certificate for five years.
        var decider = await app.As(Role.DecisionMaker);
        CmcTestKit.ShouldRedirectTo(await decider.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Outcome"] = "Granted", ["DecisionMotivation"] = "Vrijgesteld op grond van het dienstverband; permanente educatie voldoet.",
        }, url + "?handler=Decide"), url);
        var granted = await kit.ApplicationAsync(id);
        granted.State.ShouldBe(CmcApplicationState.Granted);
        var number = granted.CertificateNumber!;

        // Back office registers it; the public register and the verification page show it active.
        (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname.ToLowerInvariant())).Text("#register tbody").ShouldNotContain(number);
        await CmcTestKit.StepAsync(backOffice, url, "Register");
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.Registered);
        var row = (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname.ToLowerInvariant())).Text("#register tbody");
        row.ShouldContain(number);
        row.ShouldContain("Rotterdam");
        row.ShouldContain("Actief");
        (await app.Anonymous().GetPageAsync("/Public/Certificate/" + number)).Text("#certificate")
            .ShouldContain($"{kit.Today:yyyy-MM-dd} – {kit.Today.AddYears(5).AddDays(-1):yyyy-MM-dd}");

        var steps = await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcStepEntry>().AsNoTracking()
            .Where(s => s.ApplicationId == id).OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => s.Step).ToListAsync());
        steps.ShouldBe([CmcStep.Apply, CmcStep.AcceptContract, CmcStep.CompleteDossier, CmcStep.RequestReview, CmcStep.MarkReviewComplete, CmcStep.GrantExemption, CmcStep.Grant, CmcStep.Register]);
    }

    [Fact]
    public async Task AnAcpNomineeWithoutTheExemptionIsAssessedAndRunsToTheRegister()
    {
        // Seed 000 "Vrijstelling voor een assessment is mogelijk wanneer: sprake is van een dienst- of werkverband met een ACP-bureau":
        // the exemption is a possibility, not the route itself. A practice that does not claim it (no ground recorded) sends its
        // consultant through the assessment: invitation, consent, two assessors, report, decision and register entry.
        var kit = Kit;
        var surname = "Lepelaar" + Guid.NewGuid().ToString("N")[..6];
        var (id, candidateId) = await kit.AcpReviewCompleteAsync("Ruben " + surname, claimExemption: false);
        var url = "/PersonCertification/Application/" + id;
        var nominated = await kit.ApplicationAsync(id);
        nominated.Route.ShouldBe(CmcRoute.AcpNomination);
        nominated.ExemptionClaimed.ShouldBeFalse();
        nominated.State.ShouldBe(CmcApplicationState.ReviewComplete);
        var email = nominated.CandidateEmail;

        var backOffice = await app.As(Role.BackOffice);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string>(), url + "?handler=Invite"), url);
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        CmcTestKit.ShouldRedirectTo(await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Consent"] = "true" }, url + "?handler=RequestAssessment"), url);
        (await kit.ApplicationAsync(id)).ConsentGivenAt.ShouldNotBeNull();

        var assessmentDay = kit.Today.AddDays(14);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Plan.Assessor1"] = await kit.UserIdAsync("assessor@touchstone.example"), ["Plan.Assessor2"] = await kit.UserIdAsync("assessor2@touchstone.example"),
            ["Plan.Date"] = Iso(assessmentDay), ["Plan.StartTime"] = "09:30", ["Plan.Address"] = "Delta Advies, Coolsingel 10, Rotterdam",
        }, url + "?handler=Plan"), url);
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.AssessmentScheduled);

        app.AdvanceTo(assessmentDay);
        var assessor = await app.As(Role.Assessor);
        await CmcTestKit.StepAsync(assessor, url, "RecordAssessmentHeld");
        CmcTestKit.ShouldRedirectTo(await assessor.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Advice"] = "Positive", ["AdviceMotivation"] = "Toont een doordachte ontwikkeling binnen het bureau.", ["ReportText"] = "Verslag ACP-assessment.",
        }, url + "?handler=Report"), url);
        CmcTestKit.ShouldRedirectTo(await (await app.As(Role.DecisionMaker)).PostFormAsync(url, new Dictionary<string, string> { ["Outcome"] = "Granted" }, url + "?handler=Decide"), url);
        var granted = await kit.ApplicationAsync(id);
        granted.State.ShouldBe(CmcApplicationState.Granted);
        granted.ExemptionKind.ShouldBeNull();
        var number = granted.CertificateNumber!;

        await CmcTestKit.StepAsync(await app.As(Role.BackOffice), url, "Register");
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.Registered);
        var row = (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname.ToLowerInvariant())).Text("#register tbody");
        row.ShouldContain(number);
        row.ShouldContain("Rotterdam");
        row.ShouldContain("Actief");

        var steps = await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcStepEntry>().AsNoTracking()
            .Where(s => s.ApplicationId == id).OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => s.Step).ToListAsync());
        steps.ShouldNotContain(CmcStep.GrantExemption);
        steps.ShouldContain(CmcStep.ScheduleAssessment);
        steps.ShouldContain(CmcStep.RecordAssessmentHeld);
        steps.ShouldContain(CmcStep.SubmitReport);
        steps[^2..].ShouldBe([CmcStep.Grant, CmcStep.Register]);
        (await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcCertificateRecord>().AsNoTracking().SingleAsync(c => c.Number == number)))
            .HolderUserId.ShouldBe(candidateId);
    }

    [Fact]
    public async Task RecertificationIsRefusedToSomeoneWithoutACmcCertificate()
    {
        // Seed 000 "Hercertificering van CMC'ers", seed 001 "Al wel CMC? Hercertificering": only a CMC'er recertifies;
        // a withdrawn certificate no longer makes its holder one.
        var kit = Kit;
        var surname = "Grutto" + Guid.NewGuid().ToString("N")[..6];
        var (holderId, email) = await kit.NewUserAsync("Kees " + surname, Role.Candidate);
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var form = new Dictionary<string, string> { ["Route"] = "Recertification", ["Town"] = "Zutphen" };

        var refused = await candidate.PostFormAsync("/PersonCertification/Apply", form);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.ParseAsync()).Text(".errors").ShouldContain("Hercertificering is voor CMC'ers: u hebt geen actief, geschorst of verlopen CMC-certificaat.");

        await kit.CertificateAsync("Kees " + surname, "Zutphen", kit.Today.AddYears(-3), CertificateStatus.Withdrawn, holderUserId: holderId);
        var stillRefused = await candidate.PostFormAsync("/PersonCertification/Apply", form);
        (await stillRefused.ParseAsync()).Text(".errors").ShouldContain("Hercertificering is voor CMC'ers");
        (await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcApplicationRecord>().AnyAsync(a => a.CandidateUserId == holderId))).ShouldBeFalse();

        // An expired certificate is one the holder earned and let run out: recertification renews it.
        await kit.CertificateAsync("Kees " + surname, "Zutphen", kit.Today.AddYears(-6), holderUserId: holderId);
        CmcTestKit.ShouldRedirectTo(await candidate.PostFormAsync("/PersonCertification/Apply", form), "/PersonCertification/Application/");
    }

    [Fact]
    public async Task RecertificationRecordsThePeerReviewAssessesAndRenewsTheCertificateInTheRegister()
    {
        var kit = Kit;
        var surname = "Kievit" + Guid.NewGuid().ToString("N")[..6];
        var (holderId, email) = await kit.NewUserAsync("Floor " + surname, Role.Candidate);
        var firstStart = kit.Today.AddYears(-5).AddMonths(2); // ends in two months: inside the reminder window
        var oldNumber = await kit.CertificateAsync("Floor " + surname, "Deventer", firstStart, holderUserId: holderId);
        await kit.CompliantCeLogAsync(holderId);
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);

        // "Al wel CMC?": the recertification application.
        var applied = await candidate.PostFormAsync("/PersonCertification/Apply", new Dictionary<string, string> { ["Route"] = "Recertification", ["Town"] = "Deventer" });
        CmcTestKit.ShouldRedirectTo(applied, "/PersonCertification/Application/");
        var url = applied.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);

        // Step 1, the guided peer review: without participants it is refused and what was typed stays; then recorded.
        var heldOn = Iso(kit.Today.AddDays(-10));
        var noParticipants = await candidate.PostFormAsync(url, new Dictionary<string, string>
        {
            ["PeerReviewHeldOn"] = heldOn, ["PeerReviewFacilitator"] = "Karin Hofman", ["PeerReviewSummary"] = "Casus over een fusie besproken.",
        }, url + "?handler=PeerReview");
        noParticipants.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await noParticipants.ParseAsync();
        refusedPage.Text(".errors").ShouldContain("de begeleider en de deelnemers");
        refusedPage.QuerySelector("input[name=PeerReviewFacilitator]")!.GetAttribute("value").ShouldBe("Karin Hofman");
        CmcTestKit.ShouldRedirectTo(await candidate.PostFormAsync(url, new Dictionary<string, string>
        {
            ["PeerReviewHeldOn"] = heldOn, ["PeerReviewFacilitator"] = "Karin Hofman", ["PeerReviewParticipants"] = "Wim de Lange, Aisha Bouali",
            ["PeerReviewSummary"] = "Casus over een fusie besproken.",
        }, url + "?handler=PeerReview"), url);
        var reviewed = await kit.ApplicationAsync(id);
        reviewed.State.ShouldBe(CmcApplicationState.PeerReviewRecorded);
        reviewed.PeerReviewParticipants.ShouldBe("Wim de Lange, Aisha Bouali");
        (await candidate.GetPageAsync(url)).Text("dl").ShouldContain("Karin Hofman");

        // The dossier, its review (continuing education meets the rules), the invitation and the consent.
        foreach (var doc in DossierChecklist.Required(CmcRoute.Recertification, false))
        {
            CmcTestKit.ShouldRedirectTo(await CmcTestKit.UploadAsync(candidate, url, doc.Document, doc.Document + ".pdf", CmcTestKit.Pdf), url);
        }

        await CmcTestKit.StepAsync(candidate, url, "CompleteDossier");
        await CmcTestKit.StepAsync(candidate, url, "RequestReview");
        var backOffice = await app.As(Role.BackOffice);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string> { ["complete"] = "true" }, url + "?handler=Review"), url);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string>(), url + "?handler=Invite"), url);
        CmcTestKit.ShouldRedirectTo(await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Consent"] = "true" }, url + "?handler=RequestAssessment"), url);

        // Step 2, the assessment: planned, held on its day and reported.
        var assessmentDay = kit.Today.AddDays(14);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Plan.Assessor1"] = await kit.UserIdAsync("assessor@touchstone.example"), ["Plan.Assessor2"] = await kit.UserIdAsync("assessor2@touchstone.example"),
            ["Plan.Date"] = Iso(assessmentDay), ["Plan.StartTime"] = "13:00", ["Plan.VideoLink"] = "https://meet.example/cmc-hercertificering",
        }, url + "?handler=Plan"), url);
        app.AdvanceTo(assessmentDay);
        backOffice = await app.As(Role.BackOffice);
        var assessor = await app.As(Role.Assessor);
        await CmcTestKit.StepAsync(assessor, url, "RecordAssessmentHeld");
        CmcTestKit.ShouldRedirectTo(await assessor.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Advice"] = "Positive", ["AdviceMotivation"] = "Heeft zich de afgelopen periode aantoonbaar verder ontwikkeld.", ["ReportText"] = "Verslag hercertificering.",
        }, url + "?handler=Report"), url);

        // The decision renews the certificate: a new number and the next five-year period, from the day after the current one ends.
        var decider = await app.As(Role.DecisionMaker);
        CmcTestKit.ShouldRedirectTo(await decider.PostFormAsync(url, new Dictionary<string, string> { ["Outcome"] = "Granted" }, url + "?handler=Decide"), url);
        var granted = await kit.ApplicationAsync(id);
        granted.State.ShouldBe(CmcApplicationState.Granted);
        var newNumber = granted.CertificateNumber!;
        newNumber.ShouldNotBe(oldNumber);
        var oldEnd = firstStart.AddYears(5).AddDays(-1);
        var newStart = oldEnd.AddDays(1);
        var newEnd = newStart.AddYears(5).AddDays(-1);
        var renewed = await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcCertificateRecord>().AsNoTracking().SingleAsync(c => c.Number == newNumber));
        renewed.HolderUserId.ShouldBe(holderId);
        renewed.StartDate.ShouldBe(newStart);
        renewed.ValidUntil.ShouldBe(newEnd);

        // The register follows once back office registers it: the current certificate until its end, the renewed one after it.
        (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname.ToLowerInvariant())).Text("#register tbody").ShouldNotContain(newNumber);
        await CmcTestKit.StepAsync(backOffice, url, "Register");
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.Registered);
        var rows = (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname.ToLowerInvariant())).QuerySelectorAll("#register tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(2);
        // The renewed certificate does not start before the current one ends: publicly "not yet valid", with its first day.
        var renewedRow = rows.Single(r => r.Contains(newNumber, StringComparison.Ordinal));
        renewedRow.ShouldContain($"Nog niet geldig (geldig vanaf {Iso(newStart)})");
        renewedRow.ShouldNotContain("Actief");
        renewedRow.ShouldContain(Iso(newEnd));
        var oldRow = rows.Single(r => r.Contains(oldNumber, StringComparison.Ordinal));
        oldRow.ShouldContain("Actief");
        oldRow.ShouldContain(Iso(oldEnd));
        var verification = await app.Anonymous().GetPageAsync("/Public/Certificate/" + newNumber);
        verification.Text("#status").ShouldBe($"Nog niet geldig (geldig vanaf {Iso(newStart)})");
        verification.Text("#certificate").ShouldContain($"{Iso(newStart)} – {Iso(newEnd)}");
        (await app.Anonymous().GetPageAsync("/Public/Certificate/" + oldNumber)).Text("#status").ShouldBe("Actief");
        var json = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/public/certificates/" + newNumber);
        json.GetProperty("status").GetString().ShouldBe("not-yet-valid");
        json.GetProperty("validFrom").GetString().ShouldBe(Iso(newStart));
        json.GetProperty("statusSince").ValueKind.ShouldBe(JsonValueKind.Null);
        var listed = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/public/cmc-register?q=" + surname.ToLowerInvariant());
        listed.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("number").GetString()!, i => i.GetProperty("status").GetString())
            .ShouldBe(new Dictionary<string, string?> { [oldNumber] = "active", [newNumber] = "not-yet-valid" }, ignoreOrder: true);

        // Staff see in the expiry overview that the ending certificate has been renewed, and by which one.
        var overview = await backOffice.GetPageAsync("/PersonCertification/Certificates?Months=3");
        var overviewRow = overview.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains(oldNumber, StringComparison.Ordinal));
        overviewRow.QuerySelector(".renewal")!.TextContent.ShouldBe($"Vernieuwd: {newNumber}");

        // Renewed: the certificate that is ending no longer triggers recertification reminders.
        Task<int> RemindersAsync() => kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.CountAsync(m => m.To == email && m.Subject.Contains(oldNumber)));
        var before = await RemindersAsync();
        await kit.RunAsync(sp => sp.GetRequiredService<SendRecertificationRemindersHandler>().HandleAsync(new SendRecertificationReminders(), default));
        (await RemindersAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task TheExpiryOverviewMarksOnlyRenewedCertificatesAndRemindsOnlyTheOthers()
    {
        // CMC-reglement / issue 5 §6: reminders 6 and 3 months before expiry; a certificate already renewed needs none.
        var kit = Kit;
        var surname = "Grutto" + Guid.NewGuid().ToString("N")[..6];
        var (renewedHolder, renewedEmail) = await kit.NewUserAsync("Sanne " + surname, Role.Candidate);
        var (waitingHolder, waitingEmail) = await kit.NewUserAsync("Bram " + surname, Role.Candidate);
        var firstStart = kit.Today.AddYears(-5).AddMonths(2);
        var ending = await kit.CertificateAsync("Sanne " + surname, "Zwolle", firstStart, holderUserId: renewedHolder);
        var next = await kit.CertificateAsync("Sanne " + surname, "Zwolle", firstStart.AddYears(5), holderUserId: renewedHolder);
        var waiting = await kit.CertificateAsync("Bram " + surname, "Zwolle", firstStart, holderUserId: waitingHolder);

        var rows = (await (await app.As(Role.BackOffice)).GetPageAsync("/PersonCertification/Certificates?Months=3")).QuerySelectorAll("table tbody tr")
            .ToDictionary(r => r.QuerySelector("td")!.TextContent, r => r.QuerySelector(".renewal")!.TextContent);
        rows[ending].ShouldBe($"Vernieuwd: {next}");
        rows[waiting].ShouldBe("Nog niet vernieuwd");
        rows.ShouldNotContainKey(next); // ends in five years: outside the three months

        await kit.RunAsync(sp => sp.GetRequiredService<SendRecertificationRemindersHandler>().HandleAsync(new SendRecertificationReminders(), default));
        var mails = await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.AsNoTracking()
            .Where(m => m.To == renewedEmail || m.To == waitingEmail).Select(m => m.To + " " + m.Subject).ToListAsync());
        mails.ShouldHaveSingleItem().ShouldBe($"{waitingEmail} CMC: hercertificering / recertification ({waiting})");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[Collection(ClockCollection.Sqlite)]
public sealed class CmcAcpAndRecertificationRouteSqliteTests(SqliteClockApp app) : CmcAcpAndRecertificationRouteTests(app);

[Collection(ClockCollection.Postgres)]
public sealed class CmcAcpAndRecertificationRoutePostgresTests(PostgresClockApp app) : CmcAcpAndRecertificationRouteTests(app);
