using System.CommandLine;
using Touchstone.App.Standards;
using Touchstone.Domain.Standards;

namespace Touchstone.Web.Infrastructure.Cli;

/// <summary><c>import-framework &lt;file&gt;</c> and <c>export-framework &lt;code&gt; &lt;version&gt;</c>.</summary>
public sealed class StandardsCli : ICliModule
{
    private static readonly Argument<string> File = new("file") { Description = "The framework data file (YAML)." };
    private static readonly Argument<string> Code = new("code") { Description = "Framework code, e.g. maatstaf." };
    private static readonly Argument<string> Version = new("version") { Description = "Framework version, e.g. 2016." };

    public IEnumerable<CliVerb> Verbs =>
    [
        new("import-framework", "Validate a framework data file and import it as a new version (nothing is imported when the file has errors).", [File], ImportAsync),
        new("export-framework", "Write a stored framework version as YAML to standard output.", [Code, Version], ExportAsync),
    ];

    private static async Task<int> ImportAsync(CliContext ctx, CancellationToken ct)
    {
        var path = ctx.Parse.GetValue(File)!;
        if (!System.IO.File.Exists(path))
        {
            await ctx.Output.WriteLineAsync($"File not found: {path}");
            return 1;
        }

        var yaml = await System.IO.File.ReadAllTextAsync(path, ct);
        var result = await ctx.Services.GetRequiredService<ImportFrameworkHandler>().HandleAsync(new ImportFramework(Path.GetFileName(path), yaml), ct);
        if (!result.IsSuccess)
        {
            await ctx.Output.WriteLineAsync($"Refused: {path} was not imported ({result.Errors.Count} problem(s)):");
            foreach (var error in result.Errors)
            {
                await ctx.Output.WriteLineAsync("  " + error.Message);
            }

            return 1;
        }

        await ctx.Output.WriteLineAsync($"Imported {result.Value.Key}: {result.Value.Title}.");
        return 0;
    }

    private static async Task<int> ExportAsync(CliContext ctx, CancellationToken ct)
    {
        var framework = await ctx.Services.GetRequiredService<GetFrameworkHandler>()
            .FindAsync(ctx.Parse.GetValue(Code)!, ctx.Parse.GetValue(Version)!, ct);
        if (framework is null)
        {
            await ctx.Output.WriteLineAsync("No such framework version.");
            return 1;
        }

        await ctx.Output.WriteAsync(FrameworkExporter.ToYaml(framework));
        return 0;
    }
}
