using System.Globalization;
using System.Net;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>The ATP graduate route through the pages (seed 001 "Certificeren? ATP" steps 1-6): diploma of a listed institute, then as the individual route.</summary>
public abstract class CmcAtpRouteTests(ClockApp app)
{
    [Fact]
    public async Task AtpGraduateRouteNeedsAListedInstituteAndTheDiplomaAndRunsToRegisterEntry()
    {
        var kit = new CmcTestKit(app.Factory);
        var surname = "Atp" + Guid.NewGuid().ToString("N")[..6];
        var (_, email) = await kit.NewUserAsync("Bram " + surname, Role.Candidate);
        var candidate = await WebTest.LoginAsync(app.Factory, email, CmcTestKit.Password);
        var diploma = kit.Today.AddMonths(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Step 4: an institute that is not on the ATP register (an ACP practice) is refused, and what was typed stays.
        var notAtp = await kit.OrganisationIdAsync("Delta Advies");
        var refused = await candidate.PostFormAsync("/PersonCertification/Apply", new Dictionary<string, string>
        {
            ["Route"] = "AtpGraduate", ["Town"] = "Zwolle", ["AtpInstituteId"] = notAtp.ToString(), ["DiplomaDate"] = diploma,
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await refused.ParseAsync();
        refusedPage.Text(".errors").ShouldContain("niet in het ATP-register");
        refusedPage.QuerySelector("input[name='Town']")!.GetAttribute("value").ShouldBe("Zwolle");

        var institute = await kit.OrganisationIdAsync("Veldkamp Academie");
        var applied = await candidate.PostFormAsync("/PersonCertification/Apply", new Dictionary<string, string>
        {
            ["Route"] = "AtpGraduate", ["Town"] = "Zwolle", ["AtpInstituteId"] = institute.ToString(), ["DiplomaDate"] = diploma,
        });
        CmcTestKit.ShouldRedirectTo(applied, "/PersonCertification/Application/");
        var url = applied.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/')[^1]);
        (await kit.ApplicationAsync(id)).Route.ShouldBe(CmcRoute.AtpGraduate);

        // The ATP diploma is required: without it the dossier is not complete.
        var required = DossierChecklist.Required(CmcRoute.AtpGraduate, false);
        required.ShouldContain(d => d.Document == DossierDocument.AtpDiploma);
        foreach (var doc in required.Where(d => d.Document != DossierDocument.AtpDiploma))
        {
            CmcTestKit.ShouldRedirectTo(await CmcTestKit.UploadAsync(candidate, url, doc.Document, doc.Document + ".pdf", CmcTestKit.Pdf), url);
        }

        CmcTestKit.ShouldRedirectTo(await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = "AcceptContract" }, url + "?handler=Step"), url);
        var incomplete = await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = "CompleteDossier" }, url + "?handler=Step");
        incomplete.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await incomplete.ParseAsync()).Text(".errors").ShouldContain("Ontbreekt");
        CmcTestKit.ShouldRedirectTo(await CmcTestKit.UploadAsync(candidate, url, DossierDocument.AtpDiploma, "diploma.pdf", CmcTestKit.Pdf), url);
        foreach (var step in new[] { "CompleteDossier", "RequestReview" })
        {
            CmcTestKit.ShouldRedirectTo(await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = step }, url + "?handler=Step"), url);
        }

        // Steps 5-6: review, invitation, assessment, report, decision and register entry, as on the individual route.
        var backOffice = await app.As(Role.BackOffice);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string> { ["complete"] = "true" }, url + "?handler=Review"), url);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string>(), url + "?handler=Invite"), url);
        CmcTestKit.ShouldRedirectTo(await candidate.PostFormAsync(url, new Dictionary<string, string> { ["Consent"] = "true" }, url + "?handler=RequestAssessment"), url);
        var assessmentDay = kit.Today.AddDays(14);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Plan.Assessor1"] = await kit.UserIdAsync("assessor@touchstone.example"), ["Plan.Assessor2"] = await kit.UserIdAsync("assessor2@touchstone.example"),
            ["Plan.Date"] = assessmentDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Plan.StartTime"] = "10:00",
            ["Plan.Address"] = "CIIO, Stationsplein 1, Amersfoort",
        }, url + "?handler=Plan"), url);
        app.AdvanceTo(assessmentDay);
        backOffice = await app.As(Role.BackOffice);
        var assessor = await app.As(Role.Assessor);
        CmcTestKit.ShouldRedirectTo(await assessor.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = "RecordAssessmentHeld" }, url + "?handler=Step"), url);
        CmcTestKit.ShouldRedirectTo(await assessor.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Advice"] = "Positive", ["AdviceMotivation"] = "Sterke reflectie.", ["ReportText"] = "Verslag ATP.",
        }, url + "?handler=Report"), url);
        CmcTestKit.ShouldRedirectTo(await (await app.As(Role.DecisionMaker)).PostFormAsync(url, new Dictionary<string, string> { ["Outcome"] = "Granted" }, url + "?handler=Decide"), url);
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = "Register" }, url + "?handler=Step"), url);

        var registered = await kit.ApplicationAsync(id);
        registered.State.ShouldBe(CmcApplicationState.Registered);
        (await app.Anonymous().GetPageAsync("/Public/Register?q=" + surname)).Text("#register tbody").ShouldContain(registered.CertificateNumber!);
    }
}

[Collection(ClockCollection.Sqlite)]
public sealed class CmcAtpRouteSqliteTests(SqliteClockApp app) : CmcAtpRouteTests(app);

[Collection(ClockCollection.Postgres)]
public sealed class CmcAtpRoutePostgresTests(PostgresClockApp app) : CmcAtpRouteTests(app);
