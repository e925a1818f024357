using Touchstone.Domain.PersonCertification;

namespace Touchstone.Domain.Tests.PersonCertification;

/// <summary>Loads frameworks/cmc-scheme.yaml by walking up from the test assembly directory.</summary>
internal static class SchemeFile
{
    private static readonly Lazy<(string Path, string Text)> File = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "frameworks", "cmc-scheme.yaml");
            if (System.IO.File.Exists(candidate))
            {
                return (candidate, System.IO.File.ReadAllText(candidate));
            }
        }

        throw new FileNotFoundException("frameworks/cmc-scheme.yaml not found above " + AppContext.BaseDirectory);
    });

    public static string Text => File.Value.Text;

    /// <summary>The scheme as loaded from the data file (tests use this, not <see cref="CmcScheme.Default"/>).</summary>
    public static CmcScheme Scheme => CmcScheme.FromYaml("cmc-scheme.yaml", Text).Value;
}
