using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Common;

namespace Touchstone.App.Cases;

/// <summary>
/// Hourly: reminds the staff handling a case that its decision or answer is due soon (once per case and due
/// date), and tells people whose objection or complaint is overdue that an appeal is open to them, once
/// (the dossier's concurrency token keeps two nodes from telling them twice).
/// </summary>
public sealed class CaseDeadlineJob : IRecurringJob
{
    public string Name => "case-deadlines";

    public TimeSpan FirstRunAfter => TimeSpan.Zero;

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task<string> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var reminded = await services.GetRequiredService<SendCaseRemindersHandler>().HandleAsync(ct);
        var told = await services.GetRequiredService<NotifyOverdueCasesHandler>().HandleAsync(ct);
        return $"{reminded} case(s) reminded to staff, {told} person(s) told that an appeal is open";
    }
}
