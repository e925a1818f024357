using Touchstone.App.Common;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Standards;

/// <summary>
/// One imported version of a framework: the YAML text as imported plus the identifying fields. Versions are
/// immutable once imported, so assessments made against one never change when a newer version arrives.
/// </summary>
public sealed class FrameworkVersion : Entity
{
    public required string Code { get; set; }

    public required string VersionLabel { get; set; }

    public required string Title { get; set; }

    public FrameworkKind Kind { get; set; }

    /// <summary>The file name it was imported from (for the record).</summary>
    public required string FileName { get; set; }

    /// <summary>The data file as imported; parsed (and cached) on load.</summary>
    [AuditRedacted]
    public required string Yaml { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public required string ImportedBy { get; set; }

    public string Key => $"{Code}@{VersionLabel}";
}
