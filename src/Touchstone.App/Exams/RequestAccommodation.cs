using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record RequestAccommodation(
    Guid RegistrationId, AccommodationKind Kind, int ExtraMinutes, bool ReadAloud, bool Dictionary, string? AlternativeForm,
    DateOnly? ResidentSince, string? StatementFileName, byte[]? StatementContent);

/// <summary>
/// A special arrangement asked for with the registration, with its supporting statement (Examenreglement 6.2): on the
/// registration form, or for an existing registration while registration is open (also after a refusal, with a new statement).
/// </summary>
public sealed class RequestAccommodationHandler(TouchstoneDbContext db, FileStore files, TimeProvider time)
{
    public async Task<Result<AccommodationDecider>> HandleAsync(RequestAccommodation cmd, CancellationToken ct)
    {
        var (registration, session) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null || session is null)
        {
            return LmpExam.NotFound("The registration");
        }

        if (registration.AccommodationStatus is AccommodationStatus.Requested or AccommodationStatus.Approved)
        {
            return new DomainError("exams.accommodation.already-requested", $"A special arrangement was requested for this registration already ({registration.AccommodationStatus}).", "Examenreglement 6.2") { Args = [registration.AccommodationStatus] };
        }

        // "Made at registration": asked for while the registration is open (up to the registration deadline), with the
        // registration or afterwards for it, e.g. again after a refusal; later (or once the exam day began) it is refused.
        var open = registration.State == RegistrationState.Registered && time.Today() <= session.RegistrationDeadline;
        var request = new AccommodationRequest(cmd.Kind, open, cmd.StatementContent is { Length: > 0 },
            cmd.ExtraMinutes, cmd.ReadAloud, cmd.Dictionary, string.IsNullOrWhiteSpace(cmd.AlternativeForm) ? null : cmd.AlternativeForm, cmd.ResidentSince);
        var valid = AccommodationRules.Validate(request, session.ExamDate, LmpExam.Regulation);
        if (!valid.IsSuccess)
        {
            return valid;
        }

        var stored = files.Add(cmd.StatementFileName ?? "statement.pdf", cmd.StatementContent!, UploadPolicy.Documents);
        if (!stored.IsSuccess)
        {
            return Result<AccommodationDecider>.Failure(stored.Errors);
        }

        registration.RequestAccommodation(request, stored.Value.Id, null);
        await db.Because("special arrangement requested (Examenreglement 6.2)").SaveChangesAsync(ct);
        return valid;
    }
}
