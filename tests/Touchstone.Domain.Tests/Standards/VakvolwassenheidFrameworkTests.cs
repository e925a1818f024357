using Touchstone.Domain.Standards;

namespace Touchstone.Domain.Tests.Standards;

/// <summary>frameworks/vakvolwassenheid.yaml against seed 003 (Standaard Vakvolwassenheid).</summary>
public class VakvolwassenheidFrameworkTests
{
    private static readonly Framework Standard = FrameworkFiles.VakvolwassenheidFramework;

    [Fact]
    public void IsACompetencyStandardInDutch()
    {
        Standard.Kind.ShouldBe(FrameworkKind.CompetencyStandard);
        Standard.Language.ShouldBe("nl");
        Standard.Source.Attribution.ShouldNotBeNullOrWhiteSpace();
    }

    // Standaard Vakvolwassenheid, niveaus: Basis (1), Vakbekwaam (2), Vakvolwassen (3); 0 = nog niet.
    [Fact]
    public void LevelsZeroToThree()
    {
        Standard.Levels.Select(l => (l.Number, l.Name)).ShouldBe([(0, "Nog niet"), (1, "Basis"), (2, "Vakbekwaam"), (3, "Vakvolwassen")]);
        Standard.FindScale(Framework.LevelScaleCode)!.Values.Select(v => v.Score).ShouldBe([0m, 1m, 2m, 3m]);
    }

    // Standaard Vakvolwassenheid, "Tekens in de 1e kolom": A attitude, B behaviour, C cognition, D drives.
    [Fact]
    public void FourDimensions() => Standard.Dimensions.Select(d => d.Code).ShouldBe(["A", "B", "C", "D"]);

    // Standaard Vakvolwassenheid: tasks 1–7 primary, 8–10 secondary.
    [Fact]
    public void TenTasksOfWhichSevenPrimary()
    {
        Standard.Tasks.Count.ShouldBe(10);
        Standard.Tasks.Select(t => t.Number).ShouldBe(Enumerable.Range(1, 10));
        Standard.Tasks.Count(t => t.Type == TaskType.Primary).ShouldBe(7);
        Standard.Tasks.Where(t => t.Type == TaskType.Primary).Select(t => t.Number).ShouldBe(Enumerable.Range(1, 7));
        Standard.Tasks.ShouldAllBe(t => t.Description.Length > 0);
    }

    // The intro lists 5–7 as bewaken/handhaven/evalueren; the tables order them bewaken, evalueren, handhaven.
    [Fact]
    public void TasksFiveToSevenFollowTheTableOrder()
    {
        Standard.Tasks.Single(t => t.Number == 5).Name.ShouldBe("Bewaken van afspraken");
        Standard.Tasks.Single(t => t.Number == 6).Name.ShouldBe("Evalueren");
        Standard.Tasks.Single(t => t.Number == 7).Name.ShouldBe("Handhaven");
        Standard.Notes.ShouldContain(n => n.Contains("tabelvolgorde"));
    }

    // Every task has 3 levels × 4 dimensions = 12 cells; only task 3's attitude row misses one.
    [Theory]
    [InlineData(1, 12)]
    [InlineData(2, 12)]
    [InlineData(3, 11)]
    [InlineData(4, 12)]
    [InlineData(5, 12)]
    [InlineData(6, 12)]
    [InlineData(7, 12)]
    [InlineData(8, 12)]
    [InlineData(9, 12)]
    [InlineData(10, 12)]
    public void NonEmptyCellsPerTask(int task, int nonEmpty)
    {
        var t = Standard.Tasks.Single(x => x.Number == task);
        t.Descriptors.Count.ShouldBe(12);
        t.Descriptors.Count(d => d.Text.Length > 0).ShouldBe(nonEmpty);
    }

    // Task 3 attitude: two entries for three levels; the Basis cell is read as the empty one (noted in the file).
    [Fact]
    public void TaskThreeAttitudeBasisIsTheEmptyCell()
    {
        var t3 = Standard.Tasks.Single(t => t.Number == 3);
        t3.Descriptor("A", "basis").ShouldBe("");
        t3.Descriptor("A", "vakbekwaam").ShouldNotBeEmpty();
        t3.Descriptor("A", "vakvolwassen").ShouldNotBeEmpty();
        Standard.Notes.ShouldContain(n => n.Contains("Taak 3"));
    }

    [Fact]
    public void EightCompetencies() => Standard.Competencies.Select(c => c.Name).ShouldBe(
    [
        "Communicatieve vaardigheden", "Coachen", "Flexibiliteit", "Probleemanalyse",
        "Doel- en resultaatgericht", "Plannen en organiseren", "Netwerken", "Creativiteit",
    ]);

    // Indicators per level as listed in the seed's competency tables (Basis, Vakbekwaam, Vakvolwassen).
    [Theory]
    [InlineData("communicatie", 7, 4, 2)]
    [InlineData("coachen", 3, 4, 2)]
    [InlineData("flexibiliteit", 4, 4, 3)]
    [InlineData("probleemanalyse", 4, 3, 3)]
    [InlineData("doelgericht", 4, 3, 1)]
    [InlineData("plannen", 4, 3, 3)]
    [InlineData("netwerken", 3, 2, 1)]
    [InlineData("creativiteit", 6, 5, 4)]
    public void IndicatorsPerLevel(string competency, int basis, int vakbekwaam, int vakvolwassen)
    {
        var c = Standard.Competencies.Single(x => x.Code == competency);
        c.Definition.ShouldNotBeNullOrWhiteSpace();
        c.IndicatorsAt(1).Count().ShouldBe(basis);
        c.IndicatorsAt(2).Count().ShouldBe(vakbekwaam);
        c.IndicatorsAt(3).Count().ShouldBe(vakvolwassen);
    }

    // Standaard Vakvolwassenheid, competenties: cumulatief ("alles wat bij Basis staat geldt ook voor Vakbekwaam").
    [Fact]
    public void CompetencyIndicatorsAreCumulative()
    {
        var c = Standard.Competencies.Single(x => x.Code == "netwerken");
        c.Cumulative.ShouldBeTrue();
        c.RequiredFor(2).Count().ShouldBe(5);
        c.RequiredFor(3).Count().ShouldBe(6);
    }

    [Fact]
    public void RatableItemsAreTaskDimensionsAndCompetencies()
    {
        var items = Standard.RatableItems();
        items.Count.ShouldBe(10 * 4 + 8);
        items.ShouldContain(i => i.Code == "T3.A");
        items.ShouldContain(i => i.Code == "coachen");
    }
}
