using System.CommandLine;
using Touchstone.App.PersonCertification;

namespace Touchstone.Web.Infrastructure.Cli;

/// <summary>CMC verbs: export the public register as CSV, send recertification reminders, record expiries.</summary>
public sealed class PersonCertificationCli : ICliModule
{
    private static readonly Argument<string?> OutputFile = new("file") { Description = "CSV file to write (default: standard output).", Arity = ArgumentArity.ZeroOrOne };

    public IEnumerable<CliVerb> Verbs =>
    [
        new("export-register", "Write the public CMC register as CSV.", [OutputFile], ExportAsync),
        new("send-reminders", "Queue the CMC reminders due today: recertification (6 and 3 months before expiry) and assessment reports (to the assessors), once each.", [], RemindAsync),
        new("expire-certificates", "Record the expiry of CMC certificates past their end date.", [], ExpireAsync),
    ];

    private static async Task<int> ExportAsync(CliContext ctx, CancellationToken ct)
    {
        var handler = ctx.Services.GetRequiredService<ExportCmcRegisterHandler>();
        var path = ctx.Parse.GetValue(OutputFile);
        if (string.IsNullOrEmpty(path))
        {
            await handler.HandleAsync(new ExportCmcRegister(ctx.Output), ct);
            return 0;
        }

        int count;
        await using (var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
        {
            count = await handler.HandleAsync(new ExportCmcRegister(file), ct);
        }

        await ctx.Output.WriteLineAsync($"Wrote {count} register entries to {path}.");
        return 0;
    }

    private static async Task<int> RemindAsync(CliContext ctx, CancellationToken ct)
    {
        var sent = await ctx.Services.GetRequiredService<SendRecertificationRemindersHandler>().HandleAsync(new SendRecertificationReminders(), ct);
        var reports = await ctx.Services.GetRequiredService<SendReportRemindersHandler>().HandleAsync(new SendReportReminders(), ct);
        await ctx.Output.WriteLineAsync($"Queued {sent} recertification reminder(s) and {reports} assessment report reminder(s).");
        return 0;
    }

    private static async Task<int> ExpireAsync(CliContext ctx, CancellationToken ct)
    {
        var expired = await ctx.Services.GetRequiredService<ExpireCertificatesHandler>().HandleAsync(new ExpireCertificates(), ct);
        await ctx.Output.WriteLineAsync($"Recorded the expiry of {expired} certificate(s).");
        return 0;
    }
}
