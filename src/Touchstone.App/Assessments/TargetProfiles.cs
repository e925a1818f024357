using System.Globalization;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Common;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Assessments;

/// <summary>The target-profile presets offered on the gap page: intern end terms, proficient, or custom per item.</summary>
public static class TargetProfiles
{
    public const string Intern = "intern";
    public const string Proficient = "proficient";
    public const string Custom = "custom";

    public static IReadOnlyList<string> Presets { get; } = [Intern, Proficient, Custom];

    /// <summary>
    /// Reads a custom profile typed as one "item=level" per line (e.g. "T1.A=2"; blank lines ignored): the targets of
    /// the well-formed lines, and an error naming each line of another form (never silently skipped). Whether an item
    /// and a level exist is checked by <see cref="TargetProfile.Custom"/>.
    /// </summary>
    public static (IReadOnlyList<TargetLevel> Targets, IReadOnlyList<DomainError> Errors) ParseCustom(string? text)
    {
        var targets = new List<TargetLevel>();
        var errors = new List<DomainError>();
        foreach (var line in (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Length > 0 && int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var level))
            {
                targets.Add(new TargetLevel(parts[0], level));
            }
            else
            {
                errors.Add(new DomainError("profile.bad-line", $"'{line}' is not of the form item=level (for example T1.A=2).", AssessmentRules.UsageAdvice) { Args = [line] });
            }
        }

        return (targets, errors);
    }

    /// <summary>The profile for a preset; custom uses the given per-item levels (items left out are not targeted).</summary>
    public static Result<TargetProfile> Resolve(Framework framework, string? preset, IEnumerable<TargetLevel>? custom = null) => preset switch
    {
        Custom => TargetProfile.Custom(framework, "Eigen profiel", custom ?? []),
        Intern => TargetProfile.InternEndTerms(framework),
        _ => TargetProfile.Proficient(framework),
    };
}
