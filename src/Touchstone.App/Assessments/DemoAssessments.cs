using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Demo;
using Touchstone.App.Standards;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Assessments;

/// <summary>
/// Demo world for standards and assessments: imports the Maatstaf and the competency standard, gives Delta Advies
/// a self-evaluation and two audit cycles, and a team of six client managers self and manager assessments and a POP.
/// Idempotent: every part checks whether it is there already.
/// </summary>
public sealed class DemoAssessments(ImportFrameworkHandler import, GetFrameworkHandler frameworks, TimeProvider time) : IDemoContributor
{
    public const string Team = "Team Werk en Inkomen";
    public static readonly string[] Files = ["maatstaf-2016.yaml", "vakvolwassenheid.yaml"];

    public int Order => 20;

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var db = demo.Db;
        foreach (var file in Files)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "frameworks", file);
            var yaml = await File.ReadAllTextAsync(path, ct);
            var parsed = FrameworkLoader.Load(file, yaml);
            if (parsed.IsSuccess && !await db.Set<FrameworkVersion>().AnyAsync(f => f.Code == parsed.Value.Code && f.VersionLabel == parsed.Value.Version, ct))
            {
                var imported = await import.HandleAsync(new ImportFramework(file, yaml), ct);
                if (!imported.IsSuccess)
                {
                    throw new InvalidOperationException("Demo framework import failed: " + imported.Errors[0].Message);
                }
            }
        }

        var maatstaf = (await frameworks.FindAsync("maatstaf", "2016", ct))!;
        var standard = (await frameworks.FindAsync("vakvolwassenheid", "1.0", ct))!;
        await SeedOrganisationAsync(demo, maatstaf, ct);
        await SeedTeamAsync(demo, standard, ct);
    }

    private async Task SeedOrganisationAsync(DemoContext demo, Framework maatstaf, CancellationToken ct)
    {
        var db = demo.Db;
        var org = demo.Organisations["acp-delta"];
        var subject = org.Id.ToString();
        if (await db.Set<AssessmentRecord>().AnyAsync(a => a.SubjectId == subject && a.FrameworkCode == maatstaf.Code, ct))
        {
            return;
        }

        var contact = demo.Users[nameof(Role.OrganisationContact)];
        var auditor = demo.Users[nameof(Role.Auditor)];
        var requirements = maatstaf.AllRequirements().ToList();

        // Self-evaluation 2025: mostly in place, a weaker Partners cluster.
        var self = Assessment.Start(maatstaf, Guid.CreateVersion7(), SubjectKind.Organisation, subject, "zelfevaluatie", RaterRole.Self, contact.Id, "2025").Value;
        for (var i = 0; i < requirements.Count; i++)
        {
            var code = requirements[i].Code;
            var value = code.StartsWith('P') ? (i % 3 == 0 ? "1" : "2") : ((i * 7) % 10) switch { < 2 => "2", < 7 => "3", _ => "4" };
            self.Rate(maatstaf, contact.Id, code, value, value is "1" or "2" ? "Nog niet overal vastgelegd; plan volgt." : string.Empty);
        }

        self.TransitionTo(AssessmentState.Submitted, AssessmentActor.Rater, contact.Id);
        self.TransitionTo(AssessmentState.Finalised, AssessmentActor.Coordinator, auditor.Id);
        Add(demo, self, org.Name, contact.DisplayName, string.Empty);

        // Audit 2025 by the certification body, finalised; audit 2026 copied from it and partly revised.
        var audit = Assessment.Start(maatstaf, Guid.CreateVersion7(), SubjectKind.Organisation, subject, "zelfevaluatie", RaterRole.Auditor, auditor.Id, "2025").Value;
        var findings = new (string Code, string Type, string Position)[]
        {
            ("K1.1", "sterk", "De omgevingsanalyse wordt jaarlijks met de klantenraad besproken en leidt aantoonbaar tot koerswijzigingen."),
            ("K2.1", "observatie", "Leiderschap is zichtbaar in de teams; de vertaling naar meetbare doelen is nog impliciet."),
            ("P2.1", "minor", "Afspraken met ingehuurde derden zijn niet overal schriftelijk vastgelegd; twee van vijf dossiers misten een overeenkomst."),
            ("R1.1", "verbeterkans", "Klanttevredenheid wordt gemeten, maar de uitkomsten worden niet teruggekoppeld aan de teams."),
        };
        foreach (var requirement in requirements)
        {
            audit.Rate(maatstaf, auditor.Id, requirement.Code, requirement.Code.StartsWith('P') ? "2" : "3");
        }

        foreach (var (code, type, position) in findings)
        {
            audit.RecordFinding(maatstaf, auditor.Id, code, "bevinding", type,
                ["Hoe weet u dat dit werkt?", "Wat zou er gebeuren als u dit morgen niet meer deed?"], position);
        }

        audit.TransitionTo(AssessmentState.Submitted, AssessmentActor.Rater, auditor.Id);
        audit.TransitionTo(AssessmentState.Finalised, AssessmentActor.Coordinator, auditor.Id);
        Add(demo, audit, org.Name, auditor.DisplayName, string.Empty);

        var next = audit.CopyToNewCycle(Guid.CreateVersion7(), "2026", auditor.Id);
        next.Rate(maatstaf, auditor.Id, "P2.1", "3", "Overeenkomsten nu in alle gecontroleerde dossiers aanwezig.");
        next.RecordFinding(maatstaf, auditor.Id, "P2.1", "bevinding", "observatie", ["Welke dossiers heeft u zelf gecontroleerd?"],
            "De tekortkoming van 2025 is opgelost; borging via de kwartaalcontrole.");
        Add(demo, next, org.Name, auditor.DisplayName, string.Empty);
        await db.Because("demo data").SaveChangesAsync(ct);
    }

    private async Task SeedTeamAsync(DemoContext demo, Framework standard, CancellationToken ct)
    {
        var db = demo.Db;
        var manager = demo.Users[nameof(Role.BackOffice)];
        var hasher = new PasswordHasher<User>();
        var names = new[] { "Ayla Demir", "Bas Kramer", "Chantal Wouters", "Daan Verhoeven", "Esra Koç", "Frank Hoekstra" };
        var items = standard.RatableItems();
        for (var n = 0; n < names.Length; n++)
        {
            var email = $"klantmanager{n + 1}@touchstone.example";
            var user = await db.Users.FirstOrDefaultAsync(u => u.Email == email, ct);
            if (user is null)
            {
                user = new User
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true, DisplayName = names[n], CreatedAt = time.GetUtcNow(), SecurityStamp = Guid.NewGuid().ToString("N"),
                };
                user.PasswordHash = hasher.HashPassword(user, DemoSeeder.Password);
                db.Users.Add(user);
                db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = Role.Candidate, GrantedAt = time.GetUtcNow(), GrantedBy = "seed" });
                await db.Because("demo data").SaveChangesAsync(ct);
            }

            if (await db.Set<AssessmentRecord>().AnyAsync(a => a.SubjectId == user.Id && a.FrameworkCode == standard.Code, ct))
            {
                continue;
            }

            // Self-assessments are a little more generous than the manager's, as in real life.
            var self = Assessment.Start(standard, Guid.CreateVersion7(), SubjectKind.Person, user.Id, Framework.LevelScaleCode, RaterRole.Self, user.Id, "2026").Value;
            var boss = Assessment.Start(standard, Guid.CreateVersion7(), SubjectKind.Person, user.Id, Framework.LevelScaleCode, RaterRole.Manager, manager.Id, "2026").Value;
            for (var i = 0; i < items.Count; i++)
            {
                var level = Math.Clamp(((n * 5) + (i * 3)) % 7 / 2, 0, 3);
                var selfLevel = Math.Min(3, level + ((i + n) % 4 == 0 ? 1 : 0));
                self.Rate(standard, user.Id, items[i].Code, standard.LevelByNumber(selfLevel)!.Code);
                boss.Rate(standard, manager.Id, items[i].Code, standard.LevelByNumber(level)!.Code,
                    level < 2 ? "Bespreken in het volgende ontwikkelgesprek." : string.Empty);
            }

            foreach (var a in new[] { self, boss })
            {
                a.TransitionTo(AssessmentState.Submitted, AssessmentActor.Rater, a.RaterId);
                a.TransitionTo(AssessmentState.Finalised, AssessmentActor.Coordinator, manager.Id);
            }

            Add(demo, self, user.DisplayName, user.DisplayName, Team);
            var bossRecord = Add(demo, boss, user.DisplayName, manager.DisplayName, Team);

            if (n == 0)
            {
                var profile = TargetProfile.Proficient(standard).Value;
                var gaps = GapAnalysis.Compute(standard, boss, profile);
                var plan = new DevelopmentPlan { Id = Guid.CreateVersion7(), PersonId = user.Id, AssessmentId = boss.Id };
                var gapItems = gaps.Where(g => g.IsGap).Select(g => g.ItemCode).ToList();
                var goalId = Guid.CreateVersion7();
                plan.AddGoal(goalId, "Sterker in het intakegesprek", gapItems.Where(c => c.StartsWith("T1.", StringComparison.Ordinal)).DefaultIfEmpty(gapItems[0]).ToList(), gaps);
                plan.AddAction(Guid.CreateVersion7(), goalId, "Twee intakes samen voeren met een vakvolwassen collega", DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddMonths(2));
                var action2 = Guid.CreateVersion7();
                plan.AddAction(action2, goalId, "Training motiverende gespreksvoering volgen", DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddMonths(4));
                plan.SetStatus(action2, ActionStatus.InProgress);
                var record = new DevelopmentPlanRecord
                {
                    Id = plan.Id, PersonId = user.Id, AssessmentId = bossRecord.Id, ProfileName = TargetProfiles.Proficient, CreatedAt = time.GetUtcNow(),
                };
                record.CopyFrom(plan);
                db.Add(record);
            }

            await db.Because("demo data").SaveChangesAsync(ct);
        }
    }

    private AssessmentRecord Add(DemoContext demo, Assessment assessment, string subjectName, string raterName, string team)
    {
        var record = AssessmentRecord.From(assessment, subjectName, raterName, team, time.GetUtcNow());
        if (assessment.State != AssessmentState.Draft)
        {
            record.SubmittedAt = time.GetUtcNow();
        }

        if (assessment.State == AssessmentState.Finalised)
        {
            record.FinalisedAt = time.GetUtcNow();
        }

        demo.Db.Add(record);
        return record;
    }
}
