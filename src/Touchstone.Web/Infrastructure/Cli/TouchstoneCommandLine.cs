using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Audit;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.Web.Infrastructure.Hosting;

namespace Touchstone.Web.Infrastructure.Cli;

/// <summary>
/// The admin command line, in the same binary as the web app: <c>dotnet run --project src/Touchstone.Web -- &lt;verb&gt;</c>.
/// Each verb builds the same services as the web app (same configuration, same database).
/// </summary>
public static class TouchstoneCommandLine
{
    private static readonly List<CliVerb> Verbs =
    [
        new("migrate", "Apply the database migrations of the configured provider.", [], Migrate),
        new("seed", "Load the demo data (idempotent).", [], Seed),
        new("verify-audit", "Check the audit trail's hash chain and name the first broken record.", [], VerifyAudit),
    ];

    /// <summary>Capabilities add their verbs here at start-up (before <see cref="RunAsync"/>).</summary>
    public static void Register(CliVerb verb) => Verbs.Add(verb);

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" or "help" || VerbNames().Contains(args[0]));

    private static IEnumerable<string> VerbNames()
    {
        CliVerbs.EnsureRegistered();
        return Verbs.Select(v => v.Name);
    }

    public static async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder>? configure = null, TextWriter? output = null)
    {
        CliVerbs.EnsureRegistered();
        output ??= Console.Out;
        var root = new RootCommand("Touchstone: the certification body's system. Without a verb it starts the web app.");
        foreach (var verb in Verbs)
        {
            var command = new Command(verb.Name, verb.Description);
            foreach (var argument in verb.Arguments)
            {
                command.Arguments.Add(argument);
            }

            command.SetAction(async (parse, ct) =>
            {
                await using var app = TouchstoneHost.Build([], b =>
                {
                    b.Services.AddScoped<ICurrentActor>(_ => new FixedActor("cli:" + Environment.UserName, "command line (" + Environment.UserName + ")"));
                    configure?.Invoke(b);
                });
                using var scope = app.Services.CreateScope();
                return await verb.Run(new CliContext(scope.ServiceProvider, parse, output), ct);
            });
            root.Subcommands.Add(command);
        }

        var args2 = args.Length > 0 && args[0] == "help" ? ["--help"] : args;
        return await root.Parse(args2).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
    }

    private static async Task<int> Migrate(CliContext ctx, CancellationToken ct)
    {
        var db = ctx.Services.GetRequiredService<TouchstoneDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        await ctx.Services.GetRequiredService<App.PersonCertification.RebuildCmcRegisterIndexHandler>().HandleAsync(new App.PersonCertification.RebuildCmcRegisterIndex(), ct);
        await ctx.Output.WriteLineAsync($"Applied {pending.Count} migration(s); the database is up to date.");
        return 0;
    }

    private static async Task<int> Seed(CliContext ctx, CancellationToken ct)
    {
        await ctx.Services.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        await ctx.Output.WriteLineAsync("Demo data loaded.");
        return 0;
    }

    private static async Task<int> VerifyAudit(CliContext ctx, CancellationToken ct)
    {
        var db = ctx.Services.GetRequiredService<TouchstoneDbContext>();
        var verifier = new AuditVerifier(db);
        var (count, broken) = await verifier.VerifyAsync(ct);
        if (broken is null)
        {
            await ctx.Output.WriteLineAsync($"Audit trail intact: {count} record(s) verified.");
            return 0;
        }

        await ctx.Output.WriteLineAsync($"Audit trail BROKEN at record {broken.Sequence}: {broken.Problem}.");
        return 2;
    }
}

/// <summary>A verb of the command line.</summary>
public sealed record CliVerb(string Name, string Description, IReadOnlyList<Argument> Arguments, Func<CliContext, CancellationToken, Task<int>> Run);

public sealed record CliContext(IServiceProvider Services, ParseResult Parse, TextWriter Output);

/// <summary>A capability's verbs (import-framework, purge-expired, export-register, ...); found by reflection.</summary>
public interface ICliModule
{
    IEnumerable<CliVerb> Verbs { get; }
}

internal static class CliVerbs
{
    private static bool _registered;

    public static void EnsureRegistered()
    {
        if (_registered)
        {
            return;
        }

        _registered = true;
        foreach (var type in typeof(CliVerbs).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliModule).IsAssignableFrom(t)))
        {
            foreach (var verb in ((ICliModule)Activator.CreateInstance(type)!).Verbs)
            {
                TouchstoneCommandLine.Register(verb);
            }
        }
    }
}
