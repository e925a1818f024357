using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Verification of one certificate by its number (public): holder, status today, validity.</summary>
public sealed record GetPublicCertificate(string Number);

/// <summary>
/// <see cref="Status"/> is the public status today (not yet valid before <see cref="ValidFrom"/>); <see cref="StatusChangedOn"/>
/// is the date of a suspension, withdrawal or expiry, null while active or not yet valid.
/// </summary>
public sealed record PublicCertificate(string Number, string Name, string Town, PublicCertificateStatus Status, DateOnly ValidFrom, DateOnly ValidUntil, string? StatusReason, DateOnly? StatusChangedOn);

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
        var status = PublicCertificateStatuses.On(c.Status, c.StartDate, c.ValidUntil, today);
        // Suspension and withdrawal reasons are internal; the public sees the status and its date.
        var since = status switch
        {
            PublicCertificateStatus.Active or PublicCertificateStatus.NotYetValid => (DateOnly?)null,
            // Expired by date (not yet recorded by the daily job): its last valid day, not an earlier suspension's date.
            PublicCertificateStatus.Expired when c.Status != CertificateStatus.Expired => c.ValidUntil,
            _ => c.StatusChangedOn ?? c.ValidUntil,
        };
        return new PublicCertificate(c.Number, c.HolderName, c.Town, status, c.StartDate, c.ValidUntil, null, since);
    }
}
