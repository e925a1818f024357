using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record SetAnswerKey(Guid SessionId, string Letters);

/// <summary>The committee sets the theory answer key before marking (Examenreglement 8.2, 8.3).</summary>
public sealed class SetAnswerKeyHandler(TouchstoneDbContext db)
{
    public async Task<Result> HandleAsync(SetAnswerKey cmd, CancellationToken ct)
    {
        var session = await db.Set<ExamSession>().FindAsync([cmd.SessionId], ct);
        if (session is null)
        {
            return LmpExam.NotFound("The session");
        }

        var fixedKey = ResultIntegrity.CheckKeyChange(session.AnswerKeyFixedOn);
        if (!fixedKey.IsSuccess)
        {
            return fixedKey;
        }

        var letters = (cmd.Letters ?? string.Empty).Trim().ToUpperInvariant();
        if (letters.Length == 0 || letters.Any(c => c is < 'A' or > 'Z'))
        {
            return new DomainError("exams.key.letters", "The key is one letter per question, e.g. ABCD...", "Examenreglement 8.3");
        }

        var key = AnswerKey.FromLetters(letters);
        var check = key.CheckAgainst(LmpExam.TheoryScheme);
        if (!check.IsSuccess)
        {
            return check;
        }

        session.AnswerKeyJson = LmpExam.WriteKey(key);
        await db.Because("theory answer key set").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
