using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Common;

namespace Touchstone.App.Exams;

/// <summary>Daily: deletes exam work past its retention (Examenreglement 10.3), as the <c>purge-expired</c> verb does.</summary>
public sealed class ExamWorkPurgeJob : IRecurringJob
{
    public string Name => "exam-work-purge";

    public TimeSpan FirstRunAfter => TimeSpan.FromMinutes(10);

    public TimeSpan Interval => TimeSpan.FromHours(24);

    public async Task<string> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var outcome = await services.GetRequiredService<PurgeExpiredWorkHandler>().HandleAsync(ct);
        return $"{outcome.Purged} purged, {outcome.HeldForObjection} held for an open objection or appeal, {outcome.HeldForInspection} held for a pending inspection";
    }
}
