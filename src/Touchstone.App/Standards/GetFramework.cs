using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Standards;

/// <summary>A stored framework version with its parsed content.</summary>
public sealed record LoadedFramework(FrameworkVersion Row, Framework Framework);

/// <summary>Loads framework versions from the database, parsing each stored text once per process.</summary>
public sealed class GetFrameworkHandler(TouchstoneDbContext db)
{
    public async Task<Framework?> FindAsync(string code, string version, CancellationToken ct) =>
        (await LoadAsync(code, version, ct))?.Framework;

    public async Task<LoadedFramework?> LoadAsync(string code, string version, CancellationToken ct)
    {
        var id = await db.Set<FrameworkVersion>().AsNoTracking()
            .Where(f => f.Code == code && f.VersionLabel == version).Select(f => (Guid?)f.Id).FirstOrDefaultAsync(ct);
        if (id is null)
        {
            return null;
        }

        // Only the header is needed when the parsed text is cached.
        if (FrameworkCache.TryGet(id.Value, out var cached))
        {
            var header = await db.Set<FrameworkVersion>().AsNoTracking().Where(f => f.Id == id)
                .Select(f => new FrameworkVersion
                {
                    Id = f.Id, Code = f.Code, VersionLabel = f.VersionLabel, Title = f.Title, Kind = f.Kind, FileName = f.FileName,
                    Yaml = string.Empty, Sha256 = f.Sha256, ImportedAt = f.ImportedAt, ImportedBy = f.ImportedBy, Version = f.Version,
                }).FirstAsync(ct);
            return new LoadedFramework(header, cached);
        }

        var row = await db.Set<FrameworkVersion>().AsNoTracking().FirstAsync(f => f.Id == id, ct);
        var loaded = FrameworkLoader.Load(row.FileName, row.Yaml);
        if (!loaded.IsSuccess)
        {
            // Stored texts were validated on import; failing now means the loader's rules changed.
            throw new InvalidOperationException($"Stored framework {row.Key} no longer loads: {loaded.Errors[0].Message}");
        }

        FrameworkCache.Put(row.Id, loaded.Value);
        return new LoadedFramework(row, loaded.Value);
    }

    /// <summary>All versions, newest import first within a code.</summary>
    public Task<List<FrameworkSummary>> ListAsync(CancellationToken ct) =>
        db.Set<FrameworkVersion>().AsNoTracking()
            .OrderBy(f => f.Code).ThenByDescending(f => f.ImportedAt)
            .Select(f => new FrameworkSummary(f.Code, f.VersionLabel, f.Title, f.Kind, f.FileName, f.ImportedAt))
            .ToListAsync(ct);
}

public sealed record FrameworkSummary(string Code, string Version, string Title, FrameworkKind Kind, string FileName, DateTimeOffset ImportedAt);
