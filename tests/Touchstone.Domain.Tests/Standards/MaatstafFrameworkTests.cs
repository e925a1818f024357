using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Tests.Standards;

/// <summary>frameworks/maatstaf-2016.yaml against seed 002 (CIIO Maatstaf 2016).</summary>
public class MaatstafFrameworkTests
{
    private static readonly Framework Maatstaf = FrameworkFiles.MaatstafFramework;

    [Fact]
    public void IdentityAndAttributionAreRecorded()
    {
        Maatstaf.Code.ShouldBe("maatstaf");
        Maatstaf.Version.ShouldBe("2016");
        Maatstaf.Kind.ShouldBe(FrameworkKind.QualityStandard);
        Maatstaf.Language.ShouldBe("nl");
        Maatstaf.Source.Publisher.ShouldBe("CIIO");
        Maatstaf.Source.Attribution.ShouldContain("CIIO");
    }

    // Maatstaf 2016: Koers, Organisatie, Kernprocessen, Mensen, Partners, Resultaten — each with three components.
    [Fact]
    public void SixClustersOfThreeComponents()
    {
        Maatstaf.Sections.Select(s => s.Title).ShouldBe(["Koers", "Organisatie", "Kernprocessen", "Mensen", "Partners", "Resultaten"]);
        Maatstaf.Sections.ShouldAllBe(c => c.Kind == "cluster" && c.Sections.Count == 3);
        Maatstaf.AllSections().Count(s => s.Kind == "component").ShouldBe(18);
        Maatstaf.Sections.SelectMany(c => c.Sections).Select(c => c.Title).ShouldBe(
        [
            "Oriëntatie", "Leiderschap", "Vernieuwing",
            "Inrichting", "Managementsysteem", "Infrastructuur",
            "Overeenkomst", "Uitvoering", "Afronding",
            "Selectie", "Ontwikkeling", "Evaluatie",
            "Samenwerking", "Derden", "Leveranciers",
            "Toetsing", "Reflectie", "Maatregelen",
        ]);
    }

    // Counted in the complete copies of seed 002 (the text is repeated; one copy is garbled at Derden/Leveranciers).
    [Theory]
    [InlineData("K1", 5)]
    [InlineData("K2", 6)]
    [InlineData("K3", 5)]
    [InlineData("O1", 4)]
    [InlineData("O2", 6)]
    [InlineData("O3", 4)]
    [InlineData("KP1", 6)]
    [InlineData("KP2", 7)]
    [InlineData("KP3", 4)]
    [InlineData("M1", 5)]
    [InlineData("M2", 6)]
    [InlineData("M3", 3)]
    [InlineData("P1", 4)]
    [InlineData("P2", 4)]
    [InlineData("P3", 4)]
    [InlineData("R1", 4)]
    [InlineData("R2", 4)]
    [InlineData("R3", 3)]
    public void EachComponentHasItsAimAndTheRequirementsOfTheSeedOnce(string component, int requirements)
    {
        var section = Maatstaf.AllSections().Single(s => s.Code == component);
        section.Aim.ShouldNotBeNullOrWhiteSpace();
        section.Requirements.Count.ShouldBe(requirements);
        section.Requirements.Select(r => r.Code).ShouldBe(Enumerable.Range(1, requirements).Select(i => $"{component}.{i}"));
    }

    [Fact]
    public void EightyFourRequirementsInAll() => Maatstaf.AllRequirements().Count().ShouldBe(84);

    // Maatstaf 2016 §EA Codes: 34 to 38.
    [Fact]
    public void EaCodes34To38WithDescriptions()
    {
        Maatstaf.EaCodes.Select(e => e.Code).ShouldBe([34, 35, 36, 37, 38]);
        Maatstaf.EaCodes.ShouldAllBe(e => e.Description.Length > 0);
        Maatstaf.EaCodes.Single(e => e.Code == 37).Description.ShouldBe("Onderwijs");
    }

    [Fact]
    public void SelfEvaluationAndAuditFindingScalesAreOrderedLowToHigh()
    {
        Maatstaf.FindScale("zelfevaluatie")!.Values.Select(v => v.Score).ShouldBe([1m, 2m, 3m, 4m]);
        Maatstaf.FindScale("bevinding")!.Values.Select(v => v.Code).ShouldBe(["major", "minor", "verbeterkans", "observatie", "sterk"]);
    }

    [Fact]
    public void TheChosenSelfEvaluationScaleIsNotedAsAnInterpretation() =>
        Maatstaf.Notes.ShouldContain(n => n.Contains("geeft geen schaal"));

    [Fact]
    public void RequirementsAreTheRatableItems() =>
        Maatstaf.RatableItems().Select(i => i.Code).ShouldBe(Maatstaf.AllRequirements().Select(r => r.Code));
}
