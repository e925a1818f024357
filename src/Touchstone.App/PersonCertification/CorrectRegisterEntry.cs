using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Common;

namespace Touchstone.App.PersonCertification;

/// <summary>Back office corrects the holder's name or town on a certificate (a new surname, a move); the register search follows.</summary>
public sealed record CorrectRegisterEntry(string Number, string Name, string Town, string Reason);

public sealed class CorrectRegisterEntryHandler(TouchstoneDbContext db)
{
    public async Task<Result> HandleAsync(CorrectRegisterEntry command, CmcActor actor, CancellationToken ct)
    {
        if (!actor.Has(Domain.PersonCertification.CmcRole.BackOffice))
        {
            return new DomainError("cmc.register.correct-not-allowed", "Only back office corrects a register entry.", "Certificeren? Adviseur stap 8");
        }

        var record = await db.Set<CmcCertificateRecord>().Include(c => c.Tokens).FirstOrDefaultAsync(c => c.Number == command.Number, ct);
        if (record is null)
        {
            return new DomainError("cmc.certificate.not-found", $"No certificate {command.Number}.") { Args = [command.Number] };
        }

        if (string.IsNullOrWhiteSpace(command.Name) || string.IsNullOrWhiteSpace(command.Town) || string.IsNullOrWhiteSpace(command.Reason))
        {
            return new DomainError("cmc.register.correction-incomplete", "A correction states the name, the town and the reason.", "Certificeren? Adviseur stap 8");
        }

        record.HolderName = command.Name.Trim();
        record.Town = command.Town.Trim();
        record.RefreshTokens();
        await db.Because($"CMC register entry {record.Number} corrected: {command.Reason.Trim()}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
