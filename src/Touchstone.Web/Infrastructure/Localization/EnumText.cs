using System.Globalization;
using System.Resources;
using System.Text;

namespace Touchstone.Web.Infrastructure.Localization;

/// <summary>
/// An enum value as people read it, for pages, selects, letters and exports meant for people (CSV/JSON APIs keep
/// the stable member name). Dutch comes from Resources/DomainErrors.resx: a "Label.Type.Value" entry when the
/// rule-message text does not fit a label (e.g. "de kandidaat"), otherwise the "Enum.Type.Value" entry, with a
/// capital. English is the member name in words ("InHandling" reads "In handling"). A value without a Dutch
/// entry falls back to those English words, so nothing shows a raw "PascalCase" name; the resource scan test
/// makes sure every enum shown has its entry.
/// </summary>
public static class EnumText
{
    private static readonly CultureInfo Dutch = new("nl");

    private static readonly ResourceManager Resources = new(DomainErrorLocalizer.ResourceName, typeof(EnumText).Assembly);

    /// <summary>The value in the current UI language.</summary>
    public static string Text(this Enum value) => Text(value, CultureInfo.CurrentUICulture);

    /// <summary>The value in <paramref name="culture"/> (Dutch or English).</summary>
    public static string Text(this Enum value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(culture);
        if (culture.TwoLetterISOLanguageName == Dutch.TwoLetterISOLanguageName && DutchText(value) is { } dutch)
        {
            return Capitalise(dutch, Dutch);
        }

        return Words(value.ToString());
    }

    /// <summary>The Dutch text of a value: its label, otherwise its rule-message text; null when there is none.</summary>
    public static string? DutchText(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = $"{value.GetType().Name}.{value}";
        return Resources.GetString("Label." + key, Dutch) ?? Resources.GetString("Enum." + key, Dutch);
    }

    /// <summary>"InHandling" as "In handling"; an abbreviation ("CMC", "ID") keeps its capitals.</summary>
    public static string Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord)
            {
                words.Append(' ');
            }

            var inAbbreviation = char.IsUpper(c) && ((i + 1 < name.Length && char.IsUpper(name[i + 1])) || (i > 0 && char.IsUpper(name[i - 1]) && (i + 1 == name.Length)));
            words.Append(i > 0 && startsWord && !inAbbreviation ? char.ToLowerInvariant(c) : c);
        }

        return words.ToString();
    }

    private static string Capitalise(string text, CultureInfo culture) =>
        text.Length == 0 ? text : char.ToUpper(text[0], culture) + text[1..];
}
