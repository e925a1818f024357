using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="DecidedAs">The capacity the person decides in, from his roles; null when he is neither director nor committee member (back office).</param>
public sealed record DecideAccommodation(Guid RegistrationId, bool Approve, AccommodationDecider? DecidedAs);

/// <summary>The director decides on extra time and aids; the committee on a medical request (Examenreglement 6.2, 4.8).</summary>
public sealed class DecideAccommodationHandler(TouchstoneDbContext db, ICurrentActor actor)
{
    public async Task<Result> HandleAsync(DecideAccommodation cmd, CancellationToken ct)
    {
        var (registration, _) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null || registration.AccommodationStatus is null || registration.AccommodationKind is not { } kind)
        {
            return LmpExam.NotFound("The request for a special arrangement");
        }

        var authority = ExamAuthority.CheckAccommodationDecider(kind, cmd.DecidedAs);
        if (!authority.IsSuccess)
        {
            db.RecordEvent(nameof(SessionRegistration), registration.Id.ToString(), "AccommodationDecisionRefused", $"{actor.Name}: not the one who decides (Examenreglement 6.2, 4.8)");
            await db.SaveChangesAsync(ct);
            return authority;
        }

        registration.AccommodationStatus = cmd.Approve ? AccommodationStatus.Approved : AccommodationStatus.Refused;
        registration.AccommodationDecidedBy = actor.Name;
        await db.Because(cmd.Approve ? "special arrangement approved" : "special arrangement refused").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
