using System.Globalization;
using System.Text;

namespace Touchstone.App.Exams;

/// <summary>Names compared as a person would: case, accents, punctuation and extra spaces ignored ("F. Raudeur" = "f  raudeur").</summary>
public static class PersonNames
{
    /// <summary>Lower case, accents removed, every run of spaces or punctuation one space.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The same person: the same date of birth and the same name once folded.</summary>
    public static bool SamePerson(string name, DateOnly dateOfBirth, string otherName, DateOnly otherDateOfBirth) =>
        dateOfBirth == otherDateOfBirth && Fold(name) == Fold(otherName);
}
