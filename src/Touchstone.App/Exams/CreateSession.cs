using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record CreateSession(
    string Code, DateOnly ExamDate, string Place, string? ExaminerUserId, int Capacity, int TheoryMinutes, int PracticalMinutes,
    DateOnly RegistrationDeadline, DateOnly PaymentDeadline, decimal Fee, TimeOnly StartsAt);

/// <summary>The director sets place, date, fee and deadlines of a session (Examenreglement 3.1 b, c, d, g).</summary>
public sealed class CreateSessionHandler(TouchstoneDbContext db)
{
    public async Task<Result<ExamSession>> HandleAsync(CreateSession cmd, CancellationToken ct)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(cmd.Code) || string.IsNullOrWhiteSpace(cmd.Place))
        {
            errors.Add(new("exams.session.required", "Code and place are required."));
        }

        if (cmd.Capacity < 1 || cmd.TheoryMinutes < 1 || cmd.PracticalMinutes < 1 || cmd.Fee < 0)
        {
            errors.Add(new("exams.session.numbers", "Capacity and durations must be positive and the fee cannot be negative."));
        }

        if (cmd.RegistrationDeadline >= cmd.ExamDate || cmd.PaymentDeadline >= cmd.ExamDate)
        {
            errors.Add(new("exams.session.deadlines", "The registration and payment deadlines fall before the exam date.", "Examenreglement 3.1 g"));
        }

        if (await db.Set<ExamSession>().AnyAsync(s => s.Code == cmd.Code, ct))
        {
            errors.Add(new("exams.session.duplicate", $"A session with code {cmd.Code} exists already.") { Args = [cmd.Code] });
        }

        if (cmd.ExaminerUserId is { Length: > 0 } examiner)
        {
            // Examenreglement 1 (Examinator): an examiner is independent of training institutes, declared before assignment.
            var statement = await IndependenceStatement.LatestAsync(db, examiner, ct);
            var independent = IndependenceRules.CheckAssignment(ExamFunction.Examiner, examiner, statement?.ToDomain());
            if (!independent.IsSuccess)
            {
                errors.AddRange(independent.Errors);
                db.RecordEvent(nameof(ExamSession), cmd.Code, "ExaminerAssignmentRefused", string.Join("; ", independent.Errors.Select(e => $"{e.Rule}: {e.Message}")));
                await db.SaveChangesAsync(ct);
            }
        }

        if (errors.Count > 0)
        {
            return Result<ExamSession>.Failure(errors);
        }

        var session = new ExamSession
        {
            Code = cmd.Code.Trim(), ExamDate = cmd.ExamDate, StartsAt = cmd.StartsAt, Place = cmd.Place.Trim(), ExaminerUserId = cmd.ExaminerUserId, Capacity = cmd.Capacity,
            TheoryMinutes = cmd.TheoryMinutes, PracticalMinutes = cmd.PracticalMinutes, RegistrationDeadline = cmd.RegistrationDeadline,
            PaymentDeadline = cmd.PaymentDeadline, Fee = cmd.Fee,
        };
        db.Add(session);
        await db.Because("exam session planned").SaveChangesAsync(ct);
        return session;
    }
}
