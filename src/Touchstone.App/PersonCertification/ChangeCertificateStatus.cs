using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>The decision-maker suspends, reinstates or withdraws a certificate, always with a reason.</summary>
public sealed record ChangeCertificateStatus(string Number, CertificateStatus To, string? Reason);

public sealed class ChangeCertificateStatusHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer)
{
    public async Task<Result> HandleAsync(ChangeCertificateStatus command, CmcActor actor, CancellationToken ct)
    {
        var record = await db.Set<CmcCertificateRecord>().FirstOrDefaultAsync(c => c.Number == command.Number, ct);
        if (record is null)
        {
            return new DomainError("cmc.certificate.not-found", $"No certificate {command.Number}.") { Args = [command.Number] };
        }

        var role = actor.Has(CmcRole.DecisionMaker) ? CmcRole.DecisionMaker : actor.Roles.FirstOrDefault(CmcRole.Candidate);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var certificate = record.ToDomain(CmcSchemeFile.Current);
        var reason = command.Reason ?? "";
        var changed = command.To switch
        {
            CertificateStatus.Suspended => certificate.Suspend(actor.UserGuid, role, today, reason),
            CertificateStatus.Active => certificate.Reinstate(actor.UserGuid, role, today, reason),
            CertificateStatus.Withdrawn => certificate.Withdraw(actor.UserGuid, role, today, reason),
            _ => certificate.Expire(role, today),
        };
        if (!changed.IsSuccess)
        {
            return changed;
        }

        record.Status = certificate.Status;
        record.StatusReason = reason.Trim();
        record.StatusChangedOn = today;
        var holder = await db.Set<Accounts.User>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == record.HolderUserId, ct);
        if (holder?.Email is { } email)
        {
            // The mail is written in Dutch with English beside it, like the other CMC mails.
            var status = command.To switch
            {
                CertificateStatus.Active => "actief / active",
                CertificateStatus.Suspended => "geschorst / suspended",
                CertificateStatus.Withdrawn => "ingetrokken / withdrawn",
                _ => "verlopen / expired",
            };
            mailer.Queue(email, $"CMC-certificaat {record.Number}: {status}", $"Status: {status}. Reden / reason: {reason}");
        }

        await db.Because($"CMC certificate {record.Number} {command.To}: {reason}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
