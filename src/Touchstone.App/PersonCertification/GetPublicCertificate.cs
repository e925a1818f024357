using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Verification of one certificate by its number (public): holder, status today, validity.</summary>
public sealed record GetPublicCertificate(string Number);

public sealed record PublicCertificate(string Number, string Name, string Town, CertificateStatus Status, DateOnly ValidFrom, DateOnly ValidUntil, string? StatusReason, DateOnly? StatusChangedOn);

public sealed class GetPublicCertificateHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<PublicCertificate?> HandleAsync(GetPublicCertificate query, CancellationToken ct)
    {
        var number = (query.Number ?? "").Trim().ToUpperInvariant();
        var c = await db.Set<CmcCertificateRecord>().AsNoTracking().FirstOrDefaultAsync(x => x.Number == number && x.RegisteredAt != null, ct);
        if (c is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var status = c.StatusOn(today);
        // Suspension and withdrawal reasons are internal; the public sees the status and its date.
        return new PublicCertificate(c.Number, c.HolderName, c.Town, status, c.StartDate, c.ValidUntil, null, status == CertificateStatus.Active ? null : c.StatusChangedOn ?? c.ValidUntil);
    }
}
