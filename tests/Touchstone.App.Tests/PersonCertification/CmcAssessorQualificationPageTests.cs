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

/// <summary>
/// The assessors' qualification records on /PersonCertification/Assessors (seed 000 footnote 2: "CIIO bewaakt de kwaliteit van de
/// assessoren"; independent and impartial): employers and declared relations are saved, an unknown relation is refused with the
/// input kept, and what is saved is what planning checks (e-mail → account → qualification record → the independence check).
/// </summary>
public abstract class CmcAssessorQualificationPageTests(AppFixture app)
{
    private const string Page = "/PersonCertification/Assessors";

    private CmcTestKit Kit => new(app.Factory);

    [Fact]
    public async Task BackOfficeSavesEmployersAndDeclaredRelationsAndPlanningThenRefusesThatAssessorForTheCandidate()
    {
        var kit = Kit;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var assessorName = "Assessor Relatie " + suffix;
        var (assessorId, _) = await kit.NewUserAsync(assessorName, Role.Assessor, Schemes.Cmc);
        var delta = await kit.OrganisationIdAsync("Delta Advies");
        var (id, candidateId, candidateEmail) = await kit.InvitedAsync("Kandidaat Relatie " + suffix, candidateEmployer: delta);
        (await kit.RunAsync(sp => sp.GetRequiredService<RequestAssessmentHandler>().HandleAsync(new RequestAssessment(id, true), CmcTestKit.Actor(candidateId, CmcRole.Candidate), default)))
            .IsSuccess.ShouldBeTrue();
        var backOffice = await app.As(Role.BackOffice);
        var validUntil = kit.Today.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var unknown = $"onbekend-{suffix}@touchstone.example";
        List<KeyValuePair<string, string>> Form(string? until, string relations) =>
        [
            new("UserId", assessorId), new("TrainingCompletedOn", kit.Today.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("KnowsCmcScheme", "true"), new("ValidUntil", until ?? ""), new("EmployerIds", delta.ToString()), new("DeclaredRelations", relations),
        ];

        // Without the valid-until date: the Dutch message (from the resources), the relations typed kept.
        var noDate = await backOffice.PostFormAsync(Page, Form(null, candidateEmail));
        noDate.StatusCode.ShouldBe(HttpStatusCode.OK);
        var noDatePage = await noDate.ParseAsync();
        noDatePage.Text(".errors").ShouldContain("Kies de assessor en geef de geldigheidsdatum.");
        noDatePage.Text(".errors").ShouldNotContain("Choose the assessor");
        noDatePage.QuerySelector("input[name=DeclaredRelations]")!.GetAttribute("value").ShouldBe(candidateEmail);

        // A relation with an e-mail address no account has: refused, everything typed kept, nothing saved.
        var relations = $"{candidateEmail}, {unknown}";
        var refused = await backOffice.PostFormAsync(Page, Form(validUntil, relations));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await refused.ParseAsync();
        refusedPage.Text(".errors").ShouldContain($"Geen account met e-mailadres {unknown}.");
        refusedPage.QuerySelector("input[name=DeclaredRelations]")!.GetAttribute("value").ShouldBe(relations);
        refusedPage.QuerySelector("input[name=ValidUntil]")!.GetAttribute("value").ShouldBe(validUntil);
        refusedPage.QuerySelector("select[name=UserId] option[selected]")!.GetAttribute("value").ShouldBe(assessorId);
        refusedPage.QuerySelectorAll("select[name=EmployerIds] option[selected]").Select(o => o.GetAttribute("value")).ShouldBe([delta.ToString()]);
        (await ProfileAsync(assessorId)).ShouldBeNull();

        // Saved: the employer and the relation (the e-mail address resolved to the candidate's account), shown in the table.
        CmcTestKit.ShouldRedirectTo(await backOffice.PostFormAsync(Page, Form(validUntil, candidateEmail.ToUpperInvariant())), Page);
        var profile = (await ProfileAsync(assessorId))!;
        profile.EmployerIds.ShouldBe([delta]);
        profile.DeclaredRelationUserIds.ShouldBe([candidateId]);
        profile.ValidUntil.ShouldBe(kit.Today.AddYears(2));
        profile.KnowsCmcScheme.ShouldBeTrue();
        var row = (await backOffice.GetPageAsync(Page)).QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent == assessorName).TextContent;
        row.ShouldContain("Delta Advies");
        row.ShouldContain(candidateEmail);
        (await kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords
            .AnyAsync(r => r.Reason == "Assessor qualification record of " + assessorName))).ShouldBeTrue();

        // Planning this assessor for that candidate through the Plan form: refused for the shared employer and the declared relation.
        var url = "/PersonCertification/Application/" + id;
        var plan = await backOffice.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Plan.Assessor1"] = assessorId, ["Plan.Assessor2"] = await kit.UserIdAsync("assessor2@touchstone.example"),
            ["Plan.Date"] = kit.Today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Plan.StartTime"] = "10:00",
            ["Plan.VideoLink"] = "https://video.example/cmc",
        }, url + "?handler=Plan");
        plan.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = (await plan.ParseAsync()).QuerySelectorAll(".errors li").Select(li => li.TextContent.Trim()).ToList();
        errors.ShouldBe([
            $"{assessorName} heeft dezelfde werkgever als de kandidaat. (CMC-reglement: assessment (voetnoot 2: onafhankelijk))",
            $"{assessorName} heeft een relatie met de kandidaat gemeld. (CMC-reglement: assessment (voetnoot 2: onpartijdig))",
        ], ignoreOrder: true);
        (await kit.ApplicationAsync(id)).State.ShouldBe(CmcApplicationState.InvitedToAssessment);
    }

    private Task<AssessorProfile?> ProfileAsync(string userId) =>
        Kit.RunAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<AssessorProfile>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId));
}

public sealed class CmcAssessorQualificationPageSqliteTests(SqliteApp app) : CmcAssessorQualificationPageTests(app);

public sealed class CmcAssessorQualificationPagePostgresTests(PostgresApp app) : CmcAssessorQualificationPageTests(app);
