using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;

namespace Touchstone.App.Audit;

/// <summary>Walks the whole audit trail in sequence order, in batches, and checks the hash chain.</summary>
public sealed class AuditVerifier(TouchstoneDbContext db)
{
    public async Task<(long Count, AuditChainBreak? Break)> VerifyAsync(CancellationToken ct, int batchSize = 5000)
    {
        long after = 0;
        long count = 0;
        var previousHash = AuditChain.Genesis;
        while (true)
        {
            var batch = await db.AuditRecords.AsNoTracking().Where(r => r.Sequence > after)
                .OrderBy(r => r.Sequence).Take(batchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return (count, null);
            }

            var broken = AuditChain.Verify(batch, previousHash, after + 1);
            if (broken is not null)
            {
                return (count, broken);
            }

            count += batch.Count;
            after = batch[^1].Sequence;
            previousHash = batch[^1].Hash;
        }
    }
}
