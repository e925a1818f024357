using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Common;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// Daily: records the expiry of CMC certificates past their end date (the register follows) and queues the
/// recertification reminders due 6 and 3 months before expiry and the assessors' report reminders, each once — the verbs
/// <c>expire-certificates</c> and <c>send-reminders</c> do the same on demand.
/// </summary>
public sealed class RecertificationJob : IRecurringJob
{
    public string Name => "cmc-recertification";

    public TimeSpan FirstRunAfter => TimeSpan.FromMinutes(5);

    public TimeSpan Interval => TimeSpan.FromHours(24);

    public async Task<string> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var expired = await services.GetRequiredService<ExpireCertificatesHandler>().HandleAsync(new ExpireCertificates(), ct);
        var reminders = await services.GetRequiredService<SendRecertificationRemindersHandler>().HandleAsync(new SendRecertificationReminders(), ct);
        var reportReminders = await services.GetRequiredService<SendReportRemindersHandler>().HandleAsync(new SendReportReminders(), ct);
        return $"{expired} certificate(s) expired, {reminders} reminder(s) queued, {reportReminders} report reminder(s) queued";
    }
}
