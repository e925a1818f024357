using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>
/// One entry of a candidate's exam-day log (Examenreglement 7.8): when (an instant), what — an incident the examiner
/// described, or the state the candidate moved to (refused, absent, removed, invalidated, ...) with its reason — and by whom.
/// </summary>
/// <param name="Kind"><see cref="IncidentKind"/> for a described incident, otherwise the name of the <see cref="RegistrationState"/> moved to.</param>
/// <param name="ById">The user who recorded it; empty for entries kept before the recorder was logged.</param>
/// <param name="ByName">That user's name at the time.</param>
public sealed partial record ExamDayIncident(DateTimeOffset At, string Kind, string Text, string? ById = null, string? ByName = null)
{
    public const string IncidentKind = "incident";

    /// <summary>The state the candidate moved to, or null for a described incident.</summary>
    public RegistrationState? State => Enum.TryParse<RegistrationState>(Kind, out var state) ? state : null;

    /// <summary>An entry as it was kept before it was structured: "2026-06-01 10:15 Removed: reason" (UTC, nobody named).</summary>
    public static ExamDayIncident FromLine(string line)
    {
        var match = LegacyLine().Match(line);
        if (!match.Success)
        {
            return new(DateTimeOffset.MinValue, IncidentKind, line);
        }

        var at = DateTime.ParseExact(match.Groups["at"].Value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return new(new DateTimeOffset(at, TimeSpan.Zero), match.Groups["kind"].Value, line[match.Length..].Trim());
    }

    /// <summary>Reads the stored log: entries as objects, and lines kept before the log was structured.</summary>
    public static List<ExamDayIncident> ReadAll(string json)
    {
        var elements = JsonSerializer.Deserialize<List<JsonElement>>(json) ?? [];
        return [.. elements.Select(e => e.ValueKind == JsonValueKind.String ? FromLine(e.GetString()!) : e.Deserialize<ExamDayIncident>()!)];
    }

    [GeneratedRegex(@"^(?<at>\d{4}-\d{2}-\d{2} \d{2}:\d{2}) (?<kind>[A-Za-z]+):")]
    private static partial Regex LegacyLine();
}
