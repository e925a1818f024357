using Touchstone.App.Data;
using Touchstone.Domain.Common;

namespace Touchstone.App.Exams;

public sealed record IssueDuplicateStatement(Guid DiplomaId, string VerifyBaseUrl);

/// <summary>A lost diploma: a paid statement that it was obtained (Examenreglement 10.4); the diploma itself is never issued twice.</summary>
public sealed class IssueDuplicateStatementHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result<byte[]>> HandleAsync(IssueDuplicateStatement cmd, CancellationToken ct)
    {
        var diploma = await db.Set<Diploma>().FindAsync([cmd.DiplomaId], ct);
        if (diploma is null)
        {
            return LmpExam.NotFound("The diploma");
        }

        if (diploma.RevokedOn is not null)
        {
            return new DomainError("exams.diploma.revoked", "No statement is issued for a revoked diploma.", "Examenreglement 7.9");
        }

        diploma.DuplicateStatements++;
        await db.Because("statement for a lost diploma issued; administration fee charged (Examenreglement 10.4)").SaveChangesAsync(ct);
        return DiplomaDocument.Statement(diploma, time.Today(), DiplomaDocument.VerifyUrl(cmd.VerifyBaseUrl, diploma));
    }
}
