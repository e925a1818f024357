using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Touchstone.App.Audit;

/// <summary>The hash chain over audit records: how a record's hash is computed and how a chain is verified.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first record.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Timestamps are kept to the millisecond so both providers store them exactly.</summary>
    public static DateTimeOffset Normalise(DateTimeOffset at) =>
        new(at.UtcDateTime.Ticks - (at.UtcDateTime.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    public static string ComputeHash(AuditRecord r)
    {
        var content = string.Join(
            '\u001f',
            r.Sequence.ToString(CultureInfo.InvariantCulture),
            Normalise(r.At).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            r.ActorId,
            r.ActorName,
            r.EntityType,
            r.EntityId,
            r.Action,
            r.Reason ?? string.Empty,
            r.Before ?? string.Empty,
            r.After ?? string.Empty,
            r.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>
    /// Checks records in sequence order. Returns null when the chain is intact, else the first
    /// record that does not fit (altered content, a gap in the sequence, or a broken link).
    /// </summary>
    public static AuditChainBreak? Verify(IEnumerable<AuditRecord> recordsInOrder, string previousHash = Genesis, long expectedSequence = 1)
    {
        foreach (var r in recordsInOrder)
        {
            if (r.Sequence != expectedSequence)
            {
                return new AuditChainBreak(r.Sequence, $"sequence gap: expected {expectedSequence}, found {r.Sequence} (a record was deleted)");
            }

            if (r.PreviousHash != previousHash)
            {
                return new AuditChainBreak(r.Sequence, "the link to the previous record is broken");
            }

            if (ComputeHash(r) != r.Hash)
            {
                return new AuditChainBreak(r.Sequence, "the record's content does not match its hash (it was altered)");
            }

            previousHash = r.Hash;
            expectedSequence++;
        }

        return null;
    }
}

public sealed record AuditChainBreak(long Sequence, string Problem);
