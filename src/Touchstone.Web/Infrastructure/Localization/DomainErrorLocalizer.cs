using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Touchstone.App.Common;
using Touchstone.App.Exams;
using Touchstone.Domain.Common;

namespace Touchstone.Web.Infrastructure.Localization;

/// <summary>
/// Shows a rule breach (<see cref="DomainError"/>) in the user's language. The domain writes English; Dutch texts
/// live in Resources/DomainErrors.resx, keyed by the error's stable code, with {0}-style placeholders for the
/// error's <see cref="DomainError.Args"/>. In Dutch, dates read d-M-yyyy (a DateTimeOffset in a "{0:t}" placeholder
/// as date and time on the Dutch clock, "d-M-yyyy HH:mm"), enum values come from the "Enum.Type.Value"
/// entries, an English domain term passed as text (e.g. "The session") from its "Term.text" entry, and a sequence
/// reads as alternatives ("A of B"). In English, and for a code without a Dutch text, the
/// domain's own message is shown.
/// </summary>
public sealed partial class DomainErrorLocalizer : IDutchRuleMessages
{
    public const string ResourceName = "Touchstone.Web.Resources.DomainErrors";

    private static readonly CultureInfo Dutch = new("nl");

    private readonly ResourceManager _resources = new(ResourceName, typeof(DomainErrorLocalizer).Assembly);

    /// <summary>One instance for the whole application (the resource manager caches the texts).</summary>
    public static DomainErrorLocalizer Instance { get; } = new();

    /// <summary>The message in the current UI culture.</summary>
    public string Text(DomainError error) => Text(error, CultureInfo.CurrentUICulture);

    /// <summary>The message in <paramref name="culture"/>: Dutch from the resource, otherwise the domain's English.</summary>
    public string Text(DomainError error, CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName != Dutch.TwoLetterISOLanguageName || DutchTemplate(error.Code) is not { } template)
        {
            return error.Message;
        }

        var text = string.Format(Dutch, MomentPlaceholder().Replace(template, "{$1}"), [.. error.Args.Select((arg, i) => FormatDutch(arg, AsMoment(template, i)))]);

        // Enum texts are written for mid-sentence ("de backoffice"); one that opens the sentence gets a capital.
        return template.StartsWith("{0}", StringComparison.Ordinal) && error.Args is [Enum, ..] && text.Length > 0
            ? char.ToUpper(text[0], Dutch) + text[1..]
            : text;
    }

    /// <summary>The message with the rule it cites, as shown next to a form: "message (Examenreglement 6.2)".</summary>
    public string Describe(DomainError error) => error.Rule is null ? Text(error) : $"{Text(error)} ({error.Rule})";

    /// <summary>In Dutch whatever the current language, for letters and mails.</summary>
    string IDutchRuleMessages.Describe(DomainError error) =>
        error.Rule is null ? Text(error, Dutch) : $"{Text(error, Dutch)} ({error.Rule})";

    /// <summary>The Dutch text of an enum value (its "Enum.Type.Value" entry), for documents that go out in Dutch.</summary>
    string IDutchRuleMessages.Term(Enum value) => FormatDutch(value);

    /// <summary>The Dutch text of a code, with its placeholders; null when there is none.</summary>
    public string? DutchTemplate(string code) => _resources.GetString(code, Dutch);

    /// <summary>
    /// A DateTimeOffset as a moment on the Dutch clock (Europe/Amsterdam), "d-M-yyyy HH:mm", for a "{n:t}" placeholder.
    /// </summary>
    public static string DutchMoment(DateTimeOffset moment) => LmpExam.ToDutch(moment).ToString("d-M-yyyy HH:mm", Dutch);

    private static bool AsMoment(string template, int index) => template.Contains($"{{{index}:t}}", StringComparison.Ordinal);

    private string FormatDutch(object? arg, bool moment) =>
        moment && arg is DateTimeOffset at ? DutchMoment(at) : FormatDutch(arg);

    private string FormatDutch(object? arg) => arg switch
    {
        null => string.Empty,
        string text => _resources.GetString("Term." + text, Dutch) ?? text,
        DateOnly date => date.ToString("d-M-yyyy", Dutch),
        DateTime moment => moment.ToString("d-M-yyyy", Dutch),
        DateTimeOffset moment => moment.ToString("d-M-yyyy", Dutch),
        Enum value => _resources.GetString($"Enum.{value.GetType().Name}.{value}", Dutch) ?? value.ToString(),
        decimal number => number.ToString("0.##", Dutch),
        double number => number.ToString("0.##", Dutch),
        IEnumerable items => Alternatives([.. items.Cast<object?>().Select(FormatDutch)]),
        IFormattable formattable => formattable.ToString(null, Dutch),
        _ => arg.ToString() ?? string.Empty,
    };

    private static string Alternatives(string[] items) =>
        items.Length < 2 ? string.Concat(items) : string.Join(", ", items[..^1]) + " of " + items[^1];

    [GeneratedRegex(@"\{(\d+):t\}")]
    private static partial Regex MomentPlaceholder();
}
