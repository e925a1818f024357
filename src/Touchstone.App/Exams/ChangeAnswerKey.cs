using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="Apply">False: a dry run that only shows whose points and results would change.</param>
public sealed record ChangeAnswerKey(Guid SessionId, IReadOnlyList<KeyEdit> Edits, string Grounds, bool Apply);

/// <summary>
/// The committee accepts more answers or voids a question afterwards (Examenreglement 8.3, 8.9); the cut
/// score stays. Preview first, then apply: every sheet is rescored with the new key. Only while the answer model is
/// not yet final, and never so that a result already sent changes (<see cref="ResultIntegrity"/>).
/// </summary>
public sealed class ChangeAnswerKeyHandler(TouchstoneDbContext db)
{
    public async Task<Result<KeyChangePreview>> HandleAsync(ChangeAnswerKey cmd, CancellationToken ct)
    {
        var session = await db.Set<ExamSession>().FindAsync([cmd.SessionId], ct);
        if (session is null || LmpExam.ReadKey(session.AnswerKeyJson) is not { } key)
        {
            return LmpExam.NotFound("The answer key");
        }

        var fixedKey = ResultIntegrity.CheckKeyChange(session.AnswerKeyFixedOn);
        if (!fixedKey.IsSuccess)
        {
            return Result<KeyChangePreview>.Failure(fixedKey.Errors);
        }

        var registrations = await db.Set<SessionRegistration>().Include(r => r.Components)
            .Where(r => r.SessionId == session.Id && r.TheoryAnswers != null).ToListAsync(ct);
        var sheets = registrations.Select(r => new AnswerSheet(r.CandidateNumber, r.TheoryAnswers!)).ToList();
        var preview = TheoryMarking.Preview(LmpExam.TheoryScheme, key, new KeyChange(cmd.Edits, cmd.Grounds), sheets);
        if (!preview.IsSuccess)
        {
            return preview;
        }

        // A change that would rewrite a result already sent is refused, already in the preview (11.1, 14).
        var theoryName = LmpExam.Blueprint.Component(LmpExam.Theory).Name;
        var sent = preview.Value.PointsChanged
            .SelectMany(c => ResultIntegrity.CheckNotSent(c.CandidateNumber, theoryName, Theory(registrations, c.CandidateNumber).ResultSentOn).Errors).ToList();
        if (sent.Count > 0)
        {
            return Result<KeyChangePreview>.Failure(sent);
        }

        if (!cmd.Apply)
        {
            return preview;
        }

        session.AnswerKeyJson = LmpExam.WriteKey(preview.Value.NewKey);
        foreach (var change in preview.Value.PointsChanged)
        {
            var component = Theory(registrations, change.CandidateNumber);
            component.Points = change.NewPoints;
            component.Band = change.NewBand;
        }

        await db.Because($"answer key changed to v{preview.Value.NewKey.Version} (Examenreglement 8.3): {cmd.Grounds}").SaveChangesAsync(ct);
        return preview;
    }

    private static ExamComponentResult Theory(List<SessionRegistration> registrations, string candidateNumber) =>
        registrations.First(r => r.CandidateNumber == candidateNumber).Components.First(c => c.Code == LmpExam.Theory);
}
