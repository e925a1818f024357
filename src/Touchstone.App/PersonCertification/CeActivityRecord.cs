using Touchstone.App.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>One continuing-education activity in a consultant's log.</summary>
public sealed class CeActivityRecord : Entity
{
    public required string UserId { get; set; }

    public required string Title { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public decimal Amount { get; set; }

    public CeUnit Unit { get; set; }

    public int? EqfLevel { get; set; }

    public CeCategory Category { get; set; }

    public EvidenceKind? EvidenceKind { get; set; }

    public DateOnly? EvidenceDate { get; set; }

    public decimal? EvidenceHours { get; set; }

    public string? PeopleInvolved { get; set; }

    public string? SelfDeclarationReason { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public CeActivity ToDomain() => new(Id, Title, Start, End, Amount, Unit, EqfLevel, Category,
        EvidenceKind is { } kind ? new CeEvidence(kind, EvidenceDate, EvidenceHours, PeopleInvolved, SelfDeclarationReason) : null);
}
