using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>
/// When a result may still change. Our reading of the Examenreglement (seed 004):
/// <list type="bullet">
/// <item>Theory (8.8, 8.9, 12): for ten working days after the exam anyone may comment on the questions and the answer
/// models; then the committee, having seen the timely comments and the item analysis, fixes the final answer model.
/// Until it has, theory scores are provisional: the committee may still accept answers or void questions, and the
/// result cannot be sent. It may fix the model only once the comment period is over; after that the model is
/// final, so a later answer sheet is scored against it and is final at once, and the model is not changed again.</item>
/// <item>Sent results (11.1, 14): once a component's result has been sent to the candidate it is not changed by new
/// marks, a new answer model or a new import. A change after sending comes only through an objection, in which the
/// whole component is re-marked (the cases capability's component re-marking, which this rule leaves open).</item>
/// </list>
/// </summary>
public static class ResultIntegrity
{
    private const string KeyRule = "Examenreglement 8.9";
    private const string SentRule = "Examenreglement 11.1, 14";

    /// <summary>Theory results are final only once the committee has fixed the final answer model (8.9).</summary>
    public static bool TheoryIsFinal(DateOnly? keyFixedOn) => keyFixedOn is not null;

    /// <summary>
    /// Art. 8.8, 8.9, 12: the committee fixes the final answer model after the comment period, whose last day is
    /// <paramref name="commentDeadline"/>; once.
    /// </summary>
    public static Result CheckFixKey(DateOnly? keyFixedOn, DateOnly today, DateOnly commentDeadline)
    {
        if (keyFixedOn is { } fixedOn)
        {
            return new DomainError("exams.key.already-fixed", $"The final answer model was fixed on {fixedOn:yyyy-MM-dd}.", KeyRule) { Args = [fixedOn] };
        }

        return today <= commentDeadline
            ? new DomainError("exams.key.comment-period", $"Comments on the exam may be filed until {commentDeadline:yyyy-MM-dd}; the committee fixes the final answer model after that.", KeyRule) { Args = [commentDeadline] }
            : Result.Ok;
    }

    /// <summary>Art. 8.9: a fixed final answer model is not changed any more (a sent result changes only on objection, 11.1).</summary>
    public static Result CheckKeyChange(DateOnly? keyFixedOn) =>
        keyFixedOn is { } fixedOn
            ? new DomainError("exams.key.fixed", $"The final answer model was fixed on {fixedOn:yyyy-MM-dd} and is not changed any more; a sent result changes only on objection.", KeyRule) { Args = [fixedOn] }
            : Result.Ok;

    /// <summary>Art. 11.1, 14: a component's result that has been sent is changed only by re-marking on objection.</summary>
    public static Result CheckNotSent(string candidateNumber, string component, DateOnly? resultSentOn) =>
        resultSentOn is { } sentOn
            ? new DomainError("exams.result.sent", $"The {component} result of candidate {candidateNumber} was sent on {sentOn:yyyy-MM-dd}; it changes only through an objection (re-marking of the whole component).", SentRule) { Args = [component, candidateNumber, sentOn] }
            : Result.Ok;
}
