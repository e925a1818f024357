namespace Touchstone.Domain.Exams;

/// <summary>Statistics of one question over a set of answer sheets (art. 8.9 "statistische analyse").</summary>
/// <param name="PValue">Proportion of candidates who gave an accepted answer (difficulty; voiding is ignored so the real difficulty shows).</param>
/// <param name="ItemRestCorrelation">Pearson correlation of the item score with the score on all other (non-voided) questions; null when either has no variance.</param>
/// <param name="AnswerCounts">How often each answer (including blank) was given: shows attractive distractors.</param>
public sealed record ItemStatistics(int Question, double PValue, double? ItemRestCorrelation, IReadOnlyDictionary<char, int> AnswerCounts, bool Voided);

/// <summary>Classical item analysis of a multiple-choice component.</summary>
public static class ItemAnalysis
{
    /// <summary>p-value and item-rest correlation per question.</summary>
    public static IReadOnlyList<ItemStatistics> Analyse(AnswerKey key, IReadOnlyList<AnswerSheet> sheets)
    {
        var n = sheets.Count;
        var k = key.Questions.Count;
        var correct = new bool[n, k];
        var totals = new int[n];
        for (var c = 0; c < n; c++)
        {
            var answers = sheets[c].Answers;
            if (answers.Length != k)
            {
                throw new ArgumentException($"Sheet {sheets[c].CandidateNumber} has {answers.Length} answers for {k} questions.", nameof(sheets));
            }

            for (var q = 0; q < k; q++)
            {
                var kq = key.Questions[q];
                var ok = answers[q] != AnswerSheet.Blank && kq.AcceptedAnswers.Contains(answers[q], StringComparison.Ordinal);
                correct[c, q] = ok;
                if (ok && !kq.Voided)
                {
                    totals[c]++;
                }
            }
        }

        var result = new ItemStatistics[k];
        for (var q = 0; q < k; q++)
        {
            var counts = new SortedDictionary<char, int>();
            var item = new double[n];
            var rest = new double[n];
            var voided = key.Questions[q].Voided;
            for (var c = 0; c < n; c++)
            {
                var a = sheets[c].Answers[q];
                counts[a] = counts.TryGetValue(a, out var x) ? x + 1 : 1;
                item[c] = correct[c, q] ? 1 : 0;
                rest[c] = totals[c] - (correct[c, q] && !voided ? 1 : 0);
            }

            var p = n == 0 ? 0 : item.Sum() / n;
            result[q] = new ItemStatistics(q + 1, p, Pearson(item, rest), counts, voided);
        }

        return result;
    }

    private static double? Pearson(double[] x, double[] y)
    {
        var n = x.Length;
        if (n < 2)
        {
            return null;
        }

        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - mx;
            var dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? null : sxy / Math.Sqrt(sxx * syy);
    }
}
