using Touchstone.App.Cases;

namespace Touchstone.Web.Infrastructure.Cli;

/// <summary>Case verbs: remind staff of deadlines, tell people whose decision is overdue that an appeal is open; write the annual report.</summary>
public sealed class CasesCli : ICliModule
{
    private static readonly System.CommandLine.Argument<int> Year = new("year") { Description = "The year of receipt." };

    private static readonly System.CommandLine.Argument<string> Output = new("file") { Description = "Where to write the report (.pdf or .xlsx)." };

    public IEnumerable<CliVerb> Verbs =>
    [
        new("notify-overdue-cases", "Remind staff of case deadlines coming up, and tell each person whose objection or complaint is overdue that an appeal is open (once).", [], NotifyAsync),
        new("case-report", "Write the annual report on complaints and objections as PDF or XLSX.", [Year, Output], ReportAsync),
    ];

    private static async Task<int> NotifyAsync(CliContext ctx, CancellationToken ct)
    {
        var reminded = await ctx.Services.GetRequiredService<SendCaseRemindersHandler>().HandleAsync(ct);
        var told = await ctx.Services.GetRequiredService<NotifyOverdueCasesHandler>().HandleAsync(ct);
        await ctx.Output.WriteLineAsync($"{reminded} case(s) reminded to staff; {told} person(s) told that an appeal is open.");
        return 0;
    }

    private static async Task<int> ReportAsync(CliContext ctx, CancellationToken ct)
    {
        var year = ctx.Parse.GetValue(Year);
        var file = ctx.Parse.GetValue(Output)!;
        var reports = ctx.Services.GetRequiredService<AnnualCaseReportHandler>();
        var bytes = file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? await reports.XlsxAsync(year, ct) : await reports.PdfAsync(year, ct);
        await File.WriteAllBytesAsync(file, bytes, ct);
        await ctx.Output.WriteLineAsync($"Annual report {year} written to {file}.");
        return 0;
    }
}
