using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Touchstone.App.Data;

/// <summary>
/// Saves changes that carry a freshly allocated sequence number: case references (B-2026-0008), exam candidate
/// numbers, diploma numbers and CMC certificate numbers. A number is allocated as "highest so far + 1" and the
/// number column has a unique index. When two writers pick the same number at the same moment, the index refuses
/// the second save as a whole (nothing half-stored); that writer then allocates again and retries with the same
/// tracked changes, so a submission is never lost, duplicated or refused because of the collision, and numbers
/// stay consecutive. Works the same on SQLite and PostgreSQL.
/// </summary>
public static class NumberedSave
{
    /// <summary>Far more than the number of simultaneous writers we expect; each round at least one writer wins.</summary>
    private const int MaxAttempts = 100;

    /// <summary>
    /// Calls <paramref name="allocate"/> (which (re)assigns the number(s) on the tracked entities), then saves with
    /// <paramref name="because"/>; repeats both when the save hit the unique index on
    /// <typeparamref name="TEntity"/>.<paramref name="numberProperty"/>.
    /// </summary>
    public static async Task SaveNumberedAsync<TEntity>(
        this TouchstoneDbContext db, string numberProperty, string because, Func<CancellationToken, Task> allocate, CancellationToken ct)
        where TEntity : class
    {
        var index = UniqueIndex(db, typeof(TEntity), numberProperty);
        for (var attempt = 1; ; attempt++)
        {
            await allocate(ct);
            try
            {
                await db.Because(because).SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && Violates(ex, index))
            {
                // Someone else took the number between our read and our write: read again, after a short random pause
                // so that the writers that collided do not collide again in lockstep.
                await Task.Delay(Random.Shared.Next(1, 5 * Math.Min(attempt, 10)), ct);
            }
        }
    }

    /// <summary>Whether the save failed on the given unique index (and not on another constraint).</summary>
    internal static bool Violates(DbUpdateException ex, IIndex index) => ex.InnerException switch
    {
        // SQLITE_CONSTRAINT_UNIQUE; the message names the columns: "UNIQUE constraint failed: CaseDossiers.Reference".
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067
            && sqlite.Message.Contains(
                $"{index.DeclaringEntityType.GetTableName()}.{index.Properties[0].GetColumnName()}", StringComparison.Ordinal),
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName == index.GetDatabaseName(),
        _ => false,
    };

    private static IIndex UniqueIndex(TouchstoneDbContext db, Type entity, string property) =>
        db.Model.FindEntityType(entity)?.GetIndexes()
            .SingleOrDefault(i => i.IsUnique && i.Properties.Count == 1 && i.Properties[0].Name == property)
        ?? throw new InvalidOperationException($"{entity.Name}.{property} has no unique index; numbering relies on it.");
}
