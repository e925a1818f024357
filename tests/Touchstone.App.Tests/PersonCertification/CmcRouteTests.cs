using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>The individual route through the pages, from the CRP form to the public register (seed 001 "Adviseur" steps 1-8, seed 000).</summary>
public abstract class CmcRouteTests(ClockApp app)
{
    [Fact]
    public async Task IndividualRouteRunsFromApplicationToRegisterEntry()
    {
        var kit = new CmcTestKit(app.Factory);
        var surname = "Zwaluw" + Guid.NewGuid().ToString("N")[..6];
        var (_, email) = await kit.NewUserAsync("Anna " + surname, Role.Candidate);
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);

        // 1. The CRP form.
        var applied = await candidate.PostFormAsync("/PersonCertification/Apply", new Dictionary<string, string> { ["Route"] = "Individual", ["Town"] = "Gouda" });
        CmcTestKit.ShouldRedirectTo(applied, "/PersonCertification/Application/");
        var url = applied.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);

        // 2-3. Dossier: a disguised file is refused with a clear message and the chosen type is kept; then the documents.
        var refused = await CmcTestKit.UploadAsync(candidate, url, DossierDocument.Contract, "contract.pdf", "MZ\u0090 not a pdf"u8.ToArray());
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await refused.ParseAsync();
        refusedPage.Text(".errors").ShouldContain("geen PDF-bestand");
        refusedPage.QuerySelector("#doc-type option[selected]")!.GetAttribute("value").ShouldBe("Contract");
        var checklist = (await candidate.GetPageAsync(url)).Text("table");
        checklist.ShouldContain("Persoonlijk ontwikkelverslag");

        var early = await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = "AcceptContract" }, url + "?handler=Step");
        CmcTestKit.ShouldRedirectTo(early, url);
        var incomplete = await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = "CompleteDossier" }, url + "?handler=Step");
        (await incomplete.ParseAsync()).Text(".errors").ShouldContain("Ontbreekt: Persoonlijk ontwikkelverslag");

        foreach (var doc in DossierChecklist.Required(CmcRoute.Individual, false))
        {
            CmcTestKit.ShouldRedirectTo(await CmcTestKit.UploadAsync(candidate, url, doc.Document, doc.Document + ".pdf", CmcTestKit.Pdf), url);
        }

        foreach (var step in new[] { "CompleteDossier", "RequestReview" })
        {
            CmcTestKit.ShouldRedirectTo(await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = step }, url + "?handler=Step"), url);
        }

        // 5-6. Back office: the dossier review, then the invitation.
        var backOffice = await app.As(Role.BackOffice);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string> { ["complete"] = "true" }, url + "?handler=Review"), url);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string>(), url + "?handler=Invite"), url);
        CmcTestKit.ShouldRedirectTo(await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Consent"] = "true" }, url + "?handler=RequestAssessment"), url);

        // Planning: too early is refused with the earliest date shown; what was typed stays.
        var henk = await kit.UserIdAsync("assessor@touchstone.example");
        var yvonne = await kit.UserIdAsync("assessor2@touchstone.example");
        var earliest = kit.Today.AddDays(14);
        Dictionary<string, string> Plan(DateOnly date) => new()
        {
            ["Plan.Assessor1"] = henk, ["Plan.Assessor2"] = yvonne, ["Plan.Date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Plan.StartTime"] = "10:00", ["Plan.Address"] = "CIIO, Stationsplein 1, Amersfoort",
        };
        var tooEarly = await backOffice.PostFormAsync(url, Plan(kit.Today.AddDays(7)), url + "?handler=Plan");
        tooEarly.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tooEarlyPage = await tooEarly.ParseAsync();
        tooEarlyPage.Text(".errors").ShouldContain("Het ontwikkelverslag moet 14 dagen vóór het assessment in het dossier zitten; vroegst mogelijke datum "
            + earliest.ToString("d-M-yyyy", CultureInfo.InvariantCulture) + ". (CMC-reglement: assessment (ontwikkelverslag minimaal 2 weken vooraf))");
        tooEarlyPage.Text("#earliest").ShouldContain(earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        tooEarlyPage.QuerySelector("input[name='Plan.Address']")!.GetAttribute("value").ShouldBe("CIIO, Stationsplein 1, Amersfoort");
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, Plan(earliest), url + "?handler=Plan"), url);

        var planned = await kit.ApplicationAsync(id);
        planned.State.ShouldBe(CmcApplicationState.AssessmentScheduled);
        planned.AssessmentEndTime.ShouldBe(new TimeOnly(11, 30));
        planned.ReportDueDate.ShouldBe(earliest.AddDays(14));
        var invitation = await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Outbox.Where(m => m.To == email && m.Body.Contains("Agenda")).SingleAsync());
        invitation.Body.ShouldContain("Introductie / Introduction");
        invitation.Body.ShouldContain("Verificatie identiteit");

        // On the planned day the assessors hold the assessment and report (the report term runs from that day).
        app.AdvanceTo(earliest);
        backOffice = await app.As(Role.BackOffice);
        var assessor = await app.As(Role.Assessor);
        CmcTestKit.ShouldRedirectTo(await assessor.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = "RecordAssessmentHeld" }, url + "?handler=Step"), url);
        CmcTestKit.ShouldRedirectTo(await assessor.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Advice"] = "Positive", ["AdviceMotivation"] = "Reflecteert helder op de eigen ontwikkeling.", ["ReportText"] = "Verslag.",
        }, url + "?handler=Report"), url);

        // 7. The decision-maker grants: a certificate for 5 years.
        var decider = await app.As(Role.DecisionMaker);
        CmcTestKit.ShouldRedirectTo(await decider.PostFormAsync(url, new Dictionary<string, string> { ["Outcome"] = "Granted" }, url + "?handler=Decide"), url);
        var granted = await kit.ApplicationAsync(id);
        granted.State.ShouldBe(CmcApplicationState.Granted);
        var number = granted.CertificateNumber!;
        number.ShouldStartWith($"CMC-{kit.Today.Year}-");

        // Not on the public register until back office registers it.
        (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname)).Text("#register tbody").ShouldNotContain(number);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = "Register" }, url + "?handler=Step"), url);
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.Registered);

        // 8. The public register and the verification page, with the PDF.
        var register = await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname.ToLowerInvariant()[..7]);
        register.Text("#register tbody").ShouldContain(number);
        register.Text("#register tbody").ShouldContain("Actief");
        var verification = await app.Anonymous().GetPageAsync("/Public/Certificate/" + number);
        verification.Text("#status").ShouldBe("Actief");
        verification.Text("#certificate").ShouldContain($"{kit.Today:yyyy-MM-dd} – {kit.Today.AddYears(5).AddDays(-1):yyyy-MM-dd}");
        verification.QuerySelector("figure.qr svg").ShouldNotBeNull();
        var pdf = await app.Anonymous().GetAsync($"/Public/Certificate/{number}?handler=Pdf");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        text.ShouldContain(number);
        text.ShouldContain("Status: actief / active");
        document.GetPage(1).GetImages().ShouldNotBeEmpty();

        // Every transition is in the audit trail with its reason.
        var audited = await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords
            .Where(r => r.EntityType == nameof(CmcApplicationRecord) && r.EntityId == id.ToString()).Select(r => r.Reason).ToListAsync());
        audited.ShouldContain("CMC decision: Granted");
        audited.ShouldContain("CMC assessment planned");
        audited.ShouldContain("CMC Register");
    }
}

[Collection(ClockCollection.Sqlite)]
public sealed class CmcRouteSqliteTests(SqliteClockApp app) : CmcRouteTests(app);

[Collection(ClockCollection.Postgres)]
public sealed class CmcRoutePostgresTests(PostgresClockApp app) : CmcRouteTests(app);
