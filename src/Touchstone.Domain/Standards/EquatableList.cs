using System.Collections;

namespace Touchstone.Domain.Standards;

/// <summary>
/// An immutable list with structural equality, so framework records compare by content
/// (needed for the load → export → load round trip and for change detection between versions).
/// </summary>
public sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    public EquatableList(IEnumerable<T> items) => _items = items.ToArray();

    /// <summary>The empty list.</summary>
    public static EquatableList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(EquatableList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public static implicit operator EquatableList<T>(T[] items) => new(items);

    public static implicit operator EquatableList<T>(List<T> items) => new(items);
}

/// <summary>Helpers to build <see cref="EquatableList{T}"/> instances.</summary>
public static class EquatableList
{
    /// <summary>Copies a sequence into an equatable list.</summary>
    public static EquatableList<T> ToEquatableList<T>(this IEnumerable<T> items) => new(items);
}
