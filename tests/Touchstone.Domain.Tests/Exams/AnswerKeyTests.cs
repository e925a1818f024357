using Touchstone.Domain.Exams;

namespace Touchstone.Domain.Tests.Exams;

/// <summary>Examenreglement 8.3 and 8.9: scoring against a key, key changes and their dry run.</summary>
public class AnswerKeyTests
{
    private const string Correct = "ABCDABCDABCDABCDABCDABCDABCDAB";

    private static MultipleChoiceScheme Scheme => LmpBlueprint.Theory;

    private static AnswerKey Key => AnswerKey.FromLetters(Correct);

    /// <summary>A sheet with the first <paramref name="right"/> answers correct and the rest wrong ('D' where the key says otherwise).</summary>
    private static AnswerSheet Sheet(string id, int right) =>
        new(id, string.Concat(Correct.Select((c, i) => i < right ? c : c == 'D' ? 'A' : 'D')));

    [Fact]
    public void TheLmpKeyFitsTheTheoryComponent() => Key.CheckAgainst(Scheme).IsSuccess.ShouldBeTrue();

    [Fact]
    public void ScoreCountsCorrectAnswersAndNotBlanks()
    {
        Key.Score(Sheet("c1", 21)).ShouldBe(21);
        Key.Score(new AnswerSheet("c2", new string(AnswerSheet.Blank, 30))).ShouldBe(0);
    }

    [Fact]
    public void ASecondAcceptedAnswerScoresForEveryoneWhoGaveIt_8_3()
    {
        var changed = Key.Apply(new KeyChange([new AcceptAnswer(30, 'D')], "Both B and D defensible")).Value;
        changed.Version.ShouldBe(2);
        changed.Questions[29].AcceptedAnswers.ShouldBe("BD");
        changed.Score(Sheet("c1", 29)).ShouldBe(30); // answered D on question 30
        changed.Score(Sheet("c1", 30)).ShouldBe(30); // answered B on question 30
    }

    [Fact]
    public void AVoidedQuestionCountsAsCorrectForEveryoneAndTheCutScoreStays_8_3()
    {
        var changed = Key.Apply(new KeyChange([new VoidQuestion(1, "Ambiguous stem")], "comments")).Value;
        changed.Score(new AnswerSheet("blank", new string(AnswerSheet.Blank, 30))).ShouldBe(1);
        changed.Score(Sheet("c", 20)).ShouldBe(20); // question 1 already right: no change
        Scheme.BandFor(20).ShouldBe(ResultBand.Onvoldoende);
        Scheme.Bands.LowestPointsFor(ResultBand.Voldoende).ShouldBe(21);
    }

    [Fact]
    public void InvalidKeyEditsAreAllRefused_8_3()
    {
        var result = Key.Apply(new KeyChange([new AcceptAnswer(1, 'A'), new AcceptAnswer(31, 'B'), new AcceptAnswer(2, AnswerSheet.Blank)], "x"));
        result.Errors.Select(e => e.Code).ShouldBe(["exams.key.already-accepted", "exams.key.unknown-question", "exams.key.blank-not-an-answer"]);
        Key.Apply(new KeyChange([new VoidQuestion(3, "a"), new VoidQuestion(3, "b")], "x")).Errors
            .ShouldHaveSingleItem().Code.ShouldBe("exams.key.already-voided");
    }

    [Fact]
    public void DryRunListsTheCandidatesWhoseResultChangesWithoutChangingTheKey_8_3()
    {
        // c20 has 20 points and got question 30 wrong (answered D): voiding question 30 lifts it to 21 = Voldoende.
        var sheets = new[] { Sheet("c20", 20), Sheet("c25", 25), Sheet("c30", 30), Sheet("c10", 10) };
        var preview = TheoryMarking.Preview(Scheme, Key, new KeyChange([new VoidQuestion(30, "error in stem")], "x"), sheets).Value;

        preview.PointsChanged.Select(c => c.CandidateNumber).ShouldBe(["c20", "c25", "c10"]);
        preview.ResultChanged.ShouldBe([
            new TheoryResultChange("c20", 20, 21, ResultBand.Onvoldoende, ResultBand.Voldoende),
            new TheoryResultChange("c25", 25, 26, ResultBand.Voldoende, ResultBand.Goed),
        ]);
        preview.PointsChanged.Single(c => c.CandidateNumber == "c10").BandChanged.ShouldBeFalse();
        Key.Version.ShouldBe(1);
        Key.Questions[29].Voided.ShouldBeFalse();
    }

    [Fact]
    public void ItemAnalysisGivesPValuesAndItemRestCorrelations_8_9()
    {
        // Question 1: the strong half gets it right, the weak half wrong → positive correlation.
        // Question 2: everyone right → p = 1 and no correlation (no variance).
        var key = AnswerKey.FromLetters("AAAA");
        var sheets = new[]
        {
            new AnswerSheet("1", "AAAA"),
            new AnswerSheet("2", "AAAB"),
            new AnswerSheet("3", "BABB"),
            new AnswerSheet("4", "CAB-"),
        };
        var stats = ItemAnalysis.Analyse(key, sheets);
        stats[0].PValue.ShouldBe(0.5);
        stats[0].ItemRestCorrelation.ShouldNotBeNull().ShouldBeGreaterThan(0.8);
        stats[1].PValue.ShouldBe(1.0);
        stats[1].ItemRestCorrelation.ShouldBeNull();
        stats[3].AnswerCounts[AnswerSheet.Blank].ShouldBe(1);
        stats[3].AnswerCounts['B'].ShouldBe(2);
    }

    [Fact]
    public void ItemRestCorrelationMatchesAHandComputation()
    {
        // Item 1 scores x = [1,1,0,0]; rest scores (items 2-3) y = [2,0,1,0]:
        // mean x = .5, mean y = .75; sxy = .5*1.25 + .5*-.75 + -.5*.25 + -.5*-.75 = .5; sxx = 1; syy = 2.75.
        var key = AnswerKey.FromLetters("AAA");
        var sheets = new[] { new AnswerSheet("1", "AAA"), new AnswerSheet("2", "ABB"), new AnswerSheet("3", "BAB"), new AnswerSheet("4", "BBB") };
        ItemAnalysis.Analyse(key, sheets)[0].ItemRestCorrelation.ShouldNotBeNull().ShouldBe(0.5 / Math.Sqrt(2.75), 1e-12);
    }
}
