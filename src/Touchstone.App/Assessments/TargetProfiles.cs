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

    /// <summary>The profile for a preset; custom uses the given per-item levels (items left out are not targeted).</summary>
    public static Result<TargetProfile> Resolve(Framework framework, string? preset, IEnumerable<TargetLevel>? custom = null) => preset switch
    {
        Custom => TargetProfile.Custom(framework, "Eigen profiel", custom ?? []),
        Intern => TargetProfile.InternEndTerms(framework),
        _ => TargetProfile.Proficient(framework),
    };
}
