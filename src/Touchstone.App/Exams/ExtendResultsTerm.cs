using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="Actor">Who sets it, from his roles: only the director may (<see cref="ExamAuthority.CheckResultsTerm"/>).</param>
public sealed record ExtendResultsTerm(Guid SessionId, DateOnly NewDueDate, string Reason, RegistrationActor Actor);

/// <summary>When the four weeks cannot be met the director sets a new term and tells the candidates (Examenreglement 9.1).</summary>
public sealed class ExtendResultsTermHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer, WorkingDayCalendar calendar)
{
    public async Task<Result> HandleAsync(ExtendResultsTerm cmd, CancellationToken ct)
    {
        var session = await db.Set<ExamSession>().FindAsync([cmd.SessionId], ct);
        if (session is null)
        {
            return LmpExam.NotFound("The session");
        }

        var authority = ExamAuthority.CheckResultsTerm(cmd.Actor);
        if (!authority.IsSuccess)
        {
            db.RecordEvent(nameof(ExamSession), session.Id.ToString(), "ResultsTermRefused", $"{cmd.Actor} may not set a new results term (Examenreglement 9.1)");
            await db.SaveChangesAsync(ct);
            return authority;
        }

        var today = time.Today();
        var extension = new ResultsTermExtension(cmd.NewDueDate, cmd.Reason ?? string.Empty, today, today);
        var check = ResultRules.CheckExtension(session.ExamDate, extension, calendar, LmpExam.Regulation);
        if (!check.IsSuccess)
        {
            return check;
        }

        session.ResultsTermExtendedTo = cmd.NewDueDate;
        session.ResultsTermReason = cmd.Reason!.Trim();
        session.ResultsTermSetOn = today;
        var emails = await (from r in db.Set<SessionRegistration>()
                            join c in db.Set<ExamCandidate>() on r.CandidateId equals c.Id
                            where r.SessionId == session.Id && r.State == RegistrationState.Completed
                            select new { c.Email, c.Name }).ToListAsync(ct);
        foreach (var e in emails)
        {
            mailer.Queue(e.Email, "Nieuwe termijn uitslag LMP-examen",
                $"Beste {e.Name},\n\nDe uitslag van het LMP-examen van {session.ExamDate:dd-MM-yyyy} volgt uiterlijk op {cmd.NewDueDate:dd-MM-yyyy}.\nReden: {session.ResultsTermReason}\n(Examenreglement 9.1)");
        }

        await db.Because($"new results term {cmd.NewDueDate:yyyy-MM-dd} (Examenreglement 9.1): {session.ResultsTermReason}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
