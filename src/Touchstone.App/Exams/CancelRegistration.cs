using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record CancelRegistration(Guid RegistrationId, RegistrationActor Actor, string? Reason);

/// <summary>
/// Written cancellation (Examenreglement 6.7): 40% back when at least 5 working days before the exam. The outcome is what this
/// registration gets back (of a fee paid) and still owes (of a fee not paid), as stored.
/// </summary>
public sealed class CancelRegistrationHandler(TouchstoneDbContext db, TimeProvider time, ICurrentActor actor, WorkingDayCalendar calendar)
{
    public async Task<Result<CancellationRefund>> HandleAsync(CancelRegistration cmd, CancellationToken ct)
    {
        var (registration, session) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null || session is null)
        {
            return LmpExam.NotFound("The registration");
        }

        var moved = LmpExam.Move(registration, session, RegistrationState.Cancelled, cmd.Actor, actor.Id, time.GetUtcNow(), cmd.Reason);
        if (!moved.IsSuccess)
        {
            return Result<CancellationRefund>.Failure(moved.Errors);
        }

        var today = time.Today();
        var refund = CancellationRefund.Compute(session.Fee, session.ExamDate, today, calendar, LmpExam.Regulation);
        registration.CancelledOn = today;
        registration.Refund = registration.Paid ? refund.Refund : 0m;
        registration.AmountDue = registration.Paid ? 0m : refund.Due;
        await db.Because($"registration cancelled (Examenreglement 6.7): refund {registration.Refund:0.00}").SaveChangesAsync(ct);

        // What this registration gets back and still owes: a refund only of a fee paid, the rest of an unpaid fee due.
        return refund with { Refund = registration.Refund.Value, Due = registration.AmountDue.Value };
    }
}
