namespace Touchstone.Domain.Exams;

/// <summary>One candidate's marks for a whole LMP-style exam: answer sheet, decisive assignment points and practical observations.</summary>
public sealed record CandidateExamInput(string CandidateNumber, AnswerSheet Theory, IReadOnlyList<int> AssignmentPoints, PracticalSheet Practical);

/// <summary>The computed component results and the exam outcome for one candidate.</summary>
public sealed record CandidateExamResult(
    string CandidateNumber,
    int TheoryPoints,
    ResultBand Theory,
    int AssignmentsTotal,
    ResultBand Assignments,
    int PracticalPoints,
    ResultBand Practical,
    bool Passed);

/// <summary>Marks a whole exam with the blueprint's three schemes and pass rule (art. 8.3-8.7, 9.2).</summary>
public sealed class ExamMarking(ExamBlueprint blueprint)
{
    private readonly MultipleChoiceScheme _theory = blueprint.Scheme<MultipleChoiceScheme>();
    private readonly ItemMinimumsScheme _assignments = blueprint.Scheme<ItemMinimumsScheme>();
    private readonly CriteriaPointsScheme _practical = blueprint.Scheme<CriteriaPointsScheme>();

    public ExamBlueprint Blueprint { get; } = blueprint;

    public CandidateExamResult Mark(AnswerKey key, CandidateExamInput input)
    {
        var theoryPoints = key.Score(input.Theory, _theory.PointsPerQuestion);
        var theory = _theory.BandFor(theoryPoints);
        var assignments = _assignments.BandFor(input.AssignmentPoints);
        var practical = PracticalMarking.Outcome(_practical, input.Practical);
        var min = Blueprint.PassRule.MinimumBand;
        return new(
            input.CandidateNumber,
            theoryPoints,
            theory,
            input.AssignmentPoints.Sum(),
            assignments,
            practical.Points,
            practical.Band,
            theory >= min && assignments >= min && practical.Band >= min);
    }

    public CandidateExamResult[] MarkAll(AnswerKey key, IReadOnlyList<CandidateExamInput> inputs)
    {
        var results = new CandidateExamResult[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            results[i] = Mark(key, inputs[i]);
        }

        return results;
    }
}
