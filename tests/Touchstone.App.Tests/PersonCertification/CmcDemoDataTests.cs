using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// The CMC demo world (issue 5 point 8) on an app of its own, so only the demo data is counted: candidates on every route and
/// in every state, qualified assessors (and one whose record lapsed), a decision-maker, ACP and ATP organisations on the
/// register (one ATP institute delisted), certificates in every status, and continuing-education logs that meet and that
/// fail the rules (Bijlage Permanente Educatie).
/// </summary>
public abstract class CmcDemoDataTests(AppFixture app)
{
    [Fact]
    public async Task TheDemoDataHoldsEveryRouteStateRoleOrganisationAndCeOutcome()
    {
        AppFixture.SkipUnlessAvailable(app.Provider);
        await using var factory = new TouchstoneFactory(app.Provider);
        _ = factory.Server; // migrated and seeded
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var applications = await db.Set<CmcApplicationRecord>().AsNoTracking().Select(a => new { a.Route, a.State, a.CandidateUserId }).ToListAsync();
            applications.Select(a => a.Route).Distinct().Order().ShouldBe(Enum.GetValues<CmcRoute>());
            applications.Select(a => a.State).Distinct().Order().ShouldBe(Enum.GetValues<CmcApplicationState>());

            // Assessors with a qualification record: at least two valid today (an assessment needs two), one lapsed.
            var cmcAssessors = await db.RoleGrants.Where(g => g.Role == Role.Assessor && g.Scheme == Schemes.Cmc).Select(g => g.UserId).ToListAsync();
            var profiles = await db.Set<AssessorProfile>().AsNoTracking().Where(p => cmcAssessors.Contains(p.UserId)).ToListAsync();
            profiles.Count(p => p.ValidUntil >= today && p.KnowsCmcScheme && p.AssessmentTrainingCompletedOn is not null).ShouldBeGreaterThanOrEqualTo(CmcSchemeFile.Current.AssessorCount);
            profiles.ShouldContain(p => p.ValidUntil < today);
            (await db.RoleGrants.AnyAsync(g => g.Role == Role.DecisionMaker && g.Scheme == Schemes.Cmc)).ShouldBeTrue();

            // The ATP and ACP register: a listed and a delisted ATP institute, a listed ACP practice with a contact.
            var atp = await CmcLookups.RegisterAsync(db, OrganisationKind.AtpInstitute, default);
            atp.ShouldContain(e => e.IsListedOn(today));
            atp.ShouldContain(e => e.ListedUntil < today && !e.IsListedOn(today));
            var acp = await CmcLookups.RegisterAsync(db, OrganisationKind.AcpPractice, default);
            var listedPractices = acp.Where(e => e.IsListedOn(today)).Select(e => (Guid?)e.OrganisationId).ToList();
            listedPractices.ShouldNotBeEmpty();
            var contacts = db.RoleGrants.Where(g => g.Role == Role.OrganisationContact).Select(g => g.UserId);
            (await db.Users.Where(u => contacts.Contains(u.Id)).Select(u => u.OrganisationId).ToListAsync()).ShouldContain(o => listedPractices.Contains(o));

            // Certificates in every status, as the register shows them today.
            var certificates = await db.Set<CmcCertificateRecord>().AsNoTracking().ToListAsync();
            certificates.Select(c => c.StatusOn(today)).Distinct().Order().ShouldBe(Enum.GetValues<CertificateStatus>());

            // Seed 001 "Al wel CMC? Hercertificering": whoever is on the recertification route holds the certificate being renewed.
            var renewing = applications.Where(a => a.Route == CmcRoute.Recertification).Select(a => a.CandidateUserId).ToList();
            renewing.ShouldNotBeEmpty();
            renewing.ShouldAllBe(id => certificates.Any(c => c.HolderUserId == id && c.Status != CertificateStatus.Withdrawn));

            // Continuing-education logs: some candidates meet the rules, some do not (and the dashboard says why).
            var dashboards = new List<CeDashboard>();
            foreach (var candidate in applications.Select(a => a.CandidateUserId).Distinct())
            {
                dashboards.Add((await sp.GetRequiredService<GetCeDashboardHandler>().HandleAsync(new GetCeDashboard(candidate), default)).Dashboard);
            }

            dashboards.ShouldContain(d => d.IsCompliant);
            dashboards.ShouldContain(d => !d.IsCompliant && d.NotCounted.Count > 0 && d.GapProblem);
            return 0;
        });
    }
}

public sealed class CmcDemoDataSqliteTests(SqliteApp app) : CmcDemoDataTests(app);

public sealed class CmcDemoDataPostgresTests(PostgresApp app) : CmcDemoDataTests(app);
