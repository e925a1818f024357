using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="At">The moment of the inspection.</param>
public sealed record ScheduleInspection(Guid RequestId, DateTimeOffset At);

/// <summary>
/// The back office or the director plans (or moves) a requested inspection (Examenreglement 10.1: Cinses decides how;
/// always at its office in The Hague) and tells the candidate by mail.
/// </summary>
public sealed class ScheduleInspectionHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer, ICurrentActor actor)
{
    public async Task<Result> HandleAsync(ScheduleInspection cmd, CancellationToken ct)
    {
        var found = await InspectionLookup.LoadAsync(db, cmd.RequestId, ct);
        if (found is not (var request, var registration, var candidate))
        {
            return LmpExam.NotFound("The inspection request");
        }

        var check = InspectionRules.CheckSchedule(request.Status, cmd.At, time.GetUtcNow());
        if (!check.IsSuccess)
        {
            return check;
        }

        var moved = request.Status == InspectionStatus.Scheduled;
        request.Status = InspectionStatus.Scheduled;
        request.ScheduledAt = cmd.At.ToUniversalTime();
        request.Place = LmpExam.Regulation.InspectionPlace;
        request.HandledBy = actor.Name;
        var local = LmpExam.ToDutch(cmd.At);
        mailer.Queue(candidate.Email, moved ? "Inzage examenwerk verplaatst" : "Inzage examenwerk",
            $"Beste {candidate.Name},\n\nU kunt uw beoordeelde examenwerk ({InspectionLookup.Names(request)}, kandidaatnummer {registration.CandidateNumber}) inzien " +
            $"op {local:dd-MM-yyyy} om {local:HH:mm} uur, {request.Place}.\n" +
            "De inzage is persoonsgebonden en niet overdraagbaar: neem een geldig legitimatiebewijs mee. " +
            "Het examenwerk blijft eigendom van Cinses en wordt niet meegegeven (Examenreglement 10.1, 10.2).");
        await db.Because($"inspection {(moved ? "moved" : "scheduled")} for {registration.CandidateNumber} (Examenreglement 10.1)").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
