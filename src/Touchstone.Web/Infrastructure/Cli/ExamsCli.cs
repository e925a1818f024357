using Touchstone.App.Exams;

namespace Touchstone.Web.Infrastructure.Cli;

/// <summary><c>purge-expired</c>: deletes candidates' exam work six months after the exam (Examenreglement 10.3).</summary>
public sealed class ExamsCli : ICliModule
{
    public IEnumerable<CliVerb> Verbs =>
    [
        new("purge-expired", "Delete candidates' exam work six months after the exam, except while an objection or appeal is open or an inspection is requested or scheduled (Examenreglement 10.1, 10.3).", [], PurgeAsync),
    ];

    private static async Task<int> PurgeAsync(CliContext ctx, CancellationToken ct)
    {
        var outcome = await ctx.Services.GetRequiredService<PurgeExpiredWorkHandler>().HandleAsync(ct);
        await ctx.Output.WriteLineAsync($"Purged {outcome.Purged} item(s) of exam work; {outcome.HeldForObjection} held while an objection or appeal is open; {outcome.HeldForInspection} held while an inspection is pending.");
        return 0;
    }
}
