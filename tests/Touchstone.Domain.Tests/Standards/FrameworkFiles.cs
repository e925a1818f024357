using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Tests.Standards;

/// <summary>Reads the data files in the repository's frameworks/ folder (tests may do I/O; the domain does not).</summary>
public static class FrameworkFiles
{
    public const string Maatstaf = "maatstaf-2016.yaml";
    public const string Vakvolwassenheid = "vakvolwassenheid.yaml";

    private static readonly Lazy<Framework> LazyMaatstaf = new(() => Load(Maatstaf));
    private static readonly Lazy<Framework> LazyVakvolwassenheid = new(() => Load(Vakvolwassenheid));

    public static Framework MaatstafFramework => LazyMaatstaf.Value;

    public static Framework VakvolwassenheidFramework => LazyVakvolwassenheid.Value;

    public static string Text(string fileName)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "frameworks")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("frameworks/ folder not found above " + AppContext.BaseDirectory)
            : File.ReadAllText(Path.Combine(dir.FullName, "frameworks", fileName));
    }

    public static Framework Load(string fileName)
    {
        var result = FrameworkLoader.Load(fileName, Text(fileName));
        result.IsSuccess.ShouldBeTrue(string.Join(Environment.NewLine, result.Errors));
        return result.Value;
    }
}
