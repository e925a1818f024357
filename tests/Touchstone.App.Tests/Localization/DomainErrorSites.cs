using System.Text;
using System.Text.RegularExpressions;

namespace Touchstone.App.Tests.Localization;

/// <summary>One place in src/ that builds a rule message: its code, its English message and how many Args it passes.</summary>
public sealed record DomainErrorSite(string File, int Line, string Code, string Message, int ArgCount)
{
    public bool Interpolated => Message.StartsWith("$\"", StringComparison.Ordinal);

    public override string ToString() => $"{File}:{Line} {Code} ({ArgCount} args) {Message}";
}

/// <summary>
/// Finds every construction of a DomainError in the source tree (src/**/*.cs), by reading the code rather than
/// running it: <c>new DomainError(code, message, rule) { Args = [...] }</c>, the target-typed <c>new(code, ...)</c>,
/// and the checklist helpers <c>Fail(code, message, rule, args...)</c>, <c>Require(answer, item, code, message, rule)</c>
/// and the committee's <c>Exactly(active, role, code, what, rule, breaches)</c>. A code is a string literal
/// ("exams.registration.full") or a string constant declared in the sources (ProblemCode).
/// </summary>
public static partial class DomainErrorSites
{
    private static readonly Regex CodeLiteral = CodeLiteralRegex();

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Touchstone.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Touchstone.slnx not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<DomainErrorSite> Scan()
    {
        var root = RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(root, f), Text: File.ReadAllText(f)))
            .ToList();

        var globalConstants = files.SelectMany(f => Constants(f.Text)).GroupBy(c => c.Name)
            .Where(g => g.Select(c => c.Value).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Value);

        var sites = new List<DomainErrorSite>();
        foreach (var (path, text) in files)
        {
            var local = Constants(text).GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().Value);
            foreach (Match m in SiteRegex().Matches(text))
            {
                var args = ReadArguments(text, m.Index + m.Length, out var end);
                var kind = m.Groups["kind"].Value;
                var codeIndex = kind is "Require" or "Exactly" ? 2 : 0;
                if (args.Count <= codeIndex + 1)
                {
                    continue;
                }

                var code = ResolveCode(args[codeIndex], local, globalConstants);
                if (code is null)
                {
                    continue; // not a rule message (another record), or a code forwarded from a caller that is scanned itself
                }

                var argCount = kind switch
                {
                    "Fail" => args.Count - 3,
                    "Require" => args.Count - 5,
                    "Exactly" => 1,
                    _ => InitializerArgs(text, end),
                };
                var line = text.AsSpan(0, m.Index).Count('\n') + 1;
                sites.Add(new(path, line, code, Regex.Replace(kind == "Exactly" ? args[3] : args[codeIndex + 1], @"\s+", " "), argCount));
            }
        }

        return sites;
    }

    private static string? ResolveCode(string argument, Dictionary<string, string> local, Dictionary<string, string> global)
    {
        if (CodeLiteral.IsMatch(argument))
        {
            return argument.Trim('"');
        }

        var value = local.GetValueOrDefault(argument) ?? global.GetValueOrDefault(argument);
        return value is not null && CodeLiteral.IsMatch('"' + value + '"') ? value : null;
    }

    private static IEnumerable<(string Name, string Value)> Constants(string text) =>
        ConstantRegex().Matches(text).Select(m => (m.Groups["name"].Value, m.Groups["value"].Value));

    /// <summary>The number of elements in an object initializer <c>{ Args = [a, b] }</c> right after the call; 0 without one.</summary>
    private static int InitializerArgs(string text, int index)
    {
        var initializer = ArgsInitializerRegex().Match(text, index);
        if (!initializer.Success || initializer.Index != index)
        {
            return 0;
        }

        var elements = ReadArguments(text, initializer.Index + initializer.Length, out _);
        return elements.Count(e => e.Length > 0);
    }

    /// <summary>
    /// Splits the arguments of a call (or the elements of a collection expression) that opens just before
    /// <paramref name="start"/>: top-level commas only, string and interpolated-string aware.
    /// </summary>
    public static List<string> ReadArguments(string text, int start, out int end)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' || (c is '$' or '@' && i + 1 < text.Length && text[i + 1] == '"'))
            {
                var stop = SkipString(text, i);
                current.Append(text, i, stop - i);
                i = stop;
                continue;
            }

            if (c == '\'')
            {
                var stop = i + 1;
                while (text[stop] != '\'')
                {
                    stop += text[stop] == '\\' ? 2 : 1;
                }

                current.Append(text, i, stop + 1 - i);
                i = stop + 1;
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0)
                {
                    args.Add(current.ToString().Trim());
                    end = i + 1;
                    return args;
                }

                depth--;
            }

            if (depth == 0 && c == ',')
            {
                args.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }

            i++;
        }

        end = text.Length;
        return args;
    }

    /// <summary>The index just after the string literal (plain, verbatim or interpolated) that starts at <paramref name="i"/>.</summary>
    private static int SkipString(string text, int i)
    {
        var interpolated = text[i] == '$';
        var verbatim = text[i] == '@';
        var k = i + (interpolated || verbatim ? 2 : 1);
        var holes = 0;
        while (k < text.Length)
        {
            var ch = text[k];
            if (ch == '\\' && !verbatim)
            {
                k += 2;
                continue;
            }

            if (interpolated && ch == '{')
            {
                if (holes == 0 && k + 1 < text.Length && text[k + 1] == '{')
                {
                    k += 2;
                    continue;
                }

                holes++;
            }
            else if (interpolated && ch == '}' && holes > 0)
            {
                holes--;
            }
            else if (ch == '"' && holes > 0)
            {
                k = SkipString(text, k);
                continue;
            }
            else if (ch == '"')
            {
                return k + 1;
            }

            k++;
        }

        return k;
    }

    [GeneratedRegex("""^"[a-z][a-z0-9-]*(\.[a-z0-9-]+)+"$""")]
    private static partial Regex CodeLiteralRegex();

    [GeneratedRegex("""(?:\bnew\s+(?:Common\.)?(?<kind>DomainError)|\b(?<kind>new)|[.\s](?<kind>Fail|Require)|\b(?<kind>Exactly))\s*\(""")]
    private static partial Regex SiteRegex();

    [GeneratedRegex("""const\s+string\s+(?<name>\w+)\s*=\s*"(?<value>[^"]*)"\s*;""")]
    private static partial Regex ConstantRegex();

    [GeneratedRegex("""\s*\{\s*Args\s*=\s*\[""")]
    private static partial Regex ArgsInitializerRegex();
}
