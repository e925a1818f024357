using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Touchstone.Domain.Common;

namespace Touchstone.App.Data;

/// <summary>
/// Stores the <see cref="DomainError.Args"/> of a persisted rule breach (e.g. a case's inadmissibility reasons) as a
/// JSON array of tagged invariant strings, so a stored reason can still be shown in the reader's language with its
/// dates and enum values typed: "d:2026-03-11" (date), "e:Type:Name" (domain enum), "i:12", "n:1.5", "s:text".
/// </summary>
internal sealed class DomainErrorArgsConverter() : ValueConverter<IReadOnlyList<object?>, string>(
    args => Serialize(args),
    json => Deserialize(json))
{
    public static ValueComparer<IReadOnlyList<object?>> Comparer { get; } = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)),
        v => v.ToArray());

    private static string Serialize(IReadOnlyList<object?> args) =>
        JsonSerializer.Serialize(args.Select(Tag).ToArray(), JsonSerializerOptions.Default);

    // Rows stored before the column existed hold an empty string: no values.
    private static object?[] Deserialize(string json) => string.IsNullOrEmpty(json)
        ? []
        : [.. (JsonSerializer.Deserialize<string?[]>(json, JsonSerializerOptions.Default) ?? []).Select(Untag)];

    private static string? Tag(object? value) => value switch
    {
        null => null,
        DateOnly d => "d:" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => $"e:{e.GetType().FullName}:{e}",
        int or long => "i:" + Convert.ToString(value, CultureInfo.InvariantCulture),
        decimal or double or float => "n:" + Convert.ToString(value, CultureInfo.InvariantCulture),
        string s => "s:" + s,
        System.Collections.IEnumerable items => "s:" + string.Join(", ", items.Cast<object?>()),
        _ => "s:" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static object? Untag(string? tagged)
    {
        if (tagged is null || tagged.Length < 2)
        {
            return tagged;
        }

        var text = tagged[2..];
        switch (tagged[0])
        {
            case 'd':
                return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            case 'i':
                return long.Parse(text, CultureInfo.InvariantCulture);
            case 'n':
                return decimal.Parse(text, CultureInfo.InvariantCulture);
            case 'e':
                var split = text.LastIndexOf(':');
                var type = typeof(DomainError).Assembly.GetType(text[..split]);
                return type is { IsEnum: true } && Enum.TryParse(type, text[(split + 1)..], out var value) ? value : text[(split + 1)..];
            default:
                return text;
        }
    }
}
