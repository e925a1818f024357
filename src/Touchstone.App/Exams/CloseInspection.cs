using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="Held">True: the inspection took place (Text: what was inspected); false: refused (Text: the reason).</param>
public sealed record CloseInspection(Guid RequestId, bool Held, string? Text);

/// <summary>
/// Records that an inspection was held, or refuses a pending request with its reason (e.g. asked by someone other
/// than the candidate: the right is personal, Examenreglement 10.1); a refusal is mailed to the candidate. Either
/// way the request stops holding the work from the purge (10.3).
/// </summary>
public sealed class CloseInspectionHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer, ICurrentActor actor)
{
    public async Task<Result> HandleAsync(CloseInspection cmd, CancellationToken ct)
    {
        var found = await InspectionLookup.LoadAsync(db, cmd.RequestId, ct);
        if (found is not (var request, var registration, var candidate))
        {
            return LmpExam.NotFound("The inspection request");
        }

        var now = time.GetUtcNow();
        var check = cmd.Held ? InspectionRules.CheckHeld(request.Status, request.ScheduledAt, now) : InspectionRules.CheckRefusal(request.Status, cmd.Text);
        if (!check.IsSuccess)
        {
            return check;
        }

        var text = string.IsNullOrWhiteSpace(cmd.Text) ? null : cmd.Text.Trim();
        request.HandledBy = actor.Name;
        if (cmd.Held)
        {
            request.Status = InspectionStatus.Held;
            request.HeldAt = now;
            request.Notes = text;
        }
        else
        {
            request.Status = InspectionStatus.Refused;
            request.RefusalReason = text;
            mailer.Queue(candidate.Email, "Verzoek om inzage examenwerk",
                $"Beste {candidate.Name},\n\nUw verzoek om inzage in uw beoordeelde examenwerk ({InspectionLookup.Names(request)}, kandidaatnummer {registration.CandidateNumber}) " +
                $"is afgewezen. Reden: {text}\n(Examenreglement 10.1)");
        }

        await db.Because($"inspection {(cmd.Held ? "held" : "refused")} for {registration.CandidateNumber} (Examenreglement 10.1)").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
