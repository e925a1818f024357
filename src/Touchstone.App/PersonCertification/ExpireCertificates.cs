using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// Records the expiry of certificates past their end date (daily). Pages and the register already show the
/// status computed from today; this makes the stored status and the audit trail agree.
/// </summary>
public sealed record ExpireCertificates;

public sealed class ExpireCertificatesHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<int> HandleAsync(ExpireCertificates command, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var due = await db.Set<CmcCertificateRecord>()
            .Where(c => c.ValidUntil < today && (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.Suspended))
            .ToListAsync(ct);
        foreach (var record in due)
        {
            var certificate = record.ToDomain(CmcSchemeFile.Current);
            if (certificate.Expire(CmcRole.Administrator, today).IsSuccess)
            {
                record.Status = CertificateStatus.Expired;
                record.StatusReason = "End of validity.";
                record.StatusChangedOn = today;
            }
        }

        await db.Because("CMC certificates past their end date").SaveChangesAsync(ct);
        return due.Count;
    }
}
