using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Touchstone.App.Common;

/// <summary>
/// Scheduled work: a use case run every <see cref="Interval"/>. Each job is idempotent and guarded by the
/// database (concurrency tokens, "sent once" markers), so several web nodes may run it side by side.
/// The same use cases are available as command-line verbs for cron-style operation.
/// </summary>
public interface IRecurringJob
{
    string Name { get; }

    TimeSpan FirstRunAfter { get; }

    TimeSpan Interval { get; }

    /// <summary>Does one round of the work; returns a short summary for the log.</summary>
    Task<string> RunAsync(IServiceProvider services, CancellationToken ct);
}

/// <summary>Runs every registered <see cref="IRecurringJob"/> on its own schedule, on the injected clock.</summary>
public sealed partial class RecurringJobRunner(
    IEnumerable<IRecurringJob> jobs, IServiceScopeFactory scopes, TimeProvider time, ILogger<RecurringJobRunner> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(jobs.Select(job => LoopAsync(job, stoppingToken)));

    /// <summary>One round of one job, in its own scope (used by the loop and by tests).</summary>
    public async Task<string?> RunOnceAsync(IRecurringJob job, CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var summary = await job.RunAsync(scope.ServiceProvider, ct);
            LogRan(job.Name, summary);
            return summary;
        }
        catch (DbUpdateConcurrencyException)
        {
            LogRaced(job.Name); // another node did the same work first
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex, job.Name);
            return null;
        }
    }

    private async Task LoopAsync(IRecurringJob job, CancellationToken ct)
    {
        try
        {
            await Task.Delay(job.FirstRunAfter, time, ct);
            while (!ct.IsCancellationRequested)
            {
                await RunOnceAsync(job, ct);
                await Task.Delay(job.Interval, time, ct);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job}: {Summary}")]
    private partial void LogRan(string job, string summary);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Scheduled job {Job}: another node was first")]
    private partial void LogRaced(string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed; it runs again at its next interval")]
    private partial void LogFailed(Exception ex, string job);
}
