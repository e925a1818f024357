using System.Globalization;
using System.Resources;
using System.Text;

namespace Touchstone.Web.Infrastructure.Localization;

/// <summary>
/// An enum value as people read it, for pages, selects, letters and exports meant for people (CSV/JSON APIs keep
/// the stable member name). Dutch comes from the "Enum.Type.Value" entries of Resources/DomainErrors.resx, written
/// for use inside a rule message ("de kandidaat", "een paspoort"): as a label it loses the article and gets a capital
/// ("Kandidaat", "Paspoort"). English is the member name in words ("InHandling" reads "In handling"). A value without a Dutch
/// entry falls back to those English words, so nothing shows a raw "PascalCase" name; the resource scan test
/// makes sure every enum shown has its entry.
/// </summary>
public static class EnumText
{
    private static readonly CultureInfo Dutch = new("nl");

    private static readonly string[] Articles = ["de ", "het ", "een "];

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
            return Capitalise(WithoutArticle(dutch), Dutch);
        }

        return Words(value.ToString());
    }

    /// <summary>The Dutch text of a value as written for a rule message; null when there is none.</summary>
    public static string? DutchText(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Resources.GetString($"Enum.{value.GetType().Name}.{value}", Dutch);
    }

    /// <summary>"de backoffice" as "backoffice", "een paspoort" as "paspoort".</summary>
    public static string WithoutArticle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var article in Articles)
        {
            if (text.StartsWith(article, StringComparison.Ordinal) && text.Length > article.Length)
            {
                return text[article.Length..];
            }
        }

        return text;
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
