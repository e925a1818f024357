using Microsoft.EntityFrameworkCore;

namespace Touchstone.Web.Features.Shared;

/// <summary>One page of a list, with what the pager needs.</summary>
public sealed class Paged<T>
{
    public static Paged<T> Empty { get; } = new([], 1, 25, 0);

    public Paged(IReadOnlyList<T> items, int number, int size, int total)
    {
        Items = items;
        Number = number;
        Size = size;
        Total = total;
    }

    public IReadOnlyList<T> Items { get; }

    public int Number { get; }

    public int Size { get; }

    public int Total { get; }

    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)Size));

    public static async Task<Paged<T>> CreateAsync(IQueryable<T> query, int number, int size, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)size));
        var page = Math.Clamp(number, 1, pages);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<T>(items, page, size, total);
    }
}
