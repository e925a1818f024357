namespace Touchstone.App.Common;

/// <summary>
/// Base for persisted entities: a client-generated sortable id (so audit records can name the entity
/// before the database has seen it) and an optimistic-concurrency token renewed on every update.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Renewed by the DbContext on every update; a stale value makes the save fail.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Marks an entity type whose changes are not written to the audit trail (the trail itself, key material).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>Marks a property whose value is never copied into an audit record (secrets, large content).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditRedactedAttribute : Attribute;
