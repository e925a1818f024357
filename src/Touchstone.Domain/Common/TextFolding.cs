using System.Globalization;
using System.Text;

namespace Touchstone.Domain.Common;

/// <summary>How names and search words are compared: lower case, accents removed ("Óord" = "oord").</summary>
public static class TextFolding
{
    /// <summary>Trimmed, lower case, without accents (combining marks dropped), in composed form.</summary>
    public static string Unaccented(string text)
    {
        var d = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var ch in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
