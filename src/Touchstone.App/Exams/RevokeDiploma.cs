using Touchstone.App.Data;
using Touchstone.Domain.Common;

namespace Touchstone.App.Exams;

public sealed record RevokeDiploma(Guid DiplomaId, string Reason);

/// <summary>The director revokes a diploma (Examenreglement 7.9); the public check then says "revoked".</summary>
public sealed class RevokeDiplomaHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(RevokeDiploma cmd, CancellationToken ct)
    {
        var diploma = await db.Set<Diploma>().FindAsync([cmd.DiplomaId], ct);
        if (diploma is null)
        {
            return LmpExam.NotFound("The diploma");
        }

        if (diploma.RevokedOn is not null)
        {
            return new DomainError("exams.diploma.revoked-already", $"Diploma {diploma.Number} was revoked on {diploma.RevokedOn:yyyy-MM-dd}.") { Args = [diploma.Number, diploma.RevokedOn] };
        }

        if (string.IsNullOrWhiteSpace(cmd.Reason))
        {
            return new DomainError("exams.diploma.reason", "A revocation needs its reason.", "Examenreglement 7.9");
        }

        diploma.RevokedOn = time.Today();
        diploma.RevocationReason = cmd.Reason.Trim();
        await db.Because("diploma revoked: " + diploma.RevocationReason).SaveChangesAsync(ct);
        return Result.Ok;
    }
}
