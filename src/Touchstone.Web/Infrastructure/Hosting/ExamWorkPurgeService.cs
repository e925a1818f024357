using Touchstone.App.Exams;

namespace Touchstone.Web.Infrastructure.Hosting;

/// <summary>
/// Once a day, deletes exam work past its retention (Examenreglement 10.3) with the same use case as the
/// <c>purge-expired</c> verb. Idempotent, so several web nodes may run it.
/// </summary>
public sealed partial class ExamWorkPurgeService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ExamWorkPurgeService> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRun, time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    var outcome = await scope.ServiceProvider.GetRequiredService<PurgeExpiredWorkHandler>().HandleAsync(stoppingToken);
                    LogPurged(outcome.Purged, outcome.HeldForObjection);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(e);
                }

                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Exam work purge: {Purged} purged, {Held} held for an open objection or appeal")]
    private partial void LogPurged(int purged, int held);

    [LoggerMessage(Level = LogLevel.Error, Message = "Exam work purge failed")]
    private partial void LogFailed(Exception exception);
}
