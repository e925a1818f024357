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
        var certificates = db.Set<CmcCertificateRecord>().AsNoTracking().Where(c => c.RegisteredAt != null);
        var words = RegisterSearch.Words(query.Query ?? "").Distinct().Take(5).ToArray();
        foreach (var word in words)
        {
            // Each word: a range scan over the token index (word <= token < next prefix).
            var upper = RegisterSearch.UpperBound(word);
            var ids = db.Set<CmcRegisterToken>().Where(t => t.Token.CompareTo(word) >= 0 && t.Token.CompareTo(upper) < 0).Select(t => t.CertificateId);
            certificates = certificates.Where(c => ids.Contains(c.Id));
        }

        var total = await certificates.CountAsync(ct);
        var pages = Math.Max(1, (total + size - 1) / size);
        var page = Math.Clamp(query.Page, 1, pages);
        var rows = await certificates.OrderBy(c => c.NameKey).ThenBy(c => c.Number)
            .Skip((page - 1) * size).Take(size)
            .Select(c => new { c.Number, c.HolderName, c.Town, c.Status, c.StartDate, c.ValidUntil })
            .ToListAsync(ct);
        var items = rows.Select(c => new RegisterEntry(c.Number, c.HolderName, c.Town,
            c.Status is CertificateStatus.Active or CertificateStatus.Suspended && today > c.ValidUntil ? CertificateStatus.Expired : c.Status,
            c.StartDate, c.ValidUntil)).ToArray();
        return new RegisterPage(items, page, size, total);
    }
}
