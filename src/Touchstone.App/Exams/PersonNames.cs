using System.Text;
using Touchstone.Domain.Common;

namespace Touchstone.App.Exams;

/// <summary>Names compared as a person would: case, accents, punctuation and extra spaces ignored ("F. Raudeur" = "f  raudeur").</summary>
public static class PersonNames
{
    /// <summary>Lower case, accents removed (<see cref="TextFolding.Unaccented"/>), every run of spaces or punctuation one space.</summary>
    public static string Fold(string text)
    {
        var unaccented = TextFolding.Unaccented(text);
        var sb = new StringBuilder(unaccented.Length);
        foreach (var c in unaccented)
        {
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
