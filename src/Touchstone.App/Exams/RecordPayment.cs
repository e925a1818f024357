using Touchstone.App.Data;
using Touchstone.Domain.Common;

namespace Touchstone.App.Exams;

public sealed record RecordPayment(Guid RegistrationId, bool Paid);

/// <summary>The back office records that the exam fee was paid (or corrects it).</summary>
public sealed class RecordPaymentHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(RecordPayment cmd, CancellationToken ct)
    {
        var (registration, _) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null)
        {
            return LmpExam.NotFound("The registration");
        }

        registration.Paid = cmd.Paid;
        registration.PaidOn = cmd.Paid ? time.Today() : null;
        await db.Because(cmd.Paid ? "exam fee received" : "payment corrected").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
