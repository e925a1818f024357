using Touchstone.App.Common;

namespace Touchstone.App.Exams;

/// <summary>One sitting of the LMP exam: date, place, examiner, capacity and deadlines (Examenreglement 3.1 b, c, g).</summary>
public sealed class ExamSession : Entity
{
    public const string LmpScheme = "LMP";

    public required string Code { get; set; }

    public string Scheme { get; set; } = LmpScheme;

    public DateOnly ExamDate { get; set; }

    public required string Place { get; set; }

    /// <summary>
    /// The start of the exam (its first, written component) on the exam date, Dutch time (6.3); candidates are
    /// present before it (7.1) and a latecomer is judged against it (7.6). Null only for sessions planned before it was kept.
    /// </summary>
    public TimeOnly? StartsAt { get; set; }

    /// <summary>The user id of the examiner appointed by the director (3.1 m).</summary>
    public string? ExaminerUserId { get; set; }

    public int Capacity { get; set; }

    public int TheoryMinutes { get; set; }

    public int PracticalMinutes { get; set; }

    public DateOnly RegistrationDeadline { get; set; }

    public DateOnly PaymentDeadline { get; set; }

    /// <summary>The exam fee set by the director (3.1 d).</summary>
    public decimal Fee { get; set; }

    /// <summary>The answer key of the theory component (JSON of the domain's <c>AnswerKey</c>); null until set.</summary>
    public string? AnswerKeyJson { get; set; }

    /// <summary>
    /// The day the committee fixed the final answer model, after the comment period (Examenreglement 8.8, 8.9, 12); until
    /// then theory scores are provisional. See <see cref="Touchstone.Domain.Exams.ResultIntegrity"/>.
    /// </summary>
    public DateOnly? AnswerKeyFixedOn { get; set; }

    /// <summary>A new results term set by the director (9.1).</summary>
    public DateOnly? ResultsTermExtendedTo { get; set; }

    public string? ResultsTermReason { get; set; }

    public DateOnly? ResultsTermSetOn { get; set; }
}
