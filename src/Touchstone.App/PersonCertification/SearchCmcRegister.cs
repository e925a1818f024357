using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Public register search: every word of <see cref="Query"/> must start a word of the name, the town or the number.</summary>
public sealed record SearchCmcRegister(string? Query, int Page = 1, int PageSize = 25);

public sealed record RegisterEntry(string Number, string Name, string Town, CertificateStatus Status, DateOnly ValidFrom, DateOnly ValidUntil);

public sealed record RegisterPage(IReadOnlyList<RegisterEntry> Items, int Page, int PageSize, int Total);

public sealed class SearchCmcRegisterHandler(TouchstoneDbContext db, TimeProvider time)
{
    public const int MaxPageSize = 100;

    public async Task<RegisterPage> HandleAsync(SearchCmcRegister query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var words = RegisterSearch.Words(query.Query ?? "").Distinct().OrderByDescending(w => w.Length).Take(5).ToArray();
        List<Row> rows;
        int total;
        if (words.Length == 0)
        {
            var all = db.Set<CmcCertificateRecord>().AsNoTracking().Where(c => c.RegisteredAt != null);
            total = await all.CountAsync(ct);
            rows = await all.OrderBy(c => c.NameKey).ThenBy(c => c.Number).Skip((PageOf(total, size, query.Page) - 1) * size).Take(size)
                .Select(c => new Row(c.Number, c.HolderName, c.Town, c.Status, c.StartDate, c.ValidUntil)).ToListAsync(ct);
        }
        else
        {
            // The longest word drives a range scan over the token index; every other word must start a token of the same entry.
            var tokens = db.Set<CmcRegisterToken>().AsNoTracking();
            var driver = words[0];
            var driverUpper = RegisterSearch.UpperBound(driver);
            var hits = tokens.Where(t => t.Token.CompareTo(driver) >= 0 && t.Token.CompareTo(driverUpper) < 0);
            foreach (var word in words.Skip(1))
            {
                var upper = RegisterSearch.UpperBound(word);
                hits = hits.Where(t => tokens.Any(o => o.CertificateId == t.CertificateId && o.Token.CompareTo(word) >= 0 && o.Token.CompareTo(upper) < 0));
            }

            var entries = hits.Select(t => new { t.CertificateId, t.NameKey, t.Number }).Distinct();
            total = await entries.CountAsync(ct);
            var ids = await entries.OrderBy(e => e.NameKey).ThenBy(e => e.Number).Skip((PageOf(total, size, query.Page) - 1) * size).Take(size)
                .Select(e => e.CertificateId).ToListAsync(ct);
            var found = await db.Set<CmcCertificateRecord>().AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, Row = new Row(c.Number, c.HolderName, c.Town, c.Status, c.StartDate, c.ValidUntil) }).ToListAsync(ct);
            rows = ids.Select(id => found.First(f => f.Id == id).Row).ToList();
        }

        var page = PageOf(total, size, query.Page);
        var items = rows.Select(c => new RegisterEntry(c.Number, c.Name, c.Town,
            c.Status is CertificateStatus.Active or CertificateStatus.Suspended && today > c.ValidUntil ? CertificateStatus.Expired : c.Status,
            c.StartDate, c.ValidUntil)).ToArray();
        return new RegisterPage(items, page, size, total);
    }

    private static int PageOf(int total, int size, int requested) => Math.Clamp(requested, 1, Math.Max(1, (total + size - 1) / size));

    private sealed record Row(string Number, string Name, string Town, CertificateStatus Status, DateOnly StartDate, DateOnly ValidUntil);
}
