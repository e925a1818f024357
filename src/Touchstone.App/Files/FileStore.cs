using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.Domain.Common;

namespace Touchstone.App.Files;

/// <summary>The one place uploads are stored and read (in the database, shared by every web node).</summary>
public sealed class FileStore(TouchstoneDbContext db, TimeProvider time, ICurrentActor actor)
{
    /// <summary>Checks the upload against <paramref name="policy"/> and adds it; the caller's save persists it.</summary>
    public Result<StoredFile> Add(string fileName, byte[] content, UploadPolicy policy)
    {
        var check = policy.Check(fileName, content);
        if (!check.IsSuccess)
        {
            return Result<StoredFile>.Failure(check.Errors);
        }

        var file = new StoredFile
        {
            FileName = Path.GetFileName(fileName),
            ContentType = check.Value.ContentType,
            Length = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedAt = time.GetUtcNow(),
            UploadedBy = actor.Id,
        };
        db.Files.Add(file);
        return file;
    }

    public Task<StoredFile?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Files.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    /// <summary>Removes the content but keeps the record (retention rules); audited by the caller's save.</summary>
    public void Purge(StoredFile file)
    {
        file.Content = [];
        file.PurgedAt = time.GetUtcNow();
    }
}
