using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// Staff overview: certificates by end date over the coming months (and the recent past, scheme data), with reminders sent,
/// the status today and, for a certificate already renewed, the certificate that takes over (no reminders go to it).
/// </summary>
public sealed record GetExpiryOverview(int Months = 12);

/// <summary><see cref="RenewedBy"/>: the number of the holder's later certificate that takes over after this one; null when not renewed.</summary>
public sealed record ExpiryRow(string Number, string Name, DateOnly ValidUntil, CertificateStatus Status, string RemindersSent, bool RegisteredPublicly, string? RenewedBy = null);

public sealed class GetExpiryOverviewHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<ExpiryRow>> HandleAsync(GetExpiryOverview query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var until = today.AddMonths(Math.Clamp(query.Months, 1, 60));
        var from = today.AddMonths(-CmcSchemeFile.Current.ExpiryOverviewMonthsBack);
        var certificates = db.Set<CmcCertificateRecord>().AsNoTracking();
        // Renewed: like the reminders (SendRecertificationReminders), a later active certificate of the same holder that ends after it.
        var rows = await certificates
            .Where(c => c.ValidUntil >= from && c.ValidUntil <= until)
            .OrderBy(c => c.ValidUntil).ThenBy(c => c.NameKey)
            .Select(c => new
            {
                Certificate = c,
                RenewedBy = certificates.Where(n => n.HolderUserId == c.HolderUserId && n.Status == CertificateStatus.Active && n.ValidUntil > c.ValidUntil)
                    .OrderBy(n => n.StartDate).Select(n => n.Number).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ExpiryRow(r.Certificate.Number, r.Certificate.HolderName, r.Certificate.ValidUntil, r.Certificate.StatusOn(today),
            r.Certificate.RemindersSent, r.Certificate.RegisteredAt is not null, r.RenewedBy)).ToArray();
    }
}
