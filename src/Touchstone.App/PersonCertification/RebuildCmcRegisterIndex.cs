using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// Gives every registered certificate without search rows its rows (after a migration that reshaped the register
/// index, the migration empties it; this refills it). Runs after migrating at start-up; harmless when nothing is missing.
/// </summary>
public sealed record RebuildCmcRegisterIndex;

public sealed class RebuildCmcRegisterIndexHandler(TouchstoneDbContext db)
{
    private const int Batch = 500;

    public async Task<int> HandleAsync(RebuildCmcRegisterIndex command, CancellationToken ct)
    {
        var rebuilt = 0;
        while (true)
        {
            var missing = await db.Set<CmcCertificateRecord>().Include(c => c.Tokens)
                .Where(c => c.RegisteredAt != null && !c.Tokens.Any()).OrderBy(c => c.Id).Take(Batch).ToListAsync(ct);
            if (missing.Count == 0)
            {
                return rebuilt;
            }

            missing.ForEach(c => c.RefreshTokens());
            await db.Because("CMC register search index rebuilt").SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            rebuilt += missing.Count;
        }
    }
}
