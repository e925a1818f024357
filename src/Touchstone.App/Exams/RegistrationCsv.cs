using System.Text;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>
/// Reads the collective registration file: header <c>session;name;dateOfBirth;email;resit</c> (comma or semicolon),
/// optionally followed by the special-arrangement columns <see cref="AccommodationColumns"/> (Examenreglement 6.2);
/// a row leaves them empty when it asks for none. A row with the wrong number of columns or an unreadable value
/// becomes a row with a problem, never an exception.
/// </summary>
public static class RegistrationCsv
{
    public static readonly string[] Columns = ["session", "name", "dateOfBirth", "email", "resit"];

    /// <summary>Kind (Medical, Dyslexia, OtherMotherTongue), extra minutes, read aloud, dictionary, other form, in the Netherlands since, statement.</summary>
    public static readonly string[] AccommodationColumns = ["accommodation", "extraMinutes", "readAloud", "dictionary", "alternativeForm", "residentSince", "statement"];

    private static readonly string[] Yes = ["1", "ja", "yes", "true"];
    private static readonly string[] YesNo = ["", "0", "nee", "no", "false", .. Yes];

    public static IReadOnlyList<RegistrationRow> Read(string text)
    {
        var rows = new List<RegistrationRow>();
        var delimiter = text.Split('\n', 2)[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var line = 0;
        var header = true;
        var columns = Columns;
        foreach (var record in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            line++;
            var fields = Split(record, delimiter);
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (header)
            {
                header = false;
                var names = fields.Select(f => f.Trim()).ToArray();
                string[] extended = [.. Columns, .. AccommodationColumns];
                if (names.SequenceEqual(extended, StringComparer.OrdinalIgnoreCase))
                {
                    columns = extended;
                }
                else if (!names.SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
                {
                    rows.Add(new(line, null, null, null, null, false, new DomainError(
                        "exams.registration.header", $"The first line must be the header '{string.Join(delimiter, Columns)}', optionally followed by '{string.Join(delimiter, AccommodationColumns)}'.")
                    { Args = [string.Join(delimiter, Columns), string.Join(delimiter, AccommodationColumns)] }));
                }

                continue;
            }

            if (fields.Length != columns.Length)
            {
                rows.Add(new(line, null, null, null, fields.ElementAtOrDefault(3), false, new DomainError("exams.registration.columns", $"Line {line} has {fields.Length} columns instead of {columns.Length}.") { Args = [line, fields.Length, columns.Length] }));
                continue;
            }

            var problem = YesNoValue(fields[4], columns[4], out var resit);
            var accommodation = problem is null && columns.Length > Columns.Length ? Accommodation(fields[Columns.Length..], out problem) : null;
            rows.Add(new(line, fields[0], fields[1], fields[2], fields[3], resit, problem, accommodation));
        }

        return rows;
    }

    /// <summary>A kind of special arrangement by its name (as in the API), case-insensitive.</summary>
    public static DomainError? Kind(string? text, out AccommodationKind kind)
    {
        var name = text?.Trim() ?? string.Empty;
        if (name.Length > 0 && !name.All(char.IsAsciiDigit) && Enum.TryParse(name, ignoreCase: true, out kind))
        {
            return null;
        }

        kind = default;
        var kinds = string.Join(", ", Enum.GetNames<AccommodationKind>());
        return new("exams.registration.accommodation-kind", $"'{name}' is not a kind of special arrangement ({kinds}).", "Examenreglement 6.2") { Args = [name, kinds] };
    }

    // The accommodation columns of one row: null when all are empty; a problem for the first unreadable value.
    private static RowAccommodation? Accommodation(string[] fields, out DomainError? problem)
    {
        problem = null;
        if (fields.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        problem = Kind(fields[0], out var kind);
        var minutesText = fields[1].Trim();
        var minutes = 0;
        if (problem is null && minutesText.Length > 0 && !int.TryParse(minutesText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out minutes))
        {
            problem = Value(fields[1], AccommodationColumns[1]);
        }

        var readAloudProblem = YesNoValue(fields[2], AccommodationColumns[2], out var readAloud);
        var dictionaryProblem = YesNoValue(fields[3], AccommodationColumns[3], out var dictionary);
        problem ??= readAloudProblem ?? dictionaryProblem;
        DateOnly? since = null;
        if (problem is null && fields[5].Trim().Length > 0)
        {
            if (DateOnly.TryParseExact(fields[5].Trim(), ["yyyy-MM-dd", "d-M-yyyy"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                since = date;
            }
            else
            {
                problem = Value(fields[5], AccommodationColumns[5]);
            }
        }

        return problem is null ? new(kind, minutes, readAloud, dictionary, fields[4], since, fields[6]) : null;
    }

    private static DomainError? YesNoValue(string text, string column, out bool value)
    {
        var word = text.Trim().ToLowerInvariant();
        value = Yes.Contains(word);
        return YesNo.Contains(word) ? null : Value(text, column);
    }

    private static DomainError Value(string text, string column) =>
        column == Columns[4]
            ? new("exams.registration.resit", $"'{text}' is not a yes/no value for resit.") { Args = [text] }
            : new("exams.registration.value", $"'{text}' is not a valid value for column {column}.") { Args = [text, column] };

    // One CSV record: fields split on the delimiter, double quotes around a field, "" for a quote inside.
    private static string[] Split(string record, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < record.Length; i++)
        {
            var c = record[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < record.Length && record[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
