using Touchstone.App.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public enum AccommodationStatus
{
    Requested,
    Approved,
    Refused,
}

/// <summary>A candidate's registration for one session; its state follows the domain's <see cref="RegistrationTransitions"/>.</summary>
public sealed class SessionRegistration : Entity
{
    public Guid SessionId { get; set; }

    public Guid CandidateId { get; set; }

    /// <summary>The anonymous number used on the attendance list and by markers.</summary>
    public required string CandidateNumber { get; set; }

    public RegistrationState State { get; set; } = RegistrationState.Registered;

    public bool IsResit { get; set; }

    public DateOnly RegisteredOn { get; set; }

    public string RegisteredBy { get; set; } = string.Empty;

    public bool Paid { get; set; }

    public DateOnly? PaidOn { get; set; }

    public DateOnly? CancelledOn { get; set; }

    public decimal? Refund { get; set; }

    public decimal? AmountDue { get; set; }

    public AccommodationKind? AccommodationKind { get; set; }

    public int AccommodationExtraMinutes { get; set; }

    public bool AccommodationReadAloud { get; set; }

    public bool AccommodationDictionary { get; set; }

    public string? AccommodationAlternativeForm { get; set; }

    public DateOnly? ResidentInNetherlandsSince { get; set; }

    public Guid? AccommodationStatementFileId { get; set; }

    /// <summary>The supporting statement as described in a collective registration (CSV or API row): who declared what, when (6.2).</summary>
    public string? AccommodationStatement { get; set; }

    public AccommodationStatus? AccommodationStatus { get; set; }

    public string? AccommodationDecidedBy { get; set; }

    public IdentityDocumentType? IdentityDocument { get; set; }

    /// <summary>The time (Dutch) the candidate reported at the exam room (7.1); recorded at admission or refusal.</summary>
    public TimeOnly? ArrivedAt { get; set; }

    /// <summary>On time, admitted late (the end does not move) or refused for being late (7.1, 7.6).</summary>
    public EntryDecision? Entry { get; set; }

    /// <summary>When the candidate checked his data on the attendance list and signed it for approval (7.7).</summary>
    public DateTimeOffset? DataConfirmedAt { get; set; }

    /// <summary>Corrections to his name or date of birth the candidate gave when he signed (7.7); the registration data stay as registered.</summary>
    public string? DataCorrections { get; set; }

    /// <summary>Incidents and transition reasons logged on the exam day (7.8): when, what and by whom.</summary>
    public List<ExamDayIncident> Incidents { get; set; } = [];

    /// <summary>The theory answer string as imported ("A", "B", ..., "-" for blank).</summary>
    public string? TheoryAnswers { get; set; }

    public List<ExamComponentResult> Components { get; set; } = [];

    /// <summary>Records a request for a special arrangement, validated by the caller; it awaits the decision (6.2).</summary>
    public void RequestAccommodation(AccommodationRequest request, Guid? statementFileId, string? statement)
    {
        AccommodationKind = request.Kind;
        AccommodationExtraMinutes = request.ExtraMinutes;
        AccommodationReadAloud = request.ReadAloud;
        AccommodationDictionary = request.Dictionary;
        AccommodationAlternativeForm = request.AlternativeForm;
        ResidentInNetherlandsSince = request.ResidentInNetherlandsSince;
        AccommodationStatementFileId = statementFileId;
        AccommodationStatement = statement;
        AccommodationStatus = Exams.AccommodationStatus.Requested;
        AccommodationDecidedBy = null;
    }

    /// <summary>
    /// Unpaid after the session's payment deadline (Examenreglement 3.1 g, 6.4): the candidate may still sit, but the result is
    /// withheld and no diploma issued until paid, and the fee goes to a collection agency. A cancelled or excluded registration is not.
    /// </summary>
    public bool PaymentOverdue(ExamSession session, DateOnly today) =>
        !Paid && today > session.PaymentDeadline && State is not (RegistrationState.Cancelled or RegistrationState.Excluded);

    public int ApprovedExtraMinutes => AccommodationStatus == Exams.AccommodationStatus.Approved ? AccommodationExtraMinutes : 0;
}
