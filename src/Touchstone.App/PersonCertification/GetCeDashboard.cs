using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>The CE log and dashboard of one consultant, over their current certificate's 5 years (or the 5 years up to today).</summary>
public sealed record GetCeDashboard(string UserId);

public sealed record CeView(CePeriod Period, IReadOnlyList<CeActivityRecord> Activities, CeDashboard Dashboard);

public sealed class GetCeDashboardHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<CeView> HandleAsync(GetCeDashboard query, CancellationToken ct)
    {
        var scheme = CmcSchemeFile.Current;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var period = await PeriodForAsync(db, query.UserId, today, scheme, ct);
        var activities = await db.Set<CeActivityRecord>().AsNoTracking()
            .Where(a => a.UserId == query.UserId)
            .OrderBy(a => a.Start).ThenBy(a => a.Title)
            .ToListAsync(ct);
        var dashboard = new ContinuingEducationRules(scheme).Evaluate(activities.Select(a => a.ToDomain()), period, today);
        return new CeView(period, activities, dashboard);
    }

    /// <summary>The current certificate's period; without one, the CE period ending today.</summary>
    public static async Task<CePeriod> PeriodForAsync(TouchstoneDbContext db, string userId, DateOnly today, CmcScheme scheme, CancellationToken ct)
    {
        var current = await db.Set<CmcCertificateRecord>().AsNoTracking()
            .Where(c => c.HolderUserId == userId && c.StartDate <= today && c.ValidUntil >= today
                        && (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.Suspended))
            .OrderByDescending(c => c.StartDate)
            .Select(c => new { c.StartDate, c.ValidUntil })
            .FirstOrDefaultAsync(ct);
        return current is null ? CePeriod.EndingOn(today, scheme) : new CePeriod(current.StartDate, current.ValidUntil);
    }
}
