using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record RequestAccommodation(
    Guid RegistrationId, AccommodationKind Kind, int ExtraMinutes, bool ReadAloud, bool Dictionary, string? AlternativeForm,
    DateOnly? ResidentSince, string? StatementFileName, byte[]? StatementContent);

/// <summary>A special arrangement asked for with the registration, with its supporting statement (Examenreglement 6.2).</summary>
public sealed class RequestAccommodationHandler(TouchstoneDbContext db, FileStore files)
{
    public async Task<Result<AccommodationDecider>> HandleAsync(RequestAccommodation cmd, CancellationToken ct)
    {
        var (registration, session) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null || session is null)
        {
            return LmpExam.NotFound("The registration");
        }

        // "Made at registration": asked for before the registration deadline and before the exam day.
        var request = new AccommodationRequest(cmd.Kind, registration.State == RegistrationState.Registered, cmd.StatementContent is { Length: > 0 },
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

        registration.AccommodationKind = cmd.Kind;
        registration.AccommodationExtraMinutes = cmd.ExtraMinutes;
        registration.AccommodationReadAloud = cmd.ReadAloud;
        registration.AccommodationDictionary = cmd.Dictionary;
        registration.AccommodationAlternativeForm = request.AlternativeForm;
        registration.ResidentInNetherlandsSince = cmd.ResidentSince;
        registration.AccommodationStatementFileId = stored.Value.Id;
        registration.AccommodationStatus = AccommodationStatus.Requested;
        await db.Because("special arrangement requested (Examenreglement 6.2)").SaveChangesAsync(ct);
        return valid;
    }
}
