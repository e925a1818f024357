using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public enum AttendanceAction
{
    CheckIn,
    Absent,
    Refuse,
    Remove,
    Complete,
    Invalidate,
    Incident,
}

/// <param name="Document">For <see cref="AttendanceAction.CheckIn"/>: the identity document shown (7.3, 7.7).</param>
public sealed record RecordAttendance(
    Guid RegistrationId, AttendanceAction Action, string? Reason,
    IdentityDocumentType? Document = null, DateOnly? DocumentValidUntil = null, bool CopyProvided = false, bool CopyHasBothSides = false);

/// <summary>The examiner on the exam day: identity check and admission, late or refused entry, incidents, removal, invalidation (art. 7).</summary>
public sealed class RecordAttendanceHandler(TouchstoneDbContext db, TimeProvider time, ICurrentActor actor)
{
    public async Task<Result> HandleAsync(RecordAttendance cmd, CancellationToken ct)
    {
        var (registration, session) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null || session is null)
        {
            return LmpExam.NotFound("The registration");
        }

        var now = time.GetUtcNow();
        if (cmd.Action == AttendanceAction.Incident)
        {
            if (string.IsNullOrWhiteSpace(cmd.Reason))
            {
                return new DomainError("exams.incident.text", "Describe the incident.", "Examenreglement 7.8");
            }

            registration.Incidents.Add($"{now:yyyy-MM-dd HH:mm} incident: {cmd.Reason.Trim()}");
            await db.Because("incident logged (Examenreglement 7.8)").SaveChangesAsync(ct);
            return Result.Ok;
        }

        if (cmd.Action == AttendanceAction.CheckIn)
        {
            if (cmd.Document is not { } document || cmd.DocumentValidUntil is not { } validUntil)
            {
                return new DomainError("exams.identity.required", "The identity document and its expiry date are required.", "Examenreglement 7.3");
            }

            var identity = RegistrationRules.CheckIdentity(document, validUntil, session.ExamDate, cmd.CopyProvided, cmd.CopyHasBothSides, LmpExam.Regulation);
            if (!identity.IsSuccess)
            {
                return identity;
            }

            registration.IdentityDocument = document;
        }

        var to = cmd.Action switch
        {
            AttendanceAction.CheckIn => RegistrationState.Present,
            AttendanceAction.Absent => RegistrationState.Absent,
            AttendanceAction.Refuse => RegistrationState.Refused,
            AttendanceAction.Remove => RegistrationState.Removed,
            AttendanceAction.Complete => RegistrationState.Completed,
            _ => RegistrationState.Invalidated,
        };
        var moved = LmpExam.Move(registration, session, to, RegistrationActor.Examiner, actor.Id, now, cmd.Reason);
        if (!moved.IsSuccess)
        {
            return moved;
        }

        if (to == RegistrationState.Invalidated)
        {
            foreach (var component in registration.Components)
            {
                component.Invalid = true;
            }
        }

        await db.Because($"exam day: {to}" + (cmd.Reason is null ? string.Empty : $" ({cmd.Reason})")).SaveChangesAsync(ct);
        return Result.Ok;
    }
}
