using System.Text;
using Touchstone.Domain.Common;

namespace Touchstone.App.Exams;

/// <summary>
/// Reads the collective registration file: header <c>session;name;dateOfBirth;email;resit</c> (comma or
/// semicolon). A row with the wrong number of columns becomes a row with a problem, never an exception.
/// </summary>
public static class RegistrationCsv
{
    public static readonly string[] Columns = ["session", "name", "dateOfBirth", "email", "resit"];

    public static IReadOnlyList<RegistrationRow> Read(string text)
    {
        var rows = new List<RegistrationRow>();
        var delimiter = text.Split('\n', 2)[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var line = 0;
        var header = true;
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
                if (!fields.Select(f => f.Trim()).SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
                {
                    rows.Add(new(line, null, null, null, null, false, new DomainError("exams.registration.header", $"The first line must be the header '{string.Join(delimiter, Columns)}'.") { Args = [string.Join(delimiter, Columns)] }));
                }

                continue;
            }

            if (fields.Length != Columns.Length)
            {
                rows.Add(new(line, null, null, null, fields.ElementAtOrDefault(3), false, new DomainError("exams.registration.columns", $"Line {line} has {fields.Length} columns instead of {Columns.Length}.") { Args = [line, fields.Length, Columns.Length] }));
                continue;
            }

            var resit = fields[4].Trim().ToLowerInvariant();
            if (resit is not ("" or "0" or "1" or "ja" or "nee" or "yes" or "no" or "true" or "false"))
            {
                rows.Add(new(line, fields[0], fields[1], fields[2], fields[3], false, new DomainError("exams.registration.resit", $"'{fields[4]}' is not a yes/no value for resit.") { Args = [fields[4]] }));
                continue;
            }

            rows.Add(new(line, fields[0], fields[1], fields[2], fields[3], resit is "1" or "ja" or "yes" or "true"));
        }

        return rows;
    }

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
