using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Tests.Standards;

/// <summary>DOMAIN §1: frameworks are loaded from data files; every problem is reported with file and line.</summary>
public class FrameworkLoaderTests
{
    private const string Valid = """
        code: "demo"
        version: "1"
        title: "Demo"
        language: "nl"
        kind: "quality-standard"
        source:
          title: "Bron"
          attribution: "Naar de bron"
        scales:
          - code: "s"
            name: "Schaal"
            values:
              - { code: "1", label: "laag", score: 1 }
              - { code: "2", label: "hoog", score: 2 }
        sections:
          - code: "A"
            kind: "cluster"
            title: "Cluster A"
            sections:
              - code: "A1"
                kind: "component"
                title: "Onderdeel"
                aim: "Doel"
                requirements:
                  - { code: "A1.1", text: "Eis een" }
                  - { code: "A1.2", text: "Eis twee" }
        """;

    private static List<string> Problems(string yaml)
    {
        var result = FrameworkLoader.Load("demo.yaml", yaml);
        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldAllBe(e => e.Code == FrameworkLoader.ProblemCode);
        return result.Errors.Select(e => e.Message).ToList();
    }

    [Fact]
    public void AValidFileLoads()
    {
        var result = FrameworkLoader.Load("demo.yaml", Valid);
        result.IsSuccess.ShouldBeTrue(string.Join("\n", result.Errors));
        result.Value.AllRequirements().Select(r => r.Code).ShouldBe(["A1.1", "A1.2"]);
    }

    [Fact]
    public void UnknownKeyIsReportedWithFileAndLine() =>
        Problems(Valid.Replace("title: \"Demo\"", "title: \"Demo\"\ncolour: \"blue\"")).ShouldBe(
            ["demo.yaml:4: unknown key 'colour' in framework (allowed: code, version, title, language, kind, source, notes, scales, ea-codes, sections, levels, dimensions, tasks, competencies)"]);

    [Fact]
    public void MissingFieldIsReported() =>
        Problems(Valid.Replace("version: \"1\"\n", "")).ShouldContain(m => m.StartsWith("demo.yaml:1:") && m.Contains("missing field 'version'"));

    [Fact]
    public void DuplicateCodeIsReportedAtTheSecondOccurrence() =>
        Problems(Valid.Replace("code: \"A1.2\"", "code: \"A1.1\"")).ShouldBe(
            ["demo.yaml:26: duplicate code 'A1.1' (requirement code); codes must be unique in the framework"]);

    [Fact]
    public void ScaleValueOutOfOrderIsReported() =>
        Problems(Valid.Replace("label: \"hoog\", score: 2", "label: \"hoog\", score: 0"))
            .ShouldHaveSingleItem().ShouldStartWith("demo.yaml:14: scale value out of order");

    [Fact]
    public void UnknownKindIsReported() =>
        Problems(Valid.Replace("quality-standard", "exam-blueprint")).ShouldHaveSingleItem().ShouldContain("unknown kind 'exam-blueprint'");

    [Fact]
    public void InvalidYamlIsReportedWithItsLine() =>
        Problems("code: \"x\"\nversion: [1, 2\n").ShouldHaveSingleItem().ShouldStartWith("demo.yaml:");

    [Fact]
    public void AllProblemsAreReportedNotJustTheFirst()
    {
        var yaml = Valid
            .Replace("title: \"Demo\"", "title: \"Demo\"\ncolour: \"blue\"")
            .Replace("code: \"A1.2\"", "code: \"A1.1\"")
            .Replace("attribution: \"Naar de bron\"", "")
            .Replace("label: \"hoog\", score: 2", "label: \"hoog\", score: x");
        var problems = Problems(yaml);
        problems.Count.ShouldBe(4);
        problems.ShouldContain(m => m.Contains("unknown key 'colour'"));
        problems.ShouldContain(m => m.Contains("duplicate code 'A1.1'"));
        problems.ShouldContain(m => m.Contains("missing field 'attribution'"));
        problems.ShouldContain(m => m.Contains("must be a number, not 'x'"));
    }

    private const string Competency = """
        code: "c"
        version: "1"
        title: "C"
        language: "nl"
        kind: "competency-standard"
        source: { title: "Bron", attribution: "Naar de bron" }
        levels:
          - { code: "nog-niet", number: 0, name: "Nog niet" }
          - { code: "basis", number: 1, name: "Basis" }
          - { code: "vak", number: 2, name: "Vakbekwaam" }
        dimensions:
          - { code: "A", name: "Attitude" }
        tasks:
          - code: "T1"
            number: 1
            name: "Taak"
            type: "primary"
            descriptors:
              A: { basis: "x", vak: "y" }
        competencies:
          - code: "k"
            name: "Competentie"
            cumulative: true
            indicators:
              basis: ["een"]
              vak: ["twee"]
        """;

    [Fact]
    public void ACompetencyStandardLoads()
    {
        var result = FrameworkLoader.Load("c.yaml", Competency);
        result.IsSuccess.ShouldBeTrue(string.Join("\n", result.Errors));
        result.Value.Competencies[0].Indicators.Select(i => i.Code).ShouldBe(["k.1.1", "k.2.1"]);
    }

    [Fact]
    public void LevelNumberOutsideZeroToThreeIsABadLevel() =>
        Problems(Competency.Replace("number: 2", "number: 7")).ShouldContain(m => m.StartsWith("demo.yaml:10:") && m.Contains("bad level: number 7"));

    [Fact]
    public void DescriptorAtAnUnknownLevelIsABadLevel() =>
        Problems(Competency.Replace("vak: \"y\"", "expert: \"y\"")).ShouldHaveSingleItem().ShouldContain("bad level 'expert'");

    [Fact]
    public void IndicatorAtLevelZeroIsABadLevel() =>
        Problems(Competency.Replace("basis: [\"een\"]", "nog-niet: [\"een\"]")).ShouldHaveSingleItem().ShouldContain("bad level 'nog-niet'");

    [Fact]
    public void UnknownDimensionIsReported() =>
        Problems(Competency.Replace("A: { basis", "Z: { basis")).ShouldHaveSingleItem().ShouldContain("unknown dimension 'Z'");

    [Fact]
    public void LevelsOutOfOrderAreReported() =>
        Problems(Competency.Replace("number: 1,", "number: 3,")).ShouldHaveSingleItem().ShouldContain("bad level: level 'vak' (2)");
}
