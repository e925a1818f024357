using System.Collections.Concurrent;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Standards;

/// <summary>
/// Parsed frameworks per stored version row. Versions are immutable and row ids are globally unique
/// (Guid v7), so one process-wide cache is safe for every database and every web node.
/// </summary>
internal static class FrameworkCache
{
    private static readonly ConcurrentDictionary<Guid, Framework> Parsed = new();

    public static bool TryGet(Guid rowId, out Framework framework) => Parsed.TryGetValue(rowId, out framework!);

    public static void Put(Guid rowId, Framework framework) => Parsed[rowId] = framework;
}
