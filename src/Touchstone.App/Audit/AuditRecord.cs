using Touchstone.App.Common;

namespace Touchstone.App.Audit;

/// <summary>
/// One append-only entry of the audit trail. <see cref="Hash"/> covers the previous record's hash and
/// this record's content, so altering, inserting or deleting a record breaks the chain.
/// </summary>
[NotAudited]
public sealed class AuditRecord
{
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public required string ActorId { get; set; }

    public required string ActorName { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>Created, Updated, Deleted, or a named domain action (e.g. "Refused").</summary>
    public required string Action { get; set; }

    public string? Reason { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
