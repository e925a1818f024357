namespace Touchstone.App.Audit;

/// <summary>The filters of the audit trail page and API.</summary>
public static class AuditQuery
{
    public static IQueryable<AuditRecord> Filter(IQueryable<AuditRecord> records, string? entityType, string? actor, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            records = records.Where(r => r.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(actor))
        {
            records = records.Where(r => r.ActorId == actor || r.ActorName.Contains(actor));
        }

        if (from is not null)
        {
            records = records.Where(r => r.At >= from);
        }

        if (to is not null)
        {
            records = records.Where(r => r.At < to);
        }

        return records;
    }
}
