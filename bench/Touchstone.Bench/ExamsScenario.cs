using System.Globalization;
using Touchstone.Domain.Exams;

namespace Touchstone.Bench;

/// <summary>
/// Marking and result computation for one LMP exam with many candidates (30 questions, 5 assignments,
/// 7 practical parts), then a committee key change: dry-run preview and a full re-score.
/// Options: --candidates N (default 50000), --runs N (default 7), --seed N (default 2014).
/// </summary>
internal static class ExamsScenario
{
    public static int Run(string[] args)
    {
        var candidates = Option(args, "--candidates", 50_000);
        var runs = Option(args, "--runs", 7);
        var seed = Option(args, "--seed", 2014);

        var path = Measure.FindUp(Path.Combine("frameworks", "lmp-exam-blueprint.yaml"));
        var parsed = ExamBlueprintParser.Parse(Path.GetFileName(path), File.ReadAllText(path));
        if (!parsed.IsSuccess)
        {
            parsed.Errors.ToList().ForEach(e => Console.Error.WriteLine(e));
            return 1;
        }

        var blueprint = parsed.Value;
        var theory = blueprint.Scheme<MultipleChoiceScheme>();
        var (key, inputs) = Generate(blueprint, candidates, seed);
        var sheets = inputs.Select(i => i.Theory).ToArray();
        var marking = new ExamMarking(blueprint);
        var change = new KeyChange([new AcceptAnswer(7, Other(key.Questions[6].AcceptedAnswers[0])), new VoidQuestion(19, "ambiguous stem")], "comments and item analysis");

        Console.WriteLine($"Exams scenario: {candidates:N0} candidates, {theory.Questions} questions, 5 assignments, 7 practical parts; seed {seed}");
        Measure.Run("generate data", 1, runs, () => Generate(blueprint, candidates, seed));
        Measure.Run("mark all components + results", 2, runs, () => marking.MarkAll(key, inputs));
        Measure.Run("key change dry-run preview", 2, runs, () => TheoryMarking.Preview(theory, key, change, sheets));
        Measure.Run("key change + full re-score + results", 2, runs, () =>
        {
            var next = key.Apply(change).Value;
            marking.MarkAll(next, inputs);
        });
        Measure.Run("item analysis (p, item-rest r)", 1, runs, () => ItemAnalysis.Analyse(key, sheets));
        var total = Measure.Run("end to end: mark, preview, change, re-score", 1, runs, () =>
        {
            marking.MarkAll(key, inputs);
            TheoryMarking.Preview(theory, key, change, sheets);
            marking.MarkAll(key.Apply(change).Value, inputs);
        });

        var before = marking.MarkAll(key, inputs);
        var after = marking.MarkAll(key.Apply(change).Value, inputs);
        var p = TheoryMarking.Preview(theory, key, change, sheets).Value;
        Console.WriteLine($"passed before change: {before.Count(r => r.Passed):N0}; after: {after.Count(r => r.Passed):N0}; " +
                          $"theory points changed: {p.PointsChanged.Count:N0}; theory result changed: {p.ResultChanged.Count:N0}");
        Console.WriteLine($"target: end to end under 2000 ms -> {(total.MedianMs < 2000 ? "met" : "NOT met")}");
        return total.MedianMs < 2000 ? 0 : 1;
    }

    private static char Other(char c) => c == 'A' ? 'B' : 'A';

    /// <summary>Deterministic candidates with a spread of ability, so every band occurs.</summary>
    private static (AnswerKey Key, CandidateExamInput[] Inputs) Generate(ExamBlueprint blueprint, int count, int seed)
    {
        var random = new Random(seed);
        var theory = blueprint.Scheme<MultipleChoiceScheme>();
        var assignments = blueprint.Scheme<ItemMinimumsScheme>();
        var practical = blueprint.Scheme<CriteriaPointsScheme>();
        const string options = "ABCD";
        var letters = new char[theory.Questions];
        for (var q = 0; q < letters.Length; q++)
        {
            letters[q] = options[random.Next(options.Length)];
        }

        var key = AnswerKey.FromLetters(new string(letters));
        var inputs = new CandidateExamInput[count];
        var answers = new char[theory.Questions];
        for (var c = 0; c < count; c++)
        {
            var ability = 0.45 + (0.5 * random.NextDouble());
            for (var q = 0; q < answers.Length; q++)
            {
                answers[q] = random.NextDouble() < 0.01 ? AnswerSheet.Blank
                    : random.NextDouble() < ability ? letters[q] : options[random.Next(options.Length)];
            }

            var number = "K" + c.ToString("D6", CultureInfo.InvariantCulture);
            var points = assignments.Items.Select(i => Math.Min(i.Max, (int)Math.Round(i.Max * (ability + (0.2 * random.NextDouble()))))).ToArray();
            var met = practical.Parts.Select(p => Math.Min(p.Steps[0].Met, (int)Math.Round(p.Steps[0].Met * (ability + (0.15 * random.NextDouble()))))).ToArray();
            inputs[c] = new CandidateExamInput(number, new AnswerSheet(number, new string(answers)), points, PracticalSheet.Of(met));
        }

        return (key, inputs);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
