using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Tests.Standards;

public class FrameworkExporterTests
{
    [Theory]
    [InlineData(FrameworkFiles.Maatstaf)]
    [InlineData(FrameworkFiles.Vakvolwassenheid)]
    public void LoadExportLoadGivesAnEqualModel(string file)
    {
        var first = FrameworkFiles.Load(file);
        var yaml = FrameworkExporter.ToYaml(first);
        var second = FrameworkLoader.Load("export.yaml", yaml);
        second.IsSuccess.ShouldBeTrue(string.Join("\n", second.Errors));
        second.Value.ShouldBe(first);
    }

    [Fact]
    public void EqualityIsStructuralSoAChangedTextIsNoticed()
    {
        var first = FrameworkFiles.MaatstafFramework;
        var changed = first with { Notes = first.Notes.Append("extra").ToEquatableList() };
        changed.ShouldNotBe(first);
    }
}
