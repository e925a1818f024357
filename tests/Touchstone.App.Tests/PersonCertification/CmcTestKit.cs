using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>Accounts, actors and a handler-driven path to "ready for planning", shared by the CMC tests.</summary>
internal sealed class CmcTestKit(TouchstoneFactory factory)
{
    public const string Password = "Welkom-2026-test";

    public static readonly byte[] Pdf = "%PDF-1.4\n% test document\n"u8.ToArray();

    public DateOnly Today => DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);

    public async Task<(string Id, string Email)> NewUserAsync(string name, Role role, string? scheme = null, Guid? organisationId = null, params (Role Role, string? Scheme)[] more)
    {
        var email = $"cmc-{Guid.NewGuid():N}@touchstone.example";
        var id = await factory.InScopeAsync(async sp =>
        {
            var user = new User { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, OrganisationId = organisationId };
            (await sp.GetRequiredService<UserManager<User>>().CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = role, Scheme = scheme, GrantedBy = "test" });
            foreach (var (r, s) in more)
            {
                db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = r, Scheme = s, GrantedBy = "test" });
            }

            await db.SaveChangesAsync();
            return user.Id;
        });
        return (id, email);
    }

    public Task<string> UserIdAsync(string email) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public Task<Guid> OrganisationIdAsync(string name) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<Organisations.Organisation>().Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static CmcActor Actor(string userId, params CmcRole[] roles) => new(userId, "test", roles.ToHashSet());

    public Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work) => factory.InScopeAsync(work);

    public Task<CmcApplicationRecord> ApplicationAsync(Guid id) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CmcApplicationRecord>().AsNoTracking().SingleAsync(a => a.Id == id));

    /// <summary>An individual application walked through the handlers up to "invited, consent given"; the development report added today.</summary>
    public async Task<(Guid ApplicationId, string CandidateId)> ReadyForPlanningAsync(string name, Guid? candidateEmployer = null)
    {
        var (id, candidateId, _) = await InvitedAsync(name, candidateEmployer);
        await Ok(sp => sp.GetRequiredService<RequestAssessmentHandler>().HandleAsync(new RequestAssessment(id, true), Actor(candidateId, CmcRole.Candidate), default));
        return (id, candidateId);
    }

    /// <summary>An individual application walked through the handlers up to "invited to the assessment", not yet requested (no consent).</summary>
    public async Task<(Guid ApplicationId, string CandidateId, string CandidateEmail)> InvitedAsync(string name, Guid? candidateEmployer = null)
    {
        var (id, candidateId, email) = await ReviewRequestedAsync(name, candidateEmployer);
        var bo = Actor(await UserIdAsync("backoffice@touchstone.example"), CmcRole.BackOffice);
        await Ok(sp => sp.GetRequiredService<ReviewDossierHandler>().HandleAsync(new ReviewDossier(id, true, []), bo, default));
        await Ok(sp => sp.GetRequiredService<InviteToAssessmentHandler>().HandleAsync(new InviteToAssessment(id), bo, default));
        return (id, candidateId, email);
    }

    /// <summary>Back office plans the assessment through the handler: the two assessors on <paramref name="date"/> at 14:00, by video.</summary>
    public async Task<Domain.Common.Result> PlanAsync(Guid id, string assessor1, string assessor2, DateOnly date)
    {
        var bo = Actor(await UserIdAsync("backoffice@touchstone.example"), CmcRole.BackOffice);
        return await factory.InScopeAsync(sp => sp.GetRequiredService<PlanAssessmentHandler>().HandleAsync(
            new PlanAssessment(id, assessor1, assessor2, date, new TimeOnly(14, 0), null, "https://video.example/cmc", false), bo, default));
    }

    /// <summary>An individual application walked through the handlers up to "review requested" (full dossier, contract accepted).</summary>
    public async Task<(Guid ApplicationId, string CandidateId, string CandidateEmail)> ReviewRequestedAsync(string name, Guid? candidateEmployer = null)
    {
        var (candidateId, email) = await NewUserAsync(name, Role.Candidate, organisationId: candidateEmployer);
        var candidate = Actor(candidateId, CmcRole.Candidate);
        var id = await factory.InScopeAsync(async sp =>
            (await sp.GetRequiredService<ApplyForCmcHandler>().HandleAsync(new ApplyForCmc(CmcRoute.Individual, "Gouda", null, null, false), candidate, default)).Value);
        foreach (var doc in DossierChecklist.Required(CmcRoute.Individual, false))
        {
            await Ok(sp => sp.GetRequiredService<AddDossierDocumentHandler>().HandleAsync(new AddDossierDocument(id, doc.Document, doc.Document + ".pdf", Pdf), candidate, default));
        }

        foreach (var step in new[] { CmcStep.AcceptContract, CmcStep.CompleteDossier, CmcStep.RequestReview })
        {
            await Ok(sp => sp.GetRequiredService<AdvanceCmcApplicationHandler>().HandleAsync(new AdvanceCmcApplication(id, step), candidate, default));
        }

        return (id, candidateId, email);
    }

    /// <summary>A certificate written straight to the database (5 years from <paramref name="start"/>), with its search rows; returns its number.</summary>
    public async Task<string> CertificateAsync(string holderName, string town, DateOnly start, CertificateStatus status = CertificateStatus.Active, bool registered = true, string? holderUserId = null)
    {
        var number = CertificateNumber.Format("CMC", 2020, Random.Shared.Next(100_000, 99_999_999));
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var c = new CmcCertificateRecord
            {
                Number = number, HolderUserId = holderUserId ?? Guid.NewGuid().ToString(), HolderName = holderName, Town = town, NameKey = "",
                StartDate = start, ValidUntil = start.AddYears(5).AddDays(-1), Status = status, RegisteredAt = registered ? factory.Time.GetUtcNow() : null,
            };
            c.RefreshTokens();
            db.Add(c);
            return await db.SaveChangesAsync();
        });
        return number;
    }

    /// <summary>
    /// A consultant of Delta Advies nominated by its contact, walked through the handlers up to "review complete" (the
    /// dossier with the nomination, continuing education that meets the rules: 14 hours at EQF 6 every four months); the
    /// practice claims the exemption from the assessment unless <paramref name="claimExemption"/> is false.
    /// </summary>
    public async Task<(Guid ApplicationId, string CandidateId)> AcpReviewCompleteAsync(string name, bool claimExemption = true)
    {
        var delta = await OrganisationIdAsync("Delta Advies");
        var (candidateId, email) = await NewUserAsync(name, Role.Candidate, organisationId: delta);
        await CompliantCeLogAsync(candidateId);
        var contactId = await UserIdAsync("contactpersoon@touchstone.example");
        var contact = new CmcActor(contactId, "test", new HashSet<CmcRole> { CmcRole.OrganisationContact }, delta);
        var id = await factory.InScopeAsync(async sp =>
            (await sp.GetRequiredService<NominateConsultantHandler>().HandleAsync(claimExemption
                ? new NominateConsultant(email, "Rotterdam", ExemptionGroundKind.EmployedByAcpPractice, "Arbeidsovereenkomst")
                : new NominateConsultant(email, "Rotterdam", null, null), contact, default)).Value);
        foreach (var doc in DossierChecklist.Required(CmcRoute.AcpNomination, claimExemption))
        {
            await Ok(sp => sp.GetRequiredService<AddDossierDocumentHandler>().HandleAsync(new AddDossierDocument(id, doc.Document, doc.Document + ".pdf", Pdf), contact, default));
        }

        await Ok(sp => sp.GetRequiredService<AdvanceCmcApplicationHandler>().HandleAsync(new AdvanceCmcApplication(id, CmcStep.AcceptContract), Actor(candidateId, CmcRole.Candidate), default));
        foreach (var step in new[] { CmcStep.CompleteDossier, CmcStep.RequestReview })
        {
            await Ok(sp => sp.GetRequiredService<AdvanceCmcApplicationHandler>().HandleAsync(new AdvanceCmcApplication(id, step), contact, default));
        }

        var bo = Actor(await UserIdAsync("backoffice@touchstone.example"), CmcRole.BackOffice);
        await Ok(sp => sp.GetRequiredService<ReviewDossierHandler>().HandleAsync(new ReviewDossier(id, true, []), bo, default));
        return (id, candidateId);
    }

    /// <summary>
    /// A continuing-education log that meets the rules (Bijlage Permanente Educatie: 120 hours in 5 years at EQF 6+, no gap over
    /// 12 months): 14 hours at EQF 6 every four months over the last five years, each with the organiser's statement.
    /// </summary>
    public Task<int> CompliantCeLogAsync(string userId) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            for (var day = Today.AddYears(-5).AddDays(20); day < Today; day = day.AddMonths(4))
            {
                db.Add(new CeActivityRecord
                {
                    UserId = userId, Title = "Leergang adviesvaardigheden", Start = day, End = day.AddDays(1), Amount = 14, Unit = CeUnit.Hours, EqfLevel = 6,
                    Category = CeCategory.SubjectOrSector, EvidenceKind = EvidenceKind.OrganiserStatement, EvidenceDate = day.AddDays(1), EvidenceHours = 14, AddedAt = factory.Time.GetUtcNow(),
                });
            }

            return await db.SaveChangesAsync();
        });

    /// <summary>Posts one step form of the application page (the Step handler) and expects the redirect back.</summary>
    public static async Task StepAsync(HttpClient client, string url, string step) =>
        ShouldRedirectTo(await client.PostFormAsync(url, new Dictionary<string, string> { ["Step"] = step }, url + "?handler=Step"), url);

    private async Task Ok(Func<IServiceProvider, Task<Domain.Common.Result>> work)
    {
        var result = await factory.InScopeAsync(work);
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors));
    }

    /// <summary>Posts a file to a page handler as a browser does (multipart, with the antiforgery token of the page).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string pageUrl, DossierDocument type, string fileName, byte[] content)
    {
        var page = await client.GetPageAsync(pageUrl);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(type.ToString()), "DocumentType" },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        return await client.PostAsync(pageUrl + "?handler=Upload", form);
    }

    public static void ShouldRedirectTo(HttpResponseMessage response, string path)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith(path);
    }
}
