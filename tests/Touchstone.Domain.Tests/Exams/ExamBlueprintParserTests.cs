using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>The LMP blueprint file against Examenreglement 8.1-8.7, and the parser's problem reporting.</summary>
public class ExamBlueprintParserTests
{
    [Fact]
    public void LmpBlueprintHasTheThreeComponentsOfArticle8_1()
    {
        var bp = LmpBlueprint.Blueprint;
        bp.Id.ShouldBe("lmp");
        bp.Components.Select(c => c.Code).ShouldBe(["theory", "assignments", "practical"]);
        bp.PassRule.MinimumBand.ShouldBe(ResultBand.Voldoende);
    }

    [Fact]
    public void TheoryIs30QuestionsWithA70PercentCutScore_8_7()
    {
        var t = LmpBlueprint.Theory;
        t.MaxPoints.ShouldBe(30);
        t.CutPercentage.ShouldBe(70m);
        t.Bands.Ranges.ShouldBe([
            new BandRange(ResultBand.Onvoldoende, 0, 20),
            new BandRange(ResultBand.Voldoende, 21, 25),
            new BandRange(ResultBand.Goed, 26, 30),
        ]);
    }

    [Fact]
    public void AssignmentsHaveTheMaximumsAndMinimumsOf8_7()
    {
        var a = LmpBlueprint.Assignments;
        a.Items.Select(i => (i.Max, i.Min)).ShouldBe([(9, 7), (9, 7), (12, 9), (9, 7), (12, 9)]);
        a.TotalMax.ShouldBe(51);
        a.GoodTotal.ShouldBe(45);
    }

    [Fact]
    public void PracticalHasSevenPartsWorthTenPointsAndKeepsTheStated75PercentAsInterpretation_8_7()
    {
        var p = LmpBlueprint.Practical;
        p.Parts.Count.ShouldBe(7);
        p.Parts.Select(x => x.MaxPoints).ShouldBe([2, 1, 1, 1, 1, 1, 3]);
        p.MaxPoints.ShouldBe(10);
        p.CutPercentage.ShouldBe(75m);
        p.Interpretation.ShouldNotBeNull().ShouldContain("75%");
        p.OnTheSpotResit.ShouldBe(new ResitRule(1, 6));
    }

    [Fact]
    public void ACutPercentageThatContradictsTheBandTableIsReportedWithItsLine()
    {
        var yaml = LmpBlueprint.Text().Replace("cutPercentage: 70", "cutPercentage: 80", StringComparison.Ordinal);
        var result = ExamBlueprintParser.Parse("x.yaml", yaml);
        result.IsSuccess.ShouldBeFalse();
        var line = LineOf(yaml, "cutPercentage: 80");
        result.Errors.ShouldHaveSingleItem().Message.ShouldStartWith($"x.yaml:{line}:");
        result.Errors[0].Message.ShouldContain("Voldoende from 24");
    }

    [Fact]
    public void EveryProblemIsReportedNotJustTheFirst()
    {
        var yaml = LmpBlueprint.Text()
            .Replace("{ number: 3, max: 12, min: 9 }", "{ number: 3, max: 12, min: 13 }", StringComparison.Ordinal)
            .Replace("totalMax: 51", "totalMax: 50", StringComparison.Ordinal)
            .Replace("{ band: Goed, from: 9, to: 10 }", "{ band: Good, from: 9, to: 10 }", StringComparison.Ordinal)
            .Replace("pointsPerQuestion: 1", "pointsPerQuestion: one", StringComparison.Ordinal)
            .Replace("minimumBand: Voldoende", "minimumBand: 1", StringComparison.Ordinal);
        var result = ExamBlueprintParser.Parse(LmpBlueprint.FileName, yaml);
        result.IsSuccess.ShouldBeFalse();
        var messages = result.Errors.Select(e => e.Message).ToArray();
        messages.ShouldContain(m => m.StartsWith($"{LmpBlueprint.FileName}:{LineOf(yaml, "min: 13")}:", StringComparison.Ordinal) && m.Contains("minimum 13 exceeds maximum 12"));
        messages.ShouldContain(m => m.StartsWith($"{LmpBlueprint.FileName}:{LineOf(yaml, "totalMax: 50")}:", StringComparison.Ordinal) && m.Contains("add up to 51"));
        messages.ShouldContain(m => m.StartsWith($"{LmpBlueprint.FileName}:{LineOf(yaml, "band: Good")}:", StringComparison.Ordinal) && m.Contains("'Good'"));
        messages.ShouldContain(m => m.StartsWith($"{LmpBlueprint.FileName}:{LineOf(yaml, "pointsPerQuestion: one")}:", StringComparison.Ordinal));
        messages.ShouldContain(m => m.StartsWith($"{LmpBlueprint.FileName}:{LineOf(yaml, "minimumBand: 1")}:", StringComparison.Ordinal));
        result.Errors.ShouldAllBe(e => e.Code == ExamBlueprintParser.ProblemCode);
    }

    [Fact]
    public void GapsInABandTableAndUnknownKeysAreProblems()
    {
        var yaml = LmpBlueprint.Text()
            .Replace("{ band: Voldoende, from: 21, to: 25 }", "{ band: Voldoende, from: 22, to: 25 }", StringComparison.Ordinal)
            .Replace("goodTotal: 45", "goodTotal: 45\n    bonus: 3", StringComparison.Ordinal);
        var result = ExamBlueprintParser.Parse("x.yaml", yaml);
        result.Errors.Select(e => e.Message).ShouldContain(m => m.Contains("must start at 21"));
        result.Errors.Select(e => e.Message).ShouldContain(m => m.StartsWith($"x.yaml:{LineOf(yaml, "bonus: 3")}:", StringComparison.Ordinal) && m.Contains("Unknown key 'bonus'"));
    }

    [Fact]
    public void PracticalWithoutInterpretationMustMatchItsStatedPercentage()
    {
        var text = LmpBlueprint.Text();
        var start = text.IndexOf("    interpretation: >-", StringComparison.Ordinal);
        var end = text.IndexOf("    bands:", start, StringComparison.Ordinal);
        var yaml = text.Remove(start, end - start);
        var result = ExamBlueprintParser.Parse("x.yaml", yaml);
        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("75% of 10 points means Voldoende from 8");
    }

    [Fact]
    public void APracticalPartWithFewerCriteriaThanItsHighestStepNeedsIsAProblem()
    {
        // Examenreglement 8.7 part 7: "3 punten bij 6 x V" cannot be scored on 5 criteria.
        var yaml = LmpBlueprint.Text().Replace("criteria: 6", "criteria: 5", StringComparison.Ordinal);
        var result = ExamBlueprintParser.Parse("x.yaml", yaml);
        var message = result.Errors.ShouldHaveSingleItem().Message;
        message.ShouldStartWith($"x.yaml:{LineOf(yaml, "criteria: 5")}:");
        message.ShouldEndWith(": Part 7 has 5 criteria but its highest step needs 6 met.");
    }

    [Fact]
    public void BrokenYamlIsReportedWithItsLine()
    {
        var result = ExamBlueprintParser.Parse("bad.yaml", "id: lmp\ncomponents: [\n  - a: b\n");
        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("bad.yaml:");
        result.Errors[0].Message.ShouldContain("YAML syntax");
    }

    [Fact]
    public void MissingTopLevelFieldsAreAllNamed()
    {
        var result = ExamBlueprintParser.Parse("x.yaml", "id: lmp\n");
        var messages = string.Join("\n", result.Errors.Select(e => e.Message));
        foreach (var key in new[] { "version", "name", "source", "passRule", "components" })
        {
            messages.ShouldContain($"Missing '{key}'");
        }
    }

    private static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(fragment, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException(fragment + " not in text");
    }
}
