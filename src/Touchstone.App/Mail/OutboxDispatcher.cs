using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Touchstone.App.Data;

namespace Touchstone.App.Mail;

/// <summary>
/// Sends queued mail. Each node claims a batch by moving <see cref="OutboxMessage.ClaimedUntil"/> forward
/// under optimistic concurrency, so several nodes can run it against one database.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    private const int MaxAttempts = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), time);
        do
        {
            try
            {
                await DispatchOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDispatchFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends what is due now; returns the number sent.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TouchstoneDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
        var now = time.GetUtcNow();
        var due = await db.Outbox
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.CreatedAt)
            .Take(20)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        foreach (var m in due)
        {
            m.ClaimedUntil = now.AddMinutes(2);
        }

        try
        {
            await db.Because("outbox: claim for sending").SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0; // another node claimed them first
        }

        var sent = 0;
        foreach (var m in due)
        {
            m.Attempts++;
            try
            {
                await transport.SendAsync(m, cancellationToken);
                m.SentAt = time.GetUtcNow();
                m.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                m.LastError = ex.Message;
                LogSendFailed(m.Id, ex.Message);
            }

            m.ClaimedUntil = null;
        }

        await db.Because("outbox: delivery attempt").SaveChangesAsync(cancellationToken);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed")]
    private partial void LogDispatchFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending mail {MessageId} failed: {Error}")]
    private partial void LogSendFailed(Guid messageId, string error);
}
