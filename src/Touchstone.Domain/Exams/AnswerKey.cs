using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>One question of a multiple-choice key: the accepted answers, and whether it was voided (art. 8.3).</summary>
public sealed record KeyQuestion(int Number, string AcceptedAnswers, bool Voided = false, string? Reason = null)
{
    /// <summary>Art. 8.3: a voided question counts as correct for every candidate; otherwise any accepted answer scores.</summary>
    public bool Scores(char answer) => Voided || (answer != AnswerSheet.Blank && AcceptedAnswers.Contains(answer, StringComparison.Ordinal));
}

/// <summary>A candidate's multiple-choice answers, one character per question (<see cref="Blank"/> when unanswered).</summary>
public sealed record AnswerSheet(string CandidateNumber, string Answers)
{
    public const char Blank = '-';
}

/// <summary>
/// The answer key of a multiple-choice component, versioned: the committee fixes the final key after
/// the comment period and the item analysis (art. 8.9) and may change it (art. 8.3).
/// </summary>
public sealed record AnswerKey(int Version, IReadOnlyList<KeyQuestion> Questions)
{
    /// <summary>A first key from one correct letter per question, e.g. "ABDC...".</summary>
    public static AnswerKey FromLetters(string letters) =>
        new(1, letters.Select((c, i) => new KeyQuestion(i + 1, c.ToString())).ToArray());

    /// <summary>Raw points for one sheet; the sheet must have one answer per question.</summary>
    public int Score(AnswerSheet sheet, int pointsPerQuestion = 1)
    {
        var answers = sheet.Answers;
        if (answers.Length != Questions.Count)
        {
            throw new ArgumentException($"Sheet {sheet.CandidateNumber} has {answers.Length} answers for {Questions.Count} questions.", nameof(sheet));
        }

        var points = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            if (Questions[i].Scores(answers[i]))
            {
                points += pointsPerQuestion;
            }
        }

        return points;
    }

    /// <summary>Checks that this key fits the component: one entry per question, each with an answer.</summary>
    public Result CheckAgainst(MultipleChoiceScheme scheme)
    {
        var errors = new List<DomainError>();
        if (Questions.Count != scheme.Questions)
        {
            errors.Add(new("exams.key.question-count", $"The key has {Questions.Count} questions; the component has {scheme.Questions}.", "Examenreglement 8.3") { Args = [Questions.Count, scheme.Questions] });
        }

        errors.AddRange(Questions.Where(q => q.AcceptedAnswers.Length == 0 && !q.Voided)
            .Select(q => new DomainError("exams.key.no-answer", $"Question {q.Number} has no accepted answer.", "Examenreglement 8.3") { Args = [q.Number] }));
        return Result.From(errors);
    }

    /// <summary>
    /// Applies a committee key change (art. 8.3): extra accepted answers and voided questions. The cut
    /// score is not touched. Returns the next key version.
    /// </summary>
    public Result<AnswerKey> Apply(KeyChange change)
    {
        var questions = Questions.ToArray();
        var errors = new List<DomainError>();
        foreach (var edit in change.Edits)
        {
            var index = edit.Question - 1;
            if (index < 0 || index >= questions.Length)
            {
                errors.Add(new("exams.key.unknown-question", $"There is no question {edit.Question}.", "Examenreglement 8.3") { Args = [edit.Question] });
                continue;
            }

            var q = questions[index];
            switch (edit)
            {
                case AcceptAnswer accept when q.AcceptedAnswers.Contains(accept.Answer, StringComparison.Ordinal):
                    errors.Add(new("exams.key.already-accepted", $"Question {q.Number} already accepts {accept.Answer}.", "Examenreglement 8.3") { Args = [q.Number, accept.Answer] });
                    break;
                case AcceptAnswer accept when accept.Answer == AnswerSheet.Blank:
                    errors.Add(new("exams.key.blank-not-an-answer", $"A blank cannot be accepted for question {q.Number}.", "Examenreglement 8.3") { Args = [q.Number] });
                    break;
                case AcceptAnswer accept:
                    questions[index] = q with { AcceptedAnswers = q.AcceptedAnswers + accept.Answer };
                    break;
                case VoidQuestion when q.Voided:
                    errors.Add(new("exams.key.already-voided", $"Question {q.Number} is already voided.", "Examenreglement 8.3") { Args = [q.Number] });
                    break;
                case VoidQuestion v:
                    questions[index] = q with { Voided = true, Reason = v.Reason };
                    break;
                default:
                    throw new InvalidOperationException($"Unknown key edit {edit.GetType().Name}.");
            }
        }

        return errors.Count > 0 ? Result<AnswerKey>.Failure(errors) : new AnswerKey(Version + 1, questions);
    }
}

/// <summary>A committee decision changing the key after the exam (art. 8.3), with its grounds.</summary>
public sealed record KeyChange(IReadOnlyList<KeyEdit> Edits, string Grounds);

/// <summary>One edit of a key.</summary>
public abstract record KeyEdit(int Question);

/// <summary>Art. 8.3: accept one more answer as correct.</summary>
public sealed record AcceptAnswer(int Question, char Answer) : KeyEdit(Question);

/// <summary>Art. 8.3: void the question; it then counts as correct for everyone and the cut score stays.</summary>
public sealed record VoidQuestion(int Question, string Reason) : KeyEdit(Question);

/// <summary>A candidate whose points or band differ under a new key.</summary>
public sealed record TheoryResultChange(string CandidateNumber, int OldPoints, int NewPoints, ResultBand OldBand, ResultBand NewBand)
{
    public bool BandChanged => OldBand != NewBand;
}

/// <summary>The effect of a key change before it is made (art. 8.3, 8.9): who changes points and who changes result.</summary>
public sealed record KeyChangePreview(AnswerKey NewKey, IReadOnlyList<TheoryResultChange> PointsChanged)
{
    /// <summary>The candidates whose result band changes (e.g. Onvoldoende to Voldoende).</summary>
    public IReadOnlyList<TheoryResultChange> ResultChanged => PointsChanged.Where(c => c.BandChanged).ToArray();
}

/// <summary>Marking of a multiple-choice component against a key (art. 8.3, 8.7).</summary>
public static class TheoryMarking
{
    public static ResultBand Band(MultipleChoiceScheme scheme, AnswerKey key, AnswerSheet sheet) =>
        scheme.BandFor(key.Score(sheet, scheme.PointsPerQuestion));

    /// <summary>
    /// Dry run of a key change: scores every sheet under the current and the changed key, changes
    /// nothing, and lists the candidates whose points differ.
    /// </summary>
    public static Result<KeyChangePreview> Preview(MultipleChoiceScheme scheme, AnswerKey current, KeyChange change, IEnumerable<AnswerSheet> sheets)
    {
        var next = current.Apply(change);
        if (!next.IsSuccess)
        {
            return Result<KeyChangePreview>.Failure(next.Errors);
        }

        var changes = new List<TheoryResultChange>();
        foreach (var sheet in sheets)
        {
            var before = current.Score(sheet, scheme.PointsPerQuestion);
            var after = next.Value.Score(sheet, scheme.PointsPerQuestion);
            if (before != after)
            {
                changes.Add(new(sheet.CandidateNumber, before, after, scheme.BandFor(before), scheme.BandFor(after)));
            }
        }

        return new KeyChangePreview(next.Value, changes);
    }
}
