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

    /// <summary>Refused because the candidate arrived after the start (7.6).</summary>
    RefuseLate,

    /// <summary>Refused because the identity document shown fails the check: not on the accepted list, expired or without its copy (7.2, 7.3).</summary>
    RefuseIdentity,

    /// <summary>The candidate checked and signed his data on the attendance list after admission (7.7).</summary>
    ConfirmData,
    Remove,
    Complete,
    Invalidate,
    Incident,
}

/// <param name="Document">For <see cref="AttendanceAction.CheckIn"/>: the identity document shown (7.3, 7.7).</param>
/// <param name="ArrivedAt">For check-in and <see cref="AttendanceAction.RefuseLate"/>: the Dutch time the candidate arrived (7.1).</param>
/// <param name="DataSigned">For check-in and <see cref="AttendanceAction.ConfirmData"/>: the candidate checked his data and signed the list (7.7).</param>
/// <param name="DataCorrections">Corrections to his name or date of birth the candidate gave when signing (7.7).</param>
public sealed record RecordAttendance(
    Guid RegistrationId, AttendanceAction Action, string? Reason,
    IdentityDocumentType? Document = null, DateOnly? DocumentValidUntil = null, bool CopyProvided = false, bool CopyHasBothSides = false,
    TimeOnly? ArrivedAt = null, bool DataSigned = false, string? DataCorrections = null);

/// <summary>
/// The examiner on the exam day (art. 7): identity check and admission, the arrival time with late entry (admitted
/// late without extra time, or refused, 7.1, 7.6), the candidate's confirmation of his data (7.7), refused entry,
/// incidents, removal, invalidation.
/// </summary>
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
        string? reason = cmd.Reason;
        switch (cmd.Action)
        {
            case AttendanceAction.Incident:
                if (string.IsNullOrWhiteSpace(cmd.Reason))
                {
                    return new DomainError("exams.incident.text", "Describe the incident.", "Examenreglement 7.8");
                }

                registration.Incidents.Add(new ExamDayIncident(now, ExamDayIncident.IncidentKind, cmd.Reason.Trim(), actor.Id, actor.Name));
                await db.Because("incident logged (Examenreglement 7.8)").SaveChangesAsync(ct);
                return Result.Ok;
            case AttendanceAction.ConfirmData:
                if (registration.State != RegistrationState.Present)
                {
                    return new DomainError("exams.data.not-present", "The candidate confirms his data at admission or while he sits the exam.", "Examenreglement 7.7");
                }

                var confirmed = ConfirmData(registration, cmd, now);
                if (!confirmed.IsSuccess)
                {
                    return confirmed;
                }

                await db.Because("candidate checked and signed his data on the attendance list (Examenreglement 7.7)").SaveChangesAsync(ct);
                return Result.Ok;
            case AttendanceAction.CheckIn:
                var admitted = CheckIn(registration, session, cmd, now);
                if (!admitted.IsSuccess)
                {
                    return Result.From(admitted.Errors);
                }

                reason = admitted.Value;
                break;
            case AttendanceAction.RefuseLate:
                var refused = RefuseLate(registration, session, cmd);
                if (!refused.IsSuccess)
                {
                    return Result.From(refused.Errors);
                }

                reason = refused.Value;
                break;
            case AttendanceAction.RefuseIdentity:
                var unidentified = RefuseIdentity(registration, session, cmd);
                if (!unidentified.IsSuccess)
                {
                    return Result.From(unidentified.Errors);
                }

                reason = unidentified.Value;
                break;
            case AttendanceAction.Complete:
                var handIn = ExamDayRules.CheckHandIn(registration.DataConfirmedAt is not null);
                if (!handIn.IsSuccess)
                {
                    return handIn;
                }

                break;
        }

        var to = cmd.Action switch
        {
            AttendanceAction.CheckIn => RegistrationState.Present,
            AttendanceAction.Absent => RegistrationState.Absent,
            AttendanceAction.Refuse or AttendanceAction.RefuseLate or AttendanceAction.RefuseIdentity => RegistrationState.Refused,
            AttendanceAction.Remove => RegistrationState.Removed,
            AttendanceAction.Complete => RegistrationState.Completed,
            _ => RegistrationState.Invalidated,
        };
        var moved = LmpExam.Move(registration, session, to, RegistrationActor.Examiner, actor.Id, now, reason, actor.Name);
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

        await db.Because($"exam day: {to}" + (reason is null ? string.Empty : $" ({reason})")).SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <summary>Identity (7.3), the arrival against the start (7.1, 7.6) and, when given, the signed data (7.7); returns the line for the record.</summary>
    private static Result<string?> CheckIn(SessionRegistration registration, ExamSession session, RecordAttendance cmd, DateTimeOffset now)
    {
        if (cmd.Document is not { } document || cmd.DocumentValidUntil is not { } validUntil)
        {
            return new DomainError("exams.identity.required", "The identity document and its expiry date are required.", "Examenreglement 7.3");
        }

        var identity = RegistrationRules.CheckIdentity(document, validUntil, session.ExamDate, cmd.CopyProvided, cmd.CopyHasBothSides, LmpExam.Regulation);

        // A session planned before start times were kept admits without judging the arrival.
        var arrival = session.StartsAt is null ? null : Arrival(session, cmd);
        if (!identity.IsSuccess || arrival is { IsSuccess: false })
        {
            return Result<string?>.Failure([.. identity.Errors, .. arrival?.Errors ?? []]);
        }

        Result<EntryDecision>? entry = null;
        string? line = null;
        if (arrival is not null)
        {
            var (startsAt, arrivedAt) = arrival.Value;
            var endsAt = ExamDayRules.EndsAt(startsAt, session.TheoryMinutes, registration.ApprovedExtraMinutes);
            entry = ExamDayRules.Admit(startsAt, arrivedAt, endsAt);
            if (!entry.IsSuccess)
            {
                return Result<string?>.Failure(entry.Errors);
            }

            line = entry.Value == EntryDecision.AdmittedLate
                ? $"te laat toegelaten: aankomst {arrivedAt:HH:mm}, aanvang {startsAt:HH:mm}, eindtijd {endsAt:HH:mm} blijft (Examenreglement 7.1, 7.6)"
                : null;
        }

        if (cmd.DataSigned || !string.IsNullOrWhiteSpace(cmd.DataCorrections))
        {
            var confirmed = ConfirmData(registration, cmd, now);
            if (!confirmed.IsSuccess)
            {
                return Result<string?>.Failure(confirmed.Errors);
            }
        }

        registration.IdentityDocument = document;
        registration.ArrivedAt = cmd.ArrivedAt;
        registration.Entry = entry?.Value;
        return line;
    }

    /// <summary>Art. 7.6: refused because the candidate came after the start; the examiner's note is added to the record.</summary>
    private static Result<string?> RefuseLate(SessionRegistration registration, ExamSession session, RecordAttendance cmd)
    {
        var arrival = Arrival(session, cmd);
        if (!arrival.IsSuccess)
        {
            return Result<string?>.Failure(arrival.Errors);
        }

        var (startsAt, arrivedAt) = arrival.Value;
        var refused = ExamDayRules.RefuseLate(startsAt, arrivedAt);
        if (!refused.IsSuccess)
        {
            return Result<string?>.Failure(refused.Errors);
        }

        registration.ArrivedAt = arrivedAt;
        registration.Entry = refused.Value;
        var note = string.IsNullOrWhiteSpace(cmd.Reason) ? string.Empty : $": {cmd.Reason.Trim()}";
        return $"te laat, geweigerd: aankomst {arrivedAt:HH:mm}, aanvang {startsAt:HH:mm} (Examenreglement 7.6){note}";
    }

    /// <summary>Art. 7.2, 7.3: refused because the document shown fails the identity check; the document is recorded and the grounds named.</summary>
    private static Result<string?> RefuseIdentity(SessionRegistration registration, ExamSession session, RecordAttendance cmd)
    {
        if (cmd.Document is not { } document)
        {
            return new DomainError("exams.identity.required", "The identity document and its expiry date are required.", "Examenreglement 7.3");
        }

        var grounds = RegistrationRules.IdentityRefusalGrounds(document, cmd.DocumentValidUntil, session.ExamDate, cmd.CopyProvided, cmd.CopyHasBothSides, LmpExam.Regulation);
        if (!grounds.IsSuccess)
        {
            return Result<string?>.Failure(grounds.Errors);
        }

        registration.IdentityDocument = document;
        registration.ArrivedAt = cmd.ArrivedAt;
        var what = string.Join(", ", grounds.Value.Select(g => g.Code switch
        {
            "exams.identity.not-accepted" => "geen geaccepteerd legitimatiebewijs",
            "exams.identity.expired" => $"verlopen op {cmd.DocumentValidUntil:dd-MM-yyyy}",
            _ => "geen kopie van het legitimatiebewijs",
        }));
        var note = string.IsNullOrWhiteSpace(cmd.Reason) ? string.Empty : $": {cmd.Reason.Trim()}";
        return $"toegang geweigerd bij de legitimatiecontrole: {what} (Examenreglement 7.3){note}";
    }

    private static Result<(TimeOnly StartsAt, TimeOnly ArrivedAt)> Arrival(ExamSession session, RecordAttendance cmd)
    {
        if (session.StartsAt is not { } startsAt)
        {
            return new DomainError("exams.entry.no-start-time", "The session has no start time, so an arrival cannot be judged on time or late.", "Examenreglement 6.3, 7.1");
        }

        return cmd.ArrivedAt is { } arrivedAt
            ? (startsAt, arrivedAt)
            : new DomainError("exams.entry.arrival-required", "Record the time the candidate arrived.", "Examenreglement 7.1");
    }

    private static Result ConfirmData(SessionRegistration registration, RecordAttendance cmd, DateTimeOffset now)
    {
        var signed = ExamDayRules.CheckDataConfirmation(cmd.DataSigned);
        if (!signed.IsSuccess)
        {
            return signed;
        }

        if (registration.DataConfirmedAt is { } at)
        {
            return new DomainError("exams.data.already-confirmed", $"The candidate already signed his data ({at.UtcDateTime:yyyy-MM-dd HH:mm} UTC).", "Examenreglement 7.7") { Args = [at] };
        }

        registration.DataConfirmedAt = now;
        registration.DataCorrections = string.IsNullOrWhiteSpace(cmd.DataCorrections) ? null : cmd.DataCorrections.Trim();
        return Result.Ok;
    }
}
