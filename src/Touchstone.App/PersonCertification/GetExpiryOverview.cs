using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Staff overview: certificates by end date over the coming months (and the recent past, scheme data), with reminders sent and the status today.</summary>
public sealed record GetExpiryOverview(int Months = 12);

public sealed record ExpiryRow(string Number, string Name, DateOnly ValidUntil, CertificateStatus Status, string RemindersSent, bool RegisteredPublicly);

public sealed class GetExpiryOverviewHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<ExpiryRow>> HandleAsync(GetExpiryOverview query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var until = today.AddMonths(Math.Clamp(query.Months, 1, 60));
        var from = today.AddMonths(-CmcSchemeFile.Current.ExpiryOverviewMonthsBack);
        var rows = await db.Set<CmcCertificateRecord>().AsNoTracking()
            .Where(c => c.ValidUntil >= from && c.ValidUntil <= until)
            .OrderBy(c => c.ValidUntil).ThenBy(c => c.NameKey)
            .ToListAsync(ct);
        return rows.Select(c => new ExpiryRow(c.Number, c.HolderName, c.ValidUntil, c.StatusOn(today), c.RemindersSent, c.RegisteredAt is not null)).ToArray();
    }
}
