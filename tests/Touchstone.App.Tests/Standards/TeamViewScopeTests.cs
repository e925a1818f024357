using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Accounts;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Standards;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Tests.Standards;

/// <summary>
/// Issue 3, point 6 (team/department view for a manager): a back-office manager sees only the teams they manage (the
/// teams of the people they rate as manager); a director sees every team. Page, team filter and XLSX export alike.
/// </summary>
public abstract class TeamViewScopeTests(AppFixture app)
{
    private Task<T> Db<T>(Func<TouchstoneDbContext, Task<T>> work) =>
        app.Factory.InScopeAsync(sp => work(sp.GetRequiredService<TouchstoneDbContext>()));

    /// <summary>A new back-office user (a second manager beside the demo one), logged in.</summary>
    private async Task<(string Id, HttpClient Client)> NewManagerAsync()
    {
        var email = $"leidinggevende-{Guid.NewGuid():N}@touchstone.example";
        var id = await app.Factory.InScopeAsync(async sp =>
        {
            var user = new User { UserName = email, Email = email, DisplayName = "Leidinggevende " + email[15..21], EmailConfirmed = true };
            (await sp.GetRequiredService<UserManager<User>>().CreateAsync(user, DemoSeeder.Password)).Succeeded.ShouldBeTrue();
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = Role.BackOffice, GrantedBy = "test" });
            await db.SaveChangesAsync();
            return user.Id;
        });
        return (id, await WebTest.LoginAsync(app.Factory, email, DemoSeeder.Password));
    }

    /// <summary>Finalised manager assessments by <paramref name="manager"/> of new people in <paramref name="team"/>; returns their names.</summary>
    private async Task<string[]> RateTeamAsync(string manager, string team, int people)
    {
        var framework = (await app.Factory.InScopeAsync(sp => sp.GetRequiredService<GetFrameworkHandler>().FindAsync("vakvolwassenheid", "1.0", default)))!;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var names = Enumerable.Range(1, people).Select(p => $"Scope {tag} {p}").ToArray();
        await Db(async db =>
        {
            foreach (var name in names)
            {
                var a = Assessment.Start(framework, Guid.CreateVersion7(), SubjectKind.Person, "scope-" + name, Framework.LevelScaleCode, RaterRole.Manager, manager, "2026").Value;
                a.Rate(framework, manager, "T1.A", "basis").IsSuccess.ShouldBeTrue();
                a.TransitionTo(AssessmentState.Submitted, AssessmentActor.Rater, manager).IsSuccess.ShouldBeTrue();
                a.TransitionTo(AssessmentState.Finalised, AssessmentActor.Coordinator, manager).IsSuccess.ShouldBeTrue();
                var record = AssessmentRecord.From(a, name, "Leidinggevende", team, DateTimeOffset.UtcNow);
                record.FinalisedAt = DateTimeOffset.UtcNow;
                db.Add(record);
            }

            return await db.Because("test team for the team view's scope").SaveChangesAsync();
        });
        return names;
    }

    private static async Task<(string[] People, string[] Teams)> TeamPageAsync(HttpClient client, string? team = null)
    {
        var page = await client.GetPageAsync("/Assessments/Team?all=true" + (team is null ? string.Empty : "&team=" + Uri.EscapeDataString(team)));
        return (page.QuerySelectorAll("table.team thead th").Skip(1).Select(h => h.TextContent).ToArray(),
            page.QuerySelectorAll("select#team option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0).ToArray());
    }

    /// <summary>The people (column headers after "Item", "Omschrijving") of the XLSX export's heat map.</summary>
    private static async Task<string[]> ExportedPeopleAsync(HttpClient client, string? team = null)
    {
        var book = await XlsxContent.ReadAsync(await client.GetAsync("/Assessments/Team?handler=Xlsx" + (team is null ? string.Empty : "&team=" + Uri.EscapeDataString(team))));
        return book["Heatmap"][0][2..];
    }

    [Fact]
    public async Task AManagerSeesOnlyTheTeamsTheyManageOnThePageAndInTheExport()
    {
        var (managerB, clientB) = await NewManagerAsync();
        var teamB = "Team B " + Guid.NewGuid().ToString("N")[..6];
        var peopleB = await RateTeamAsync(managerB, teamB, 2);
        var unteamedB = await RateTeamAsync(managerB, string.Empty, 1); // no team label: seen by their own manager only
        var demoPeople = await Db(db => db.Set<AssessmentRecord>().Where(a => a.Team == DemoAssessments.Team && a.RaterRole == RaterRole.Manager)
            .Select(a => a.SubjectName).Distinct().ToArrayAsync());
        demoPeople.Length.ShouldBe(6);

        // Manager A (the demo back-office user, manager of the demo team) sees none of B's people or team.
        var managerA = await app.As(Role.BackOffice);
        var (peopleA, teamsA) = await TeamPageAsync(managerA);
        peopleA.ShouldNotContain(p => peopleB.Contains(p) || unteamedB.Contains(p));
        demoPeople.ShouldBeSubsetOf(peopleA);
        teamsA.ShouldContain(DemoAssessments.Team);
        teamsA.ShouldNotContain(teamB);
        (await TeamPageAsync(managerA, teamB)).People.ShouldBeEmpty(); // asking for B's team by name gives nothing
        (await ExportedPeopleAsync(managerA, teamB)).ShouldBeEmpty();
        (await ExportedPeopleAsync(managerA)).ShouldNotContain(p => peopleB.Contains(p) || unteamedB.Contains(p));
        (await ExportedPeopleAsync(managerA, DemoAssessments.Team)).ShouldBe(demoPeople, ignoreOrder: true);

        // Manager B sees their team and their unteamed person, not the demo team.
        var (seenByB, teamsSeenByB) = await TeamPageAsync(clientB);
        seenByB.ShouldBe(peopleB.Concat(unteamedB), ignoreOrder: true);
        teamsSeenByB.ShouldBe([teamB]);
        (await ExportedPeopleAsync(clientB)).ShouldBe(peopleB.Concat(unteamedB), ignoreOrder: true);
        (await ExportedPeopleAsync(clientB, DemoAssessments.Team)).ShouldBeEmpty();
        (await clientB.GetPageAsync("/Assessments/Team")).Text("#scope").ShouldContain("alleen de teams waarvan u leidinggevende bent");
    }

    [Fact]
    public async Task ADirectorSeesEveryTeam()
    {
        var (managerB, _) = await NewManagerAsync();
        var teamB = "Team B " + Guid.NewGuid().ToString("N")[..6];
        var peopleB = await RateTeamAsync(managerB, teamB, 2);
        var unteamedB = await RateTeamAsync(managerB, string.Empty, 1);

        var director = await app.As(Role.Director);
        var (people, teams) = await TeamPageAsync(director);
        teams.ShouldContain(DemoAssessments.Team);
        teams.ShouldContain(teamB);
        peopleB.Concat(unteamedB).Concat(["Ayla Demir", "Frank Hoekstra"]).ShouldBeSubsetOf(people);
        (await TeamPageAsync(director, teamB)).People.ShouldBe(peopleB, ignoreOrder: true);
        (await ExportedPeopleAsync(director, teamB)).ShouldBe(peopleB, ignoreOrder: true);
        (await director.GetPageAsync("/Assessments/Team")).Text("#scope").ShouldBe("U ziet alle teams (directie).");
    }
}

public sealed class TeamViewScopeSqliteTests(SqliteApp app) : TeamViewScopeTests(app);

public sealed class TeamViewScopePostgresTests(PostgresApp app) : TeamViewScopeTests(app);
