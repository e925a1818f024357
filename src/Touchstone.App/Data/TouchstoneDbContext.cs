using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Audit;
using Touchstone.App.Common;
using Touchstone.App.Files;
using Touchstone.App.Mail;

namespace Touchstone.App.Data;

/// <summary>
/// The one database. Provider-specific subclasses (<see cref="SqliteTouchstoneDbContext"/>,
/// <see cref="PostgresTouchstoneDbContext"/>) exist only so that each provider keeps its own migrations.
/// Every save writes the audit trail for the changes it contains (see <see cref="AuditWriter"/>).
/// </summary>
public abstract class TouchstoneDbContext : IdentityDbContext<User>, IDataProtectionKeyContext
{
    private readonly AuditWriter? _audit;

    protected TouchstoneDbContext(DbContextOptions options, AuditWriter? audit)
        : base(options)
    {
        _audit = audit;
    }

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<StoredFile> Files => Set<StoredFile>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The reason recorded with the changes of the next save (then cleared).</summary>
    public string? PendingReason { get; private set; }

    /// <summary>Sets the "why" that the next save writes into its audit records.</summary>
    public TouchstoneDbContext Because(string reason)
    {
        PendingReason = reason;
        return this;
    }

    /// <summary>Adds an audit record for an event that is not a row change (a refusal, a log-in, an export).</summary>
    public void RecordEvent(string entityType, string entityId, string action, string? reason = null, string? details = null) =>
        _audit?.Enqueue(entityType, entityId, action, reason, details);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TouchstoneDbContext).Assembly);

        // Everything two people can edit carries an optimistic-concurrency token.
        foreach (var type in builder.Model.GetEntityTypes()
                     .Where(t => typeof(Entity).IsAssignableFrom(t.ClrType) && t.BaseType is null && !t.IsOwned()))
        {
            builder.Entity(type.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Enums are stored by name: readable in the database and stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (_audit is null)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        try
        {
            return _audit.SaveWithAudit(this, PendingReason, () => base.SaveChanges(acceptAllChangesOnSuccess));
        }
        finally
        {
            PendingReason = null;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_audit is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        try
        {
            return await _audit.SaveWithAuditAsync(
                this, PendingReason, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
        }
        finally
        {
            PendingReason = null;
        }
    }

    /// <summary>Locks the audit chain for the current transaction so that two nodes never append at once.</summary>
    internal abstract void LockAuditChain();

    internal abstract Task LockAuditChainAsync(CancellationToken cancellationToken);
}

public sealed class SqliteTouchstoneDbContext(DbContextOptions<SqliteTouchstoneDbContext> options, AuditWriter? audit = null)
    : TouchstoneDbContext(options, audit)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite cannot compare or order DateTimeOffset values: store them as sortable UTC ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }

    // SQLite transactions begin IMMEDIATE: the writer lock is already held once the transaction starts.
    internal override void LockAuditChain()
    {
    }

    internal override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class PostgresTouchstoneDbContext(DbContextOptions<PostgresTouchstoneDbContext> options, AuditWriter? audit = null)
    : TouchstoneDbContext(options, audit)
{
    private const long AuditLockKey = 0x70C4_57_0E;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Register search compares words as ranges ('vrie' <= token < 'vrif'): that is a prefix test only in code-point
        // order, whatever collation the database was created with.
        var token = builder.Entity<PersonCertification.CmcRegisterToken>();
        token.Property(t => t.Token).UseCollation("C");
        token.Property(t => t.PrevToken).UseCollation("C");
    }

    internal override void LockAuditChain() =>
        Database.ExecuteSqlRaw($"SELECT pg_advisory_xact_lock({AuditLockKey})");

    internal override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditLockKey})", cancellationToken);
}
