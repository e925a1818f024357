using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.Domain.Accounts;

namespace Touchstone.App.Demo;

/// <summary>A part of the demo world contributed by one capability; runs after the foundation's part.</summary>
public interface IDemoContributor
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    Task SeedAsync(DemoContext demo, CancellationToken ct);
}

/// <summary>What contributors may use: the database and the demo accounts and organisations by key.</summary>
public sealed class DemoContext(TouchstoneDbContext db, IReadOnlyDictionary<string, User> users, IReadOnlyDictionary<string, Organisation> organisations)
{
    public TouchstoneDbContext Db { get; } = db;

    public IReadOnlyDictionary<string, User> Users { get; } = users;

    public IReadOnlyDictionary<string, Organisation> Organisations { get; } = organisations;
}

/// <summary>One demo account: its e-mail, name, roles and organisation key.</summary>
public sealed record DemoAccount(string Email, string DisplayName, Role PrimaryRole, string? Scheme = null, string? Organisation = null);

/// <summary>
/// Loads the Dutch demo world: the certification body and exam institute, a few organisations and one
/// account per role. Idempotent: running it again changes nothing.
/// </summary>
public sealed class DemoSeeder(
    TouchstoneDbContext db, UserManager<User> users, TimeProvider time, IEnumerable<IDemoContributor> contributors)
{
    public const string Password = "Touchstone-demo-2026";

    public static IReadOnlyList<(string Key, string Name, OrganisationKind Kind, string Town)> DemoOrganisations { get; } =
    [
        ("ciio", "CIIO Certificatie", OrganisationKind.CertificationBody, "Amersfoort"),
        ("cinses", "Cinses Examens", OrganisationKind.ExamInstitute, "Amersfoort"),
        ("ooa", "Orde van Organisatieadviseurs", OrganisationKind.RegisterHolder, "Utrecht"),
        ("atp-veld", "Veldkamp Academie", OrganisationKind.AtpInstitute, "Zwolle"),
        ("atp-horizon", "Horizon Adviesopleidingen", OrganisationKind.AtpInstitute, "Utrecht"),
        ("acp-delta", "Delta Advies", OrganisationKind.AcpPractice, "Rotterdam"),
        ("opleider-noord", "Opleidingscentrum Noord", OrganisationKind.TrainingProvider, "Groningen"),
        ("klant-zorg", "Zorggroep Rivierenland", OrganisationKind.ClientOrganisation, "Tiel"),
        ("klant-ingenieurs", "Van Dam Ingenieurs", OrganisationKind.ClientOrganisation, "Delft"),
    ];

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("kandidaat@touchstone.example", "Sanne de Vries", Role.Candidate),
        new("contactpersoon@touchstone.example", "Pieter Jansen", Role.OrganisationContact, Organisation: "acp-delta"),
        new("opleider@touchstone.example", "Fatima el Amrani", Role.TrainingProvider, Schemes.Lmp, "opleider-noord"),
        new("assessor@touchstone.example", "Henk Bakker", Role.Assessor, Schemes.Cmc),
        new("auditor@touchstone.example", "Ingrid Visser", Role.Auditor, Schemes.Maatstaf, "ciio"),
        new("corrector@touchstone.example", "Mohamed Yilmaz", Role.Marker, Schemes.Lmp),
        new("examinator@touchstone.example", "Els Mulder", Role.Examiner, Schemes.Lmp),
        new("constructeur@touchstone.example", "Bram Smit", Role.ConstructionTeamMember, Schemes.Lmp),
        new("examencommissie@touchstone.example", "Anouk Peters", Role.ExamCommitteeMember, Schemes.Lmp),
        new("visiteur@touchstone.example", "Joost Hendriks", Role.Visitor, Schemes.Lmp),
        new("beslisser@touchstone.example", "Marieke van Leeuwen", Role.DecisionMaker, Schemes.Cmc, "ciio"),
        new("directeur@touchstone.example", "Ruud Vermeulen", Role.Director, Organisation: "cinses"),
        new("backoffice@touchstone.example", "Lotte de Boer", Role.BackOffice, Organisation: "ciio"),
        new("beheerder@touchstone.example", "Kees van Dijk", Role.Administrator, Organisation: "ciio"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var organisations = new Dictionary<string, Organisation>();
        foreach (var (key, name, kind, town) in DemoOrganisations)
        {
            var org = await db.Set<Organisation>().FirstOrDefaultAsync(o => o.Name == name, ct);
            if (org is null)
            {
                org = new Organisation { Name = name, Kind = kind, Town = town };
                db.Add(org);
            }

            organisations[key] = org;
        }

        await db.Because("demo data").SaveChangesAsync(ct);

        var byKey = new Dictionary<string, User>();
        foreach (var account in Accounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new User
                {
                    UserName = account.Email,
                    Email = account.Email,
                    EmailConfirmed = true,
                    DisplayName = account.DisplayName,
                    CreatedAt = time.GetUtcNow(),
                    OrganisationId = account.Organisation is null ? null : organisations[account.Organisation].Id,
                };
                db.Because("demo data");
                var result = await users.CreateAsync(user, Password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
                }

                db.RoleGrants.Add(new RoleGrant
                {
                    UserId = user.Id, Role = account.PrimaryRole, Scheme = account.Scheme, GrantedAt = time.GetUtcNow(), GrantedBy = "seed",
                });
                await db.Because("demo data").SaveChangesAsync(ct);
            }

            byKey[account.PrimaryRole.ToString()] = user;
        }

        var context = new DemoContext(db, byKey, organisations);
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(context, ct);
        }
    }
}
