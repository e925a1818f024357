using Microsoft.EntityFrameworkCore;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record FixAnswerKey(Guid SessionId);

/// <summary>
/// After the comment period the committee fixes the final answer model (Examenreglement 8.8, 8.9, 12): the theory
/// scores of every imported sheet, provisional until now, become final, so the results can be released. The comment
/// period is the Cases configuration's term for comments, counted on the working-day calendar.
/// </summary>
public sealed class FixAnswerKeyHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<Result<int>> HandleAsync(FixAnswerKey cmd, CancellationToken ct)
    {
        var session = await db.Set<ExamSession>().FindAsync([cmd.SessionId], ct);
        if (session is null || LmpExam.ReadKey(session.AnswerKeyJson) is null)
        {
            return LmpExam.NotFound("The answer key");
        }

        var today = time.Today();
        var commentDeadline = CommentDeadline(session, calendar);
        var check = ResultIntegrity.CheckFixKey(session.AnswerKeyFixedOn, today, commentDeadline);
        if (!check.IsSuccess)
        {
            return Result<int>.Failure(check.Errors);
        }

        session.AnswerKeyFixedOn = today;
        var theory = await (from c in db.Set<ExamComponentResult>()
                            join r in db.Set<SessionRegistration>() on c.RegistrationId equals r.Id
                            where r.SessionId == session.Id && r.TheoryAnswers != null && c.Code == LmpExam.Theory && !c.IsFinal
                            select c).ToListAsync(ct);
        foreach (var component in theory)
        {
            component.IsFinal = true;
            component.FinalOn ??= today;
        }

        await db.Because($"final answer model fixed after the comment period (Examenreglement 8.9): {theory.Count} theory results final").SaveChangesAsync(ct);
        return theory.Count;
    }

    /// <summary>The last day of the comment period on the exam of <paramref name="session"/> (Examenreglement 12).</summary>
    public static DateOnly CommentDeadline(ExamSession session, WorkingDayCalendar calendar) =>
        CaseSchemes.DeadlinesFor(Schemes.Lmp, calendar).CommentDeadline(session.ExamDate);
}
