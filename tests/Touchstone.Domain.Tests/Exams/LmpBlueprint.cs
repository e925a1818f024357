using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Loads frameworks/lmp-exam-blueprint.yaml from the repository, walking up from the test assembly.</summary>
internal static class LmpBlueprint
{
    public const string FileName = "lmp-exam-blueprint.yaml";

    private static readonly Lazy<ExamBlueprint> Loaded = new(() =>
    {
        var result = ExamBlueprintParser.Parse(FileName, Text());
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    });

    public static ExamBlueprint Blueprint => Loaded.Value;

    public static MultipleChoiceScheme Theory => Blueprint.Scheme<MultipleChoiceScheme>();

    public static ItemMinimumsScheme Assignments => Blueprint.Scheme<ItemMinimumsScheme>();

    public static CriteriaPointsScheme Practical => Blueprint.Scheme<CriteriaPointsScheme>();

    public static string Text()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "frameworks", FileName);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        throw new FileNotFoundException("frameworks/" + FileName + " not found above " + AppContext.BaseDirectory);
    }
}
