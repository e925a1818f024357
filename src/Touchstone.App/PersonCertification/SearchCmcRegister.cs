using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// Public register search: every word of <see cref="Query"/> must start a word of the name, the town or the number
/// (folded: lower case, no accents); without words, the whole register by name. An answer holds at most
/// <see cref="SearchCmcRegisterHandler.MaxMatches"/> entries; <see cref="RegisterPage.MoreThanTotal"/> then says there are
/// more and the query should be refined.
/// </summary>
public sealed record SearchCmcRegister(string? Query, int Page = 1, int PageSize = 25);

/// <summary>One entry; <see cref="Status"/> is the public status today (not yet valid before <see cref="ValidFrom"/>).</summary>
public sealed record RegisterEntry(string Number, string Name, string Town, PublicCertificateStatus Status, DateOnly ValidFrom, DateOnly ValidUntil);

/// <summary>One page of the register; <see cref="MoreThanTotal"/>: the search stopped at <see cref="Total"/> matches.</summary>
public sealed record RegisterPage(IReadOnlyList<RegisterEntry> Items, int Page, int PageSize, int Total, bool MoreThanTotal = false);

public sealed class SearchCmcRegisterHandler(TouchstoneDbContext db, TimeProvider time)
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// A search stops after this many entries (without words: the first by name; with words: the first in the index order of
    /// the driving word, i.e. by matched word, then name), shown by name.
    /// </summary>
    public const int MaxMatches = 1000;

    /// <summary>How many index rows are counted per query word to pick the rarest one to drive the search.</summary>
    private const int RarityProbe = 2000;

    public async Task<RegisterPage> HandleAsync(SearchCmcRegister query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var words = RegisterSearch.Words(query.Query ?? "").Distinct().OrderByDescending(w => w.Length).Take(5).ToArray();
        List<Row> rows;
        int found;
        if (words.Length == 0)
        {
            // The whole register by name: the index on (NameKey, Number, RegisteredAt) in order, up to the limit.
            var all = db.Set<CmcCertificateRecord>().AsNoTracking().Where(c => c.RegisteredAt != null).OrderBy(c => c.NameKey).ThenBy(c => c.Number);
            found = await all.Take(MaxMatches + 1).CountAsync(ct);
            rows = await all.Take(MaxMatches).Skip((PageOf(Math.Min(found, MaxMatches), size, query.Page) - 1) * size).Take(size)
                .Select(c => new Row(c.Number, c.HolderName, c.Town, c.Status, c.StartDate, c.ValidUntil)).ToListAsync(ct);
        }
        else
        {
            var matches = await MatchesAsync(words, ct);
            found = await matches.Take(MaxMatches + 1).CountAsync(ct);
            var ids = await matches.Take(MaxMatches).OrderBy(t => t.NameKey).ThenBy(t => t.Number)
                .Skip((PageOf(Math.Min(found, MaxMatches), size, query.Page) - 1) * size).Take(size).Select(t => t.CertificateId).ToListAsync(ct);
            var entries = await db.Set<CmcCertificateRecord>().AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, Row = new Row(c.Number, c.HolderName, c.Town, c.Status, c.StartDate, c.ValidUntil) }).ToDictionaryAsync(e => e.Id, e => e.Row, ct);
            rows = ids.Select(id => entries[id]).ToList();
        }

        var more = found > MaxMatches;
        var total = Math.Min(found, MaxMatches);
        var page = PageOf(total, size, query.Page);
        var items = rows.Select(c => new RegisterEntry(c.Number, c.Name, c.Town,
            PublicCertificateStatuses.On(c.Status, c.StartDate, c.ValidUntil, today), c.StartDate, c.ValidUntil)).ToArray();
        return new RegisterPage(items, page, size, total, more);
    }

    /// <summary>
    /// One index row per matching entry, in index order: the rows of the rarest query word (a range scan) whose entry
    /// has a word starting with each other query word (checked in the row's <see cref="CmcRegisterToken.Words"/>),
    /// keeping per entry only its first word that starts with the driving query word.
    /// </summary>
    private async Task<IQueryable<CmcRegisterToken>> MatchesAsync(string[] words, CancellationToken ct)
    {
        var tokens = db.Set<CmcRegisterToken>().AsNoTracking();
        var driver = words[0];
        if (words.Length > 1)
        {
            var rarity = new List<(string Word, int Rows)>();
            foreach (var word in words)
            {
                rarity.Add((word, await StartingWith(tokens, word).OrderBy(t => t.Token).Take(RarityProbe).CountAsync(ct)));
            }

            driver = rarity.OrderBy(r => r.Rows).ThenByDescending(r => r.Word.Length).First().Word;
        }

        var upper = RegisterSearch.UpperBound(driver);
        var hits = StartingWith(tokens, driver).Where(t => !(t.PrevToken.CompareTo(driver) >= 0 && t.PrevToken.CompareTo(upper) < 0));
        foreach (var word in words.Where(w => w != driver))
        {
            var spaced = " " + word;
            hits = hits.Where(t => t.Words.Contains(spaced));
        }

        return hits.OrderBy(t => t.Token).ThenBy(t => t.NameKey).ThenBy(t => t.Number).ThenBy(t => t.CertificateId);
    }

    private static IQueryable<CmcRegisterToken> StartingWith(IQueryable<CmcRegisterToken> tokens, string word)
    {
        var upper = RegisterSearch.UpperBound(word);
        return tokens.Where(t => t.Token.CompareTo(word) >= 0 && t.Token.CompareTo(upper) < 0);
    }

    private static int PageOf(int total, int size, int requested) => Math.Clamp(requested, 1, Math.Max(1, (total + size - 1) / size));

    private sealed record Row(string Number, string Name, string Town, CertificateStatus Status, DateOnly StartDate, DateOnly ValidUntil);
}
