using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Standards;

/// <summary>Import one framework data file (YAML text) as a new version.</summary>
public sealed record ImportFramework(string FileName, string Yaml);

/// <summary>
/// Validates the whole file first and imports nothing when any problem is found (every problem is reported
/// with its line). An existing code@version is never replaced: a changed text needs a new version, so
/// assessments against the old version keep exactly the text they were made against.
/// </summary>
public sealed class ImportFrameworkHandler(TouchstoneDbContext db, TimeProvider time, ICurrentActor actor)
{
    public async Task<Result<FrameworkVersion>> HandleAsync(ImportFramework command, CancellationToken ct)
    {
        var loaded = FrameworkLoader.Load(command.FileName, command.Yaml);
        if (!loaded.IsSuccess)
        {
            return Result<FrameworkVersion>.Failure(loaded.Errors);
        }

        var framework = loaded.Value;
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(command.Yaml)));
        var existing = await db.Set<FrameworkVersion>()
            .FirstOrDefaultAsync(f => f.Code == framework.Code && f.VersionLabel == framework.Version, ct);
        if (existing is not null)
        {
            return existing.Sha256 == sha
                ? new DomainError("framework.version-identical", $"{framework.Key} is already imported (identical text).", "DOMAIN §1 Standards as data: versioned") { Args = [framework.Key] }
                : new DomainError("framework.version-exists", $"{framework.Key} is already imported with a different text; give the changed file a new version.", "DOMAIN §1 Standards as data: versioned") { Args = [framework.Key] };
        }

        var version = new FrameworkVersion
        {
            Code = framework.Code,
            VersionLabel = framework.Version,
            Title = framework.Title,
            Kind = framework.Kind,
            FileName = Path.GetFileName(command.FileName),
            Yaml = command.Yaml,
            Sha256 = sha,
            ImportedAt = time.GetUtcNow(),
            ImportedBy = actor.Id,
        };
        db.Add(version);
        await db.Because($"import framework {framework.Key} from {version.FileName}").SaveChangesAsync(ct);
        FrameworkCache.Put(version.Id, framework);
        return version;
    }
}
