using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Assessments;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;

namespace Touchstone.Bench;

/// <summary>
/// Team view of a department of client managers on SQLite: each person has 3 finalised assessments (self 2026,
/// manager 2025, manager 2026) of all 48 items of the competency standard. Measures the team-view page's data
/// computation (query + TeamView heat map, distribution and gap filter, through <see cref="GetTeamViewHandler"/>)
/// and the XLSX export. Options: --people N (default 500), --runs N (default 9), --seed N (default 2026).
/// </summary>
internal static class TeamViewScenario
{
    internal const string Team = "Afdeling Werk en Inkomen";

    /// <summary>The user id of the department's manager (rater of the manager assessments) in the handler-level scenario.</summary>
    internal const string Manager = "manager-1";

    public static int Run(string[] args)
    {
        var people = Option(args, "--people", 500);
        var runs = Option(args, "--runs", 9);
        var seed = Option(args, "--seed", 2026);
        var folder = Path.Combine(Path.GetTempPath(), "touchstone-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var connection = $"Data Source={Path.Combine(folder, "bench.db")}";
        try
        {
            return RunAsync(connection, people, runs, seed).GetAwaiter().GetResult();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static SqliteTouchstoneDbContext NewContext(string connection) =>
        new(new DbContextOptionsBuilder<SqliteTouchstoneDbContext>().UseSqlite(connection).Options);

    private static async Task<int> RunAsync(string connection, int people, int runs, int seed)
    {
        var yamlPath = Measure.FindUp(Path.Combine("frameworks", "vakvolwassenheid.yaml"));
        var framework = FrameworkLoader.Load("vakvolwassenheid.yaml", await File.ReadAllTextAsync(yamlPath)).Value;
        var generated = System.Diagnostics.Stopwatch.StartNew();
        await using (var db = NewContext(connection))
        {
            await db.Database.MigrateAsync();
            var imported = await new ImportFrameworkHandler(db, TimeProvider.System, FixedActor.System)
                .HandleAsync(new ImportFramework("vakvolwassenheid.yaml", await File.ReadAllTextAsync(yamlPath)), default);
            if (!imported.IsSuccess)
            {
                Console.Error.WriteLine(imported.Errors[0]);
                return 1;
            }

            Generate(db, framework, people, seed, Manager);
            await db.SaveChangesAsync();
        }

        Console.WriteLine($"Team view scenario: {people:N0} client managers × 3 finalised assessments × {framework.RatableItems().Count} items on SQLite; " +
                          $"generated and stored in {generated.ElapsedMilliseconds:N0} ms; seed {seed}");
        // The back-office manager of the department: the team view is scoped to the teams they manage (one extra query).
        var viewer = new AssessmentViewer(Manager, "Manager", new HashSet<Role> { Role.BackOffice }, null);
        var query = new TeamViewQuery(framework.Code, framework.Version, Team, RaterRole.Manager, Preset: TargetProfiles.Proficient);

        TeamViewResult Compute()
        {
            // A fresh context per request, as in the web app; the parsed framework is cached per process.
            using var db = NewContext(connection);
            var result = new GetTeamViewHandler(db, new GetFrameworkHandler(db)).HandleAsync(viewer, query, default).GetAwaiter().GetResult();
            return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Errors[0].ToString());
        }

        var sample = Compute();
        var gapCells = Enumerable.Range(0, sample.People.Count).Sum(p => Enumerable.Range(0, sample.Items.Count).Count(i => sample.IsGap(p, i)));
        Console.WriteLine($"people in view: {sample.People.Count:N0}; cells: {sample.People.Count * sample.Items.Count:N0}; gap cells (proficient): {gapCells:N0}");
        var page = Measure.Run("team view data (query + heat map + distribution + gaps)", 2, runs, () => Compute());
        var filtered = Measure.Run("team view data, one task (filter T3)", 2, runs, () =>
        {
            using var db = NewContext(connection);
            _ = new GetTeamViewHandler(db, new GetFrameworkHandler(db)).HandleAsync(viewer, query with { ItemGroup = "T3", Level = 2 }, default).GetAwaiter().GetResult();
        });
        byte[] book = [];
        var export = Measure.Run("XLSX export (compute + workbook)", 1, runs, () => book = AssessmentExports.TeamXlsx(Compute()));
        Console.WriteLine($"XLSX size: {book.Length / 1024.0:N0} KB");
        var ok = page.MedianMs < 300 && filtered.MedianMs < 300 && export.MedianMs < 2000;
        Console.WriteLine($"targets: page data under 300 ms -> {(page.MedianMs < 300 ? "met" : "NOT met")}; XLSX under 2000 ms -> {(export.MedianMs < 2000 ? "met" : "NOT met")}");
        return ok ? 0 : 1;
    }

    /// <summary>Generates the department; <paramref name="manager"/> is the user id rating the manager assessments (and finalising all).</summary>
    internal static void Generate(TouchstoneDbContext db, Framework framework, int people, int seed, string manager)
    {
        var random = new Random(seed);
        var items = framework.RatableItems();
        var now = DateTimeOffset.UtcNow;
        for (var p = 0; p < people; p++)
        {
            var person = $"person-{p:D5}";
            var name = $"Klantmanager {p + 1:D3}";
            var ability = random.Next(0, 4);
            foreach (var (role, rater, cycle) in new[] { (RaterRole.Self, person, "2026"), (RaterRole.Manager, manager, "2025"), (RaterRole.Manager, manager, "2026") })
            {
                var a = Assessment.Start(framework, Guid.CreateVersion7(), SubjectKind.Person, person, Framework.LevelScaleCode, role, rater, cycle).Value;
                foreach (var item in items)
                {
                    var level = Math.Clamp(ability + random.Next(-1, 2), 0, 3);
                    a.Rate(framework, rater, item.Code, framework.LevelByNumber(level)!.Code, level < 2 ? "aandachtspunt" : string.Empty);
                }

                a.TransitionTo(AssessmentState.Submitted, AssessmentActor.Rater, rater);
                a.TransitionTo(AssessmentState.Finalised, AssessmentActor.Coordinator, manager);
                var record = AssessmentRecord.From(a, name, role == RaterRole.Self ? name : "Manager", Team, now);
                record.FinalisedAt = now;
                db.Add(record);
            }
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
