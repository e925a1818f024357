using Touchstone.Domain.Common;

namespace Touchstone.App.Files;

/// <summary>The kinds of document an upload may be.</summary>
public enum DocumentKind
{
    Pdf,
    Png,
    Jpeg,
    Docx,
    Xlsx,
    Csv,
}

/// <summary>
/// Checks an upload by its extension, its size and its actual content (magic bytes), so a renamed
/// executable or an oversized scan is refused with a clear message before anything is stored.
/// </summary>
public sealed class UploadPolicy(long maxBytes, params DocumentKind[] allowed)
{
    public static UploadPolicy Documents { get; } = new(10 * 1024 * 1024, DocumentKind.Pdf, DocumentKind.Png, DocumentKind.Jpeg, DocumentKind.Docx);

    public static UploadPolicy Csv { get; } = new(20 * 1024 * 1024, DocumentKind.Csv);

    public long MaxBytes { get; } = maxBytes;

    public IReadOnlyList<DocumentKind> Allowed { get; } = allowed;

    public Result<(DocumentKind Kind, string ContentType)> Check(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return new DomainError("upload.empty", "The file is empty.");
        }

        if (content.Length > MaxBytes)
        {
            return new DomainError("upload.too-large", $"The file is larger than {MaxBytes / (1024 * 1024)} MB.") { Args = [MaxBytes / (1024 * 1024)] };
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        DocumentKind? claimed = extension switch
        {
            ".pdf" => DocumentKind.Pdf,
            ".png" => DocumentKind.Png,
            ".jpg" or ".jpeg" => DocumentKind.Jpeg,
            ".docx" => DocumentKind.Docx,
            ".xlsx" => DocumentKind.Xlsx,
            ".csv" => DocumentKind.Csv,
            _ => null,
        };
        if (claimed is null || !Allowed.Contains(claimed.Value))
        {
            return new DomainError("upload.type", $"Only these file types are accepted: {string.Join(", ", Allowed)}.") { Args = [string.Join(", ", Allowed)] };
        }

        if (!ContentMatches(claimed.Value, content))
        {
            return new DomainError("upload.disguised", $"The content of the file is not a {claimed.Value} file.") { Args = [claimed.Value] };
        }

        return (claimed.Value, ContentTypeOf(claimed.Value));
    }

    private static bool ContentMatches(DocumentKind kind, ReadOnlySpan<byte> c) => kind switch
    {
        DocumentKind.Pdf => c.StartsWith("%PDF-"u8),
        DocumentKind.Png => c.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
        DocumentKind.Jpeg => c.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }),
        DocumentKind.Docx or DocumentKind.Xlsx => c.StartsWith("PK\u0003\u0004"u8),
        DocumentKind.Csv => IsText(c),
        _ => false,
    };

    // Text files: no NUL bytes and valid UTF-8 in the first block.
    private static bool IsText(ReadOnlySpan<byte> c)
    {
        var head = c[..Math.Min(c.Length, 8192)];
        return !head.Contains((byte)0) && System.Text.Unicode.Utf8.IsValid(head[..TrimToCharBoundary(head)]);
    }

    private static int TrimToCharBoundary(ReadOnlySpan<byte> head)
    {
        var end = head.Length;
        var back = 0;
        while (end > 0 && back < 4 && (head[end - 1] & 0xC0) == 0x80)
        {
            end--;
            back++;
        }

        return end > 0 && head[end - 1] >= 0xC0 ? end - 1 : head.Length;
    }

    private static string ContentTypeOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => "application/pdf",
        DocumentKind.Png => "image/png",
        DocumentKind.Jpeg => "image/jpeg",
        DocumentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/csv",
    };
}
