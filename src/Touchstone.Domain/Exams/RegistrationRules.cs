using Touchstone.Domain.Calendar;
using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>The refund on a cancellation (art. 6.7).</summary>
/// <param name="LastDayForRefund">The last day a cancellation still earns the refund.</param>
public sealed record CancellationRefund(decimal Fee, decimal Refund, decimal Due, DateOnly LastDayForRefund)
{
    /// <summary>
    /// Art. 6.7: cancelling at least 5 working days before the exam date refunds 40% of the fee;
    /// later, nothing is refunded and the full fee is due.
    /// </summary>
    public static CancellationRefund Compute(decimal fee, DateOnly examDate, DateOnly cancelledOn, WorkingDayCalendar calendar, ExamRegulation regulation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fee);
        var lastDay = calendar.WorkingDaysBefore(examDate, regulation.CancellationWorkingDays);
        var refund = cancelledOn <= lastDay
            ? Math.Round(fee * regulation.CancellationRefundPercentage / 100m, 2, MidpointRounding.AwayFromZero)
            : 0m;
        return new(fee, refund, fee - refund, lastDay);
    }
}

/// <summary>Kinds of special arrangement (art. 6.2).</summary>
public enum AccommodationKind
{
    /// <summary>A medical indication: the committee decides on another form of exam.</summary>
    Medical,
    Dyslexia,
    OtherMotherTongue,
}

/// <summary>Who decides on an accommodation request (art. 6.2, 4.8).</summary>
public enum AccommodationDecider
{
    Director,
    ExamCommittee,
}

/// <summary>A request for a special arrangement, made with the registration (art. 6.2).</summary>
public sealed record AccommodationRequest(
    AccommodationKind Kind,
    bool MadeAtRegistration,
    bool SupportingStatement,
    int ExtraMinutes = 0,
    bool ReadAloud = false,
    bool Dictionary = false,
    string? AlternativeForm = null,
    DateOnly? ResidentInNetherlandsSince = null);

/// <summary>Validation of accommodation requests against art. 6.2.</summary>
public static class AccommodationRules
{
    private const string Rule = "Examenreglement 6.2";

    /// <summary>
    /// Refuses a request beyond the limits of art. 6.2, naming the rule; on success says who decides
    /// (a medical request goes to the committee, whose advice is binding (4.8); the others to the director).
    /// </summary>
    public static Result<AccommodationDecider> Validate(AccommodationRequest request, DateOnly examDate, ExamRegulation regulation)
    {
        var errors = new List<DomainError>();
        if (!request.MadeAtRegistration)
        {
            errors.Add(new("exams.accommodation.late", "A special arrangement must be requested together with the registration.", Rule));
        }

        if (!request.SupportingStatement)
        {
            errors.Add(Statement(request.Kind));
        }

        switch (request.Kind)
        {
            case AccommodationKind.Medical:
                if (string.IsNullOrWhiteSpace(request.AlternativeForm))
                {
                    errors.Add(new("exams.accommodation.no-form", "A medical request names the other form of exam asked for.", Rule));
                }

                if (request.ExtraMinutes != 0 || request.ReadAloud || request.Dictionary)
                {
                    errors.Add(new("exams.accommodation.not-for-kind", "A medical request asks for another form of exam, decided by the committee.", Rule));
                }

                break;
            case AccommodationKind.Dyslexia:
                if (request.ExtraMinutes > regulation.DyslexiaMaxExtraMinutes)
                {
                    errors.Add(new("exams.accommodation.too-much-time", $"Dyslexia allows at most {regulation.DyslexiaMaxExtraMinutes} minutes extra, not {request.ExtraMinutes}.", Rule) { Args = [regulation.DyslexiaMaxExtraMinutes, request.ExtraMinutes] });
                }

                if (request.Dictionary || request.AlternativeForm is not null)
                {
                    errors.Add(new("exams.accommodation.not-for-kind", "Dyslexia allows extra time or reading the exam aloud.", Rule));
                }

                break;
            case AccommodationKind.OtherMotherTongue:
                if (request.ExtraMinutes > regulation.OtherMotherTongueMaxExtraMinutes)
                {
                    errors.Add(new("exams.accommodation.too-much-time-language", $"Another mother tongue allows at most {regulation.OtherMotherTongueMaxExtraMinutes} minutes extra, not {request.ExtraMinutes}.", Rule) { Args = [regulation.OtherMotherTongueMaxExtraMinutes, request.ExtraMinutes] });
                }

                if (request.ResidentInNetherlandsSince is not { } since)
                {
                    errors.Add(new("exams.accommodation.no-residence-date", "Proof of how long the candidate has lived in the Netherlands is required.", Rule));
                }
                else if (since.AddYears(regulation.OtherMotherTongueMaxYearsInNetherlands) <= examDate)
                {
                    errors.Add(new("exams.accommodation.resident-too-long", $"The language arrangement is for candidates in the Netherlands less than {regulation.OtherMotherTongueMaxYearsInNetherlands} years (here since {since:yyyy-MM-dd}).", Rule) { Args = [regulation.OtherMotherTongueMaxYearsInNetherlands, since] });
                }

                if (request.ReadAloud || request.AlternativeForm is not null)
                {
                    errors.Add(new("exams.accommodation.not-for-kind", "Another mother tongue allows extra time and a Dutch dictionary.", Rule));
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request));
        }

        if (request.ExtraMinutes < 0)
        {
            errors.Add(new("exams.accommodation.negative-time", "Extra time cannot be negative.", Rule));
        }

        return errors.Count > 0
            ? Result<AccommodationDecider>.Failure(errors)
            : request.Kind == AccommodationKind.Medical ? AccommodationDecider.ExamCommittee : AccommodationDecider.Director;
    }

    private static DomainError Statement(AccommodationKind kind) => kind switch
    {
        AccommodationKind.Medical => new("exams.accommodation.no-statement", "A statement from a qualified physician, psychologist or therapist is required.", Rule),
        AccommodationKind.Dyslexia => new("exams.accommodation.no-dyslexia-statement", "An expert's statement on the dyslexia is required.", Rule),
        _ => new("exams.accommodation.no-stay-evidence", "Evidence of the length of stay in the Netherlands is required.", Rule),
    };
}

/// <summary>Art. 7.9: a fraud finding excludes the candidate from every exam for five years.</summary>
public sealed record FraudExclusion(string CandidateId, DateOnly EstablishedOn, string Finding)
{
    public DateOnly ExcludedUntil(ExamRegulation regulation) => EstablishedOn.AddYears(regulation.FraudExclusionYears);
}

/// <summary>Checks made when a candidate registers for an exam.</summary>
public static class RegistrationRules
{
    /// <summary>Refuses a registration for an exam that falls within a fraud exclusion (art. 7.9), naming the end date.</summary>
    public static Result CheckNotExcluded(string candidateId, DateOnly examDate, IEnumerable<FraudExclusion> exclusions, ExamRegulation regulation)
    {
        var until = exclusions
            .Where(e => e.CandidateId == candidateId && e.EstablishedOn <= examDate && examDate < e.ExcludedUntil(regulation))
            .Select(e => (DateOnly?)e.ExcludedUntil(regulation))
            .Max();
        return until is { } date
            ? new DomainError("exams.registration.excluded", $"Candidate {candidateId} is excluded from exams until {date:yyyy-MM-dd} after a fraud finding.", "Examenreglement 7.9") { Args = [candidateId, date] }
            : Result.Ok;
    }

    /// <summary>Art. 7.3, 7.6, 7.7: an original, valid accepted identity document and its copy (both sides of an ID card).</summary>
    public static Result CheckIdentity(IdentityDocumentType type, DateOnly validUntil, DateOnly examDate, bool copyProvided, bool copyHasBothSides, ExamRegulation regulation)
    {
        var errors = new List<DomainError>();
        if (!regulation.AcceptedIdentityDocuments.Contains(type))
        {
            errors.Add(new("exams.identity.not-accepted", $"{type} is not an accepted identity document.", "Examenreglement 7.3") { Args = [type] });
        }

        if (validUntil < examDate)
        {
            errors.Add(new("exams.identity.expired", $"The identity document expired on {validUntil:yyyy-MM-dd}.", "Examenreglement 7.3") { Args = [validUntil] });
        }

        if (!copyProvided || (type == IdentityDocumentType.DutchIdentityCard && !copyHasBothSides))
        {
            errors.Add(type == IdentityDocumentType.DutchIdentityCard
                ? new("exams.identity.no-copy-both-sides", "A copy of both sides of the identity card is required.", "Examenreglement 7.3")
                : new("exams.identity.no-copy", "A copy of the identity document is required.", "Examenreglement 7.3"));
        }

        return Result.From(errors);
    }

    /// <summary>
    /// Art. 7.2, 7.3: entry is refused for identity only when the document shown fails the check — not on the accepted
    /// list, expired, or without its copy. A document off the list is a ground whatever its expiry; for an accepted one the
    /// expiry date is needed to judge it. Returns the grounds; an error when the identity is in order.
    /// </summary>
    public static Result<IReadOnlyList<DomainError>> IdentityRefusalGrounds(
        IdentityDocumentType type, DateOnly? validUntil, DateOnly examDate, bool copyProvided, bool copyHasBothSides, ExamRegulation regulation)
    {
        if (validUntil is null && regulation.AcceptedIdentityDocuments.Contains(type))
        {
            return new DomainError("exams.identity.required", "The identity document and its expiry date are required.", "Examenreglement 7.3");
        }

        var grounds = CheckIdentity(type, validUntil ?? examDate, examDate, copyProvided, copyHasBothSides, regulation).Errors;
        return grounds.Count > 0
            ? Result<IReadOnlyList<DomainError>>.Success(grounds)
            : new DomainError("exams.identity.in-order", $"{type} is an accepted, valid identity document with its copy: entry is not refused for identity.", "Examenreglement 7.3") { Args = [type] };
    }
}
