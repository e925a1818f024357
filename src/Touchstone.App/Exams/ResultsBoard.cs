using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record ResultsBoardRow(Guid SessionId, string Code, DateOnly ExamDate, DateOnly Due, bool Extended, int Candidates, int Final, int Sent, int WithheldForPayment, bool Overdue);

/// <summary>Which sessions owe results and by when (Examenreglement 9.1).</summary>
public sealed class ResultsBoardHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<IReadOnlyList<ResultsBoardRow>> HandleAsync(CancellationToken ct)
    {
        var today = time.Today();
        var sessions = await db.Set<ExamSession>().AsNoTracking().Where(s => s.ExamDate <= today).OrderByDescending(s => s.ExamDate).ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var registrations = await db.Set<SessionRegistration>().AsNoTracking().Include(r => r.Components)
            .Where(r => ids.Contains(r.SessionId) && r.State == RegistrationState.Completed).ToListAsync(ct);
        return [.. sessions.Select(s =>
        {
            var extension = s.ResultsTermExtendedTo is { } to ? new ResultsTermExtension(to, s.ResultsTermReason ?? string.Empty, s.ResultsTermSetOn ?? today, s.ResultsTermSetOn) : null;
            var due = ResultRules.ResultsDue(s.ExamDate, extension, calendar, LmpExam.Regulation);
            var mine = registrations.Where(r => r.SessionId == s.Id).ToList();
            var final = mine.Count(r => ReleaseResultsHandler.Overall(r).IsFinal);
            var sent = mine.Count(r => r.Components.All(c => c.ResultSentOn is not null));
            var withheld = mine.Count(r => ReleaseResultsHandler.Overall(r).IsFinal && !r.Paid && r.Components.Any(c => c.ResultSentOn is null));
            return new ResultsBoardRow(s.Id, s.Code, s.ExamDate, due, extension is not null, mine.Count, final, sent, withheld, sent < mine.Count && today > due);
        })];
    }
}
