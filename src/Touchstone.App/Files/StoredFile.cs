using Touchstone.App.Common;

namespace Touchstone.App.Files;

/// <summary>An uploaded file kept in the database, so every web node sees the same files.</summary>
public sealed class StoredFile : Entity
{
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    public required string Sha256 { get; set; }

    [AuditRedacted]
    public required byte[] Content { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required string UploadedBy { get; set; }

    /// <summary>Set when the content was purged (retention); the record stays for the audit trail.</summary>
    public DateTimeOffset? PurgedAt { get; set; }
}
