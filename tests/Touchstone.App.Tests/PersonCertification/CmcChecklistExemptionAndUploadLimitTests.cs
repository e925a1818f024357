using System.Globalization;
using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;
using Touchstone.Web.Features.PersonCertification;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// Issue 5 §2 (a completeness checklist per route, visible to the candidate and staff), §1 (recertification: guided peer review,
/// then the assessment unless exempt) walked with the exemption, and "an oversized upload → a clear message".
/// </summary>
public abstract class CmcChecklistExemptionAndUploadLimitTests(AppFixture app)
{
    private CmcTestKit Kit => new(app.Factory);

    [Fact]
    public async Task BackOfficeSeesTheChecklistOfTheAtpRouteWithTheDiplomaRequiredInDutch()
    {
        // Seed 001 "Certificeren? ATP" stap 4: "Een voorwaarde is dat diploma/certificaat overlegd wordt".
        var (_, email) = await Kit.NewUserAsync("Iris Lijst" + Guid.NewGuid().ToString("N")[..6], Role.Candidate);
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var applied = await candidate.PostFormAsync("/PersonCertification/Apply", new Dictionary<string, string>
        {
            ["Route"] = "AtpGraduate", ["Town"] = "Zwolle", ["AtpInstituteId"] = (await Kit.OrganisationIdAsync("Veldkamp Academie")).ToString(),
            ["DiplomaDate"] = Iso(Kit.Today.AddMonths(-1)),
        });
        CmcTestKit.ShouldRedirectTo(applied, "/PersonCertification/Application/");
        var url = applied.Headers.Location!.OriginalString;
        var backOffice = await app.As(Role.BackOffice);

        var before = await ChecklistAsync(backOffice, url);
        before.Keys.ShouldBe(["Aanvraagformulier", "Contract", "Persoonlijk ontwikkelverslag", "Verklaringen PE-activiteiten", "ATP-diploma"]);
        before["ATP-diploma"].ShouldBe(("Het diploma of certificaat van het ATP-instituut. (Certificeren? ATP stap 4)", "Nee"));
        before["Aanvraagformulier"].Why.ShouldBe("Het CRP-aanvraagformulier. (Certificeren? Adviseur 1)");
        before.Values.ShouldAllBe(l => l.Present == "Nee");

        // The candidate uploads the diploma; back office sees it present, the rest still missing.
        CmcTestKit.ShouldRedirectTo(await CmcTestKit.UploadAsync(candidate, url, DossierDocument.AtpDiploma, "diploma.pdf", CmcTestKit.Pdf), url);
        var after = await ChecklistAsync(backOffice, url);
        after["ATP-diploma"].Present.ShouldBe("Ja");
        after.Where(l => l.Key != "ATP-diploma").ShouldAllBe(l => l.Value.Present == "Nee");
        (await ChecklistAsync(candidate, url)).ShouldBe(after); // the candidate sees the same checklist
    }

    [Fact]
    public async Task BackOfficeSeesTheChecklistOfTheIndividualRouteWithoutDiplomaOrEmploymentStatement()
    {
        // Seed 001 "Certificeren? Adviseur" 1-2: form and contract, then the development report and CE evidence (Bijlage Permanente Educatie).
        var (_, email) = await Kit.NewUserAsync("Olaf Lijst" + Guid.NewGuid().ToString("N")[..6], Role.Candidate);
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var applied = await candidate.PostFormAsync("/PersonCertification/Apply", new Dictionary<string, string> { ["Route"] = "Individual", ["Town"] = "Hoorn" });
        CmcTestKit.ShouldRedirectTo(applied, "/PersonCertification/Application/");
        var url = applied.Headers.Location!.OriginalString;
        CmcTestKit.ShouldRedirectTo(await CmcTestKit.UploadAsync(candidate, url, DossierDocument.DevelopmentReport, "verslag.pdf", CmcTestKit.Pdf), url);

        var list = await ChecklistAsync(await app.As(Role.BackOffice), url);

        list.Keys.ShouldBe(["Aanvraagformulier", "Contract", "Persoonlijk ontwikkelverslag", "Verklaringen PE-activiteiten"]);
        list["Contract"].ShouldBe(("Het ondertekende contract in het dossier. (Certificeren? Adviseur 2)", "Nee"));
        list["Persoonlijk ontwikkelverslag"].ShouldBe(("Het ontwikkelverslag dat de permanente educatie en de reflectie laat zien. (Bijlage Permanente Educatie)", "Ja"));
        list["Verklaringen PE-activiteiten"].Why.ShouldBe("Verklaringen (of eigen verklaringen met reden) voor de PE-activiteiten. (Bijlage Permanente Educatie)");
    }

    [Fact]
    public async Task RecertificationWithTheExemptionRunsFromThePeerReviewWithoutAssessmentToTheRenewedCertificate()
    {
        // Seed 001 "Al wel CMC? Hercertificering": 1 begeleide intervisie, 2 assessment — unless exempt (seed 000: vrijstelling bij
        // dienst- of werkverband met een ACP-bureau; CMC-reglement: vrijstelling).
        var kit = Kit;
        var surname = "Plevier" + Guid.NewGuid().ToString("N")[..6];
        var (holderId, email) = await kit.NewUserAsync("Noor " + surname, Role.Candidate);
        var firstStart = kit.Today.AddYears(-5).AddMonths(4);
        var oldNumber = await kit.CertificateAsync("Noor " + surname, "Leiden", firstStart, holderUserId: holderId);
        await kit.CompliantCeLogAsync(holderId);
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);

        var applied = await candidate.PostFormAsync("/PersonCertification/Apply", new Dictionary<string, string>
        {
            ["Route"] = "Recertification", ["Town"] = "Leiden", ["ClaimsExemption"] = "true",
        });
        CmcTestKit.ShouldRedirectTo(applied, "/PersonCertification/Application/");
        var url = applied.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);

        // Claiming the exemption puts the proof of the relation with the ACP practice on the checklist.
        (await ChecklistAsync(candidate, url)).Keys.ShouldBe(
            ["Huidig CMC-certificaat", "Verslag begeleide intervisie", "Persoonlijk ontwikkelverslag", "Verklaringen PE-activiteiten", "Verklaring dienstverband ACP-bureau"]);

        CmcTestKit.ShouldRedirectTo(await candidate.PostFormAsync(url, new Dictionary<string, string>
        {
            ["PeerReviewHeldOn"] = Iso(kit.Today.AddDays(-7)), ["PeerReviewFacilitator"] = "Karin Hofman", ["PeerReviewParticipants"] = "Wim de Lange, Aisha Bouali",
            ["PeerReviewSummary"] = "Intervisie over een reorganisatie.",
        }, url + "?handler=PeerReview"), url);
        foreach (var doc in DossierChecklist.Required(CmcRoute.Recertification, exemptionClaimed: true))
        {
            CmcTestKit.ShouldRedirectTo(await CmcTestKit.UploadAsync(candidate, url, doc.Document, doc.Document + ".pdf", CmcTestKit.Pdf), url);
        }

        (await ChecklistAsync(candidate, url)).Values.ShouldAllBe(l => l.Present == "Ja");
        await CmcTestKit.StepAsync(candidate, url, "CompleteDossier");
        await CmcTestKit.StepAsync(candidate, url, "RequestReview");
        var backOffice = await app.As(Role.BackOffice);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string> { ["complete"] = "true" }, url + "?handler=Review"), url);

        // Back office records the exemption: without evidence refused (input kept), then with the contract to a listed ACP practice.
        var delta = await kit.OrganisationIdAsync("Delta Advies");
        var page = await backOffice.GetPageAsync(url);
        page.QuerySelector("form[action*='handler=Exemption']").ShouldNotBeNull();
        page.QuerySelector("form[action*='handler=Invite']").ShouldNotBeNull(); // the assessment stays possible until exempted
        var noEvidence = await backOffice.PostFormAsync(url, new Dictionary<string, string>
        {
            ["ExemptionKind"] = "ContractedByAcpPractice", ["ExemptionPracticeId"] = delta.ToString(), ["ExemptionEvidence"] = "",
        }, url + "?handler=Exemption");
        noEvidence.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await noEvidence.ParseAsync();
        refused.Text(".errors").ShouldNotBeEmpty();
        refused.QuerySelector("select[name=ExemptionKind] option[selected]")!.GetAttribute("value").ShouldBe("ContractedByAcpPractice");
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.ReviewComplete);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string>
        {
            ["ExemptionKind"] = "ContractedByAcpPractice", ["ExemptionPracticeId"] = delta.ToString(), ["ExemptionEvidence"] = "Raamovereenkomst met Delta Advies 2024-2027",
        }, url + "?handler=Exemption"), url);
        var exempt = await kit.ApplicationAsync(id);
        exempt.State.ShouldBe(CmcApplicationState.ExemptFromAssessment);
        exempt.ExemptionKind.ShouldBe(ExemptionGroundKind.ContractedByAcpPractice);
        var exemptPage = await backOffice.GetPageAsync(url);
        exemptPage.Text("dl").ShouldContain("Raamovereenkomst met Delta Advies 2024-2027");
        exemptPage.QuerySelector("form[action*='handler=Invite']").ShouldBeNull(); // no assessment any more

        // An assessment can no longer be requested or planned; the decision-maker decides on the exemption.
        (await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Consent"] = "true" }, url + "?handler=RequestAssessment")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.ExemptFromAssessment);
        CmcTestKit.ShouldRedirectTo(await (await app.As(Role.DecisionMaker)).PostFormAsync(url, new Dictionary<string, string>
        {
            ["Outcome"] = "Granted", ["DecisionMotivation"] = "Vrijgesteld op grond van het contract; intervisie en permanente educatie in orde.",
        }, url + "?handler=Decide"), url);
        var granted = await kit.ApplicationAsync(id);
        granted.State.ShouldBe(CmcApplicationState.Granted);
        granted.AssessmentDate.ShouldBeNull();
        var newNumber = granted.CertificateNumber!;
        newNumber.ShouldNotBe(oldNumber);
        var newStart = firstStart.AddYears(5);
        var renewed = await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcCertificateRecord>().AsNoTracking().SingleAsync(c => c.Number == newNumber));
        (renewed.HolderUserId, renewed.StartDate, renewed.ValidUntil).ShouldBe((holderId, newStart, newStart.AddYears(5).AddDays(-1)));

        // Registered: the renewed certificate is on the public register, not yet valid until the current one has ended.
        await CmcTestKit.StepAsync(backOffice, url, "Register");
        var rows = (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname.ToLowerInvariant())).QuerySelectorAll("#register tbody tr")
            .ToDictionary(r => r.QuerySelectorAll("td")[2].TextContent, r => r.QuerySelector(".status")!.TextContent);
        rows.ShouldBe(new Dictionary<string, string> { [oldNumber] = "Actief", [newNumber] = $"Nog niet geldig (geldig vanaf {Iso(newStart)})" }, ignoreOrder: true);

        var steps = await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcStepEntry>().AsNoTracking()
            .Where(s => s.ApplicationId == id).OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => s.Step).ToListAsync());
        steps.ShouldBe([CmcStep.Apply, CmcStep.RecordPeerReview, CmcStep.CompleteDossier, CmcStep.RequestReview, CmcStep.MarkReviewComplete, CmcStep.GrantExemption, CmcStep.Grant, CmcStep.Register]);
    }

    [Fact]
    public async Task TheTooLargePageExplainsInDutchWhatToDo()
    {
        var page = await app.Anonymous().GetPageAsync("/Errors/413");

        page.Text("h1").ShouldBe("Bestand te groot");
        page.Text("#error-text").ShouldBe(
            $"Wat u verstuurde is te groot om te verwerken. Een document mag ten hoogste {UploadPolicy.Documents.MaxBytes / (1024 * 1024)} MB zijn. " +
            "Ga terug, kies een kleiner bestand (bijvoorbeeld een PDF met een lagere resolutie) en probeer het opnieuw.");
    }

    [Fact]
    public void TheDossierPageTakesRequestsWellAboveTheDocumentLimitSoTheLimitIsCheckedOnThePage()
    {
        var size = typeof(ApplicationModel).GetCustomAttribute<RequestSizeLimitAttribute>().ShouldNotBeNull();
        var form = typeof(ApplicationModel).GetCustomAttribute<RequestFormLimitsAttribute>().ShouldNotBeNull();
        RequestSizeLimits.UploadRequestBytes.ShouldBeGreaterThan(UploadPolicy.Documents.MaxBytes * 2);
        ((Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata)size).MaxRequestBodySize.ShouldBe(RequestSizeLimits.UploadRequestBytes);
        form.MultipartBodyLengthLimit.ShouldBe(RequestSizeLimits.UploadRequestBytes);
    }

    [Fact]
    public async Task AnUploadBeyondThePagesLimitGetsTheDutchTooLargePageAndNothingIsStored()
    {
        var (_, email) = await Kit.NewUserAsync("Gijs Zwaar", Role.Candidate);
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var applied = await candidate.PostFormAsync("/PersonCertification/Apply", new Dictionary<string, string> { ["Route"] = "Individual", ["Town"] = "Ede" });
        CmcTestKit.ShouldRedirectTo(applied, "/PersonCertification/Application/");
        var url = applied.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);

        var huge = new byte[RequestSizeLimits.UploadRequestBytes + 1];
        "%PDF-1.4\n"u8.CopyTo(huge);
        var response = await CmcTestKit.UploadAsync(candidate, url, DossierDocument.DevelopmentReport, "scan.pdf", huge);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var page = await response.ParseAsync();
        page.Text("h1").ShouldBe("Bestand te groot");
        page.Text("#error-text").ShouldContain("Een document mag ten hoogste 10 MB zijn.");
        (await Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcDossierDocumentRecord>().CountAsync(d => d.ApplicationId == id))).ShouldBe(0);
    }

    /// <summary>The checklist rows by document: why (reason and rule) and present (Ja/Nee), in page order.</summary>
    private static async Task<Dictionary<string, (string Why, string Present)>> ChecklistAsync(HttpClient client, string url) =>
        (await client.GetPageAsync(url)).QuerySelectorAll("#checklist tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .ToDictionary(c => c[0], c => (c[1], c[2]));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class CmcChecklistExemptionAndUploadLimitSqliteTests(SqliteApp app) : CmcChecklistExemptionAndUploadLimitTests(app);

public sealed class CmcChecklistExemptionAndUploadLimitPostgresTests(PostgresApp app) : CmcChecklistExemptionAndUploadLimitTests(app);
