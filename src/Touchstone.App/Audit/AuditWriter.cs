using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Touchstone.App.Common;
using Touchstone.App.Data;

namespace Touchstone.App.Audit;

/// <summary>
/// Turns the changes of one save into audit records and appends them to the hash chain in the same
/// transaction, under a lock, so the chain stays linear with several writers.
/// Also renews the concurrency token of every modified <see cref="Entity"/>.
/// </summary>
public sealed class AuditWriter(TimeProvider time, ICurrentActor actor)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly List<PendingEvent> _events = [];

    internal void Enqueue(string entityType, string entityId, string action, string? reason, string? details) =>
        _events.Add(new PendingEvent(entityType, entityId, action, reason, details));

    internal int SaveWithAudit(TouchstoneDbContext db, string? reason, Func<int> save)
    {
        var changes = Capture(db, reason);
        if (changes.Count == 0)
        {
            return save();
        }

        using var tx = db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
        db.LockAuditChain();
        var last = db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash }).FirstOrDefault();
        var records = Append(db, changes, last?.Sequence ?? 0, last?.Hash ?? AuditChain.Genesis);
        int result;
        try
        {
            result = save();
        }
        catch
        {
            Forget(db, records);
            throw;
        }

        tx?.Commit();
        Forget(db, records);
        _events.Clear();
        return result;
    }

    internal async Task<int> SaveWithAuditAsync(
        TouchstoneDbContext db, string? reason, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        var changes = Capture(db, reason);
        if (changes.Count == 0)
        {
            return await save(ct);
        }

        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.LockAuditChainAsync(ct);
        var last = await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync(ct);
        var records = Append(db, changes, last?.Sequence ?? 0, last?.Hash ?? AuditChain.Genesis);
        int result;
        try
        {
            result = await save(ct);
        }
        catch
        {
            Forget(db, records);
            throw;
        }

        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        Forget(db, records);
        _events.Clear();
        return result;
    }

    private List<PendingEvent> Capture(TouchstoneDbContext db, string? reason)
    {
        db.ChangeTracker.DetectChanges();
        var changes = new List<PendingEvent>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Metadata.ClrType.GetCustomAttribute<NotAuditedAttribute>() is not null
                || entry.Metadata.IsOwned())
            {
                continue;
            }

            if (entry.State == EntityState.Modified && entry.Entity is Entity versioned)
            {
                versioned.Version = Guid.NewGuid();
            }

            var action = entry.State switch
            {
                EntityState.Added => "Created",
                EntityState.Deleted => "Deleted",
                _ => "Updated",
            };
            var before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true);
            var after = entry.State == EntityState.Deleted ? null : Snapshot(entry, original: false);
            if (action == "Updated" && before == after)
            {
                continue;
            }

            changes.Add(new PendingEvent(entry.Metadata.ClrType.Name, KeyOf(entry), action, reason, null, before, after));
        }

        changes.AddRange(_events.Select(e => e with { Reason = e.Reason ?? reason }));
        return changes;
    }

    // Audit records are write-only: once saved they need no tracking, and a failed save (e.g. a
    // concurrency conflict) must not leave them queued for the next one.
    private static void Forget(TouchstoneDbContext db, List<AuditRecord> records)
    {
        foreach (var record in records)
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }

    private List<AuditRecord> Append(TouchstoneDbContext db, List<PendingEvent> changes, long lastSequence, string lastHash)
    {
        var added = new List<AuditRecord>();
        var now = AuditChain.Normalise(time.GetUtcNow());
        foreach (var change in changes)
        {
            var record = new AuditRecord
            {
                Sequence = ++lastSequence,
                At = now,
                ActorId = actor.Id,
                ActorName = actor.Name,
                EntityType = change.EntityType,
                EntityId = change.EntityId,
                Action = change.Action,
                Reason = change.Reason,
                Before = change.Before,
                After = change.After ?? change.Details,
                PreviousHash = lastHash,
                Hash = string.Empty,
            };
            record.Hash = AuditChain.ComputeHash(record);
            lastHash = record.Hash;
            db.AuditRecords.Add(record);
            added.Add(record);
        }

        return added;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? "?"
            : string.Join("/", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var info = property.Metadata.PropertyInfo;
            if (info?.GetCustomAttribute<AuditRedactedAttribute>() is not null || property.Metadata.ClrType == typeof(byte[]))
            {
                values[property.Metadata.Name] = "[redacted]";
                continue;
            }

            var value = original ? property.OriginalValue : property.CurrentValue;
            values[property.Metadata.Name] = value switch
            {
                DateTimeOffset d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                Enum e => e.ToString(),
                _ => value,
            };
        }

        return JsonSerializer.Serialize(values, Json);
    }

    private sealed record PendingEvent(
        string EntityType, string EntityId, string Action, string? Reason, string? Details, string? Before = null, string? After = null);
}
