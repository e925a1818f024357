using System.Globalization;
using Touchstone.App.Data;
using Touchstone.Domain.Common;

namespace Touchstone.App.Exams;

/// <param name="Fee">The administration fee the director set for a statement (Examenreglement 3.1 f, 10.4), charged to the applicant.</param>
public sealed record IssueDuplicateStatement(Guid DiplomaId, string VerifyBaseUrl, decimal Fee);

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

        if (cmd.Fee <= 0)
        {
            return new DomainError("exams.diploma.statement-fee", "A statement for a lost diploma is issued against the administration fee the director set; enter the fee charged.", "Examenreglement 10.4");
        }

        diploma.DuplicateStatements++;
        diploma.DuplicateStatementFees += cmd.Fee;
        await db.Because(string.Create(CultureInfo.InvariantCulture, $"statement for a lost diploma issued; administration fee of EUR {cmd.Fee:0.00} charged (Examenreglement 10.4)")).SaveChangesAsync(ct);
        return DiplomaDocument.Statement(diploma, time.Today(), cmd.Fee, DiplomaDocument.VerifyUrl(cmd.VerifyBaseUrl, diploma));
    }
}
