using System.Globalization;
using Microsoft.Extensions.Localization;
using Touchstone.Domain.Cases;
using Touchstone.Web.Infrastructure.Localization;

namespace Touchstone.Web.Features.Cases;

/// <summary>
/// A case history note in the user's language. The domain stores a fixed English phrase for the steps it writes
/// itself ("Registered", "Admissible", "Follow-up: ...", "Upheld: motivation", the failed admissibility rules as
/// "code: message (rule)"); those are translated when shown, so notes already stored read right too. A note typed by
/// a person is shown as written.
/// </summary>
public static class CaseNoteText
{
    private const string FollowUp = "Follow-up: ";

    public static string Show(string? note, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (string.IsNullOrEmpty(note))
        {
            return string.Empty;
        }

        if (note is "Registered" or "Admissible")
        {
            return localizer["Cases.Note." + note].Value;
        }

        if (note.StartsWith(FollowUp, StringComparison.Ordinal))
        {
            return localizer["Cases.Note.FollowUp", note[FollowUp.Length..]].Value;
        }

        var colon = note.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && Enum.TryParse<CaseOutcome>(note[..colon], out var outcome) && Enum.IsDefined(outcome))
        {
            return localizer["Cases.Outcome." + outcome].Value + note[colon..];
        }

        return string.Join("; ", note.Split("; ").Select(RuleMessage));
    }

    /// <summary>"code: English message (rule)" as written by a failed admissibility check, in the user's language.</summary>
    private static string RuleMessage(string part)
    {
        var colon = part.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || part[..colon].Contains(' ', StringComparison.Ordinal)
            || CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "nl"
            || DomainErrorLocalizer.Instance.DutchTemplate(part[..colon]) is not { } dutch || dutch.Contains('{', StringComparison.Ordinal))
        {
            return part;
        }

        var rule = part.EndsWith(')') && part.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0 ? part[open..] : string.Empty;
        return dutch + rule;
    }
}
