using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Touchstone.App.Cases;

/// <summary>
/// Every hour: tells people whose objection or complaint is overdue that an appeal is open to them. Several
/// nodes may run it; the dossier's concurrency token makes sure each person is told once.
/// </summary>
public sealed partial class CaseDeadlineJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<CaseDeadlineJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var told = await scope.ServiceProvider.GetRequiredService<NotifyOverdueCasesHandler>().HandleAsync(stoppingToken);
                if (told > 0)
                {
                    LogNotified(told);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node told the same people first.
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Told {Count} people that an appeal is open because the decision is overdue.")]
    private partial void LogNotified(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The case deadline job failed; it runs again in an hour.")]
    private partial void LogFailed(Exception ex);
}
