using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>The functions in the exam process that must be independent of training institutes.</summary>
public enum ExamFunction
{
    CommitteeMember,
    ConstructionTeamMember,
    Marker,
    Examiner,
}

/// <summary>Relations with an institute that trains for the exam that break independence (art. 1 "Examinator", 4.9, 5.2).</summary>
public enum InstituteRelationKind
{
    Teacher,
    Employee,
    BoardMember,

    /// <summary>Directly or indirectly offering education, or developing, publishing or selling learning materials for the exam.</summary>
    LearningMaterials,
}

/// <summary>A declared relation with a training institute.</summary>
public sealed record InstituteRelation(string Institute, InstituteRelationKind Kind);

/// <summary>
/// A person's independence declaration: relations with training institutes, and candidates from the
/// person's personal or business circle (art. 5.4). An empty relation list declares independence.
/// </summary>
public sealed record IndependenceDeclaration(
    string PersonId,
    DateOnly DeclaredOn,
    IReadOnlyList<InstituteRelation> Relations,
    IReadOnlyList<string> CandidatesInCircle);

/// <summary>Checks made at the moment of assignment, so independence is never left to memory.</summary>
public static class IndependenceRules
{
    /// <summary>The article that requires independence for a function.</summary>
    public static string RuleFor(ExamFunction function) => function switch
    {
        ExamFunction.CommitteeMember => "Examenreglement 4.9",
        ExamFunction.ConstructionTeamMember => "Examenreglement 5.2",
        ExamFunction.Marker => "Examenreglement 5.2",
        ExamFunction.Examiner => "Examenreglement 1 (Examinator)",
        _ => throw new ArgumentOutOfRangeException(nameof(function)),
    };

    /// <summary>Refuses an assignment without a declaration, or whose declaration shows a relation with a training institute.</summary>
    public static Result CheckAssignment(ExamFunction function, string personId, IndependenceDeclaration? declaration)
    {
        var rule = RuleFor(function);
        if (declaration is null || declaration.PersonId != personId)
        {
            return new DomainError("exams.independence.no-declaration", $"{personId} has no independence declaration; one is needed before assignment as {function}.", rule) { Args = [personId, function] };
        }

        var errors = declaration.Relations
            .Select(r => new DomainError("exams.independence.institute-relation",
                $"{personId} cannot be assigned as {function}: declared {Describe(r.Kind)} of/for {r.Institute}, an institute that trains for the exam.", rule) { Args = [personId, function, r.Kind, r.Institute] })
            .ToArray();
        return Result.From(errors);
    }

    /// <summary>The article under which the director replaces a member who no longer meets the requirement (3.1 j, l).</summary>
    public static string ReplacementRuleFor(ExamFunction function) => function switch
    {
        ExamFunction.CommitteeMember => "Examenreglement 4.9, 3.1 j",
        ExamFunction.ConstructionTeamMember => "Examenreglement 5.2, 3.1 l",
        ExamFunction.Marker => "Examenreglement 5.2, 3.1 m",
        ExamFunction.Examiner => "Examenreglement 1 (Examinator), 3.1 m",
        _ => throw new ArgumentOutOfRangeException(nameof(function)),
    };

    /// <summary>
    /// A person already appointed who later declares a relation with a training institute no longer meets the requirement
    /// (4.9, 5.2): his seat stands (the regulation gives no automatic end) but the director must replace him (3.1 j, l).
    /// One warning per declared relation in his latest declaration; none when it is clean or absent.
    /// </summary>
    public static IReadOnlyList<DomainError> CheckSitting(ExamFunction function, string personId, IndependenceDeclaration? latest) =>
        latest is null
            ? []
            : [.. latest.Relations.Select(r => new DomainError("exams.independence.sitting-relation",
                $"{personId}, appointed as {function}, declared on {latest.DeclaredOn:yyyy-MM-dd} to be {Describe(r.Kind)} of/for {r.Institute}, an institute that trains for the exam; the director replaces him.",
                ReplacementRuleFor(function)) { Args = [personId, function, latest.DeclaredOn, r.Kind, r.Institute] })];

    /// <summary>Art. 5.4: a marker does not mark the work of a candidate from his personal or business circle.</summary>
    public static Result CheckMarkerForCandidate(string markerId, IndependenceDeclaration? declaration, string candidateId)
    {
        var independent = CheckAssignment(ExamFunction.Marker, markerId, declaration);
        if (!independent.IsSuccess)
        {
            return independent;
        }

        return declaration!.CandidatesInCircle.Contains(candidateId)
            ? new DomainError("exams.independence.candidate-conflict", $"Marker {markerId} declared candidate {candidateId} to be in his personal or business circle; assign another marker.", "Examenreglement 5.4") { Args = [markerId, candidateId] }
            : Result.Ok;
    }

    /// <summary>
    /// Art. 5.4 as the marker himself meets it: once he has declared the candidate to be in his personal or business
    /// circle he does not mark that work, whoever is assigned to it now.
    /// </summary>
    public static Result CheckOwnCircle(IndependenceDeclaration? declaration, string candidateId) =>
        declaration?.CandidatesInCircle.Contains(candidateId) == true
            ? new DomainError("exams.marking.conflict-declared", "You declared this candidate to be in your personal or business circle: you do not mark this work; another marker does.", "Examenreglement 5.4")
            : Result.Ok;

    private static string Describe(InstituteRelationKind kind) => kind switch
    {
        InstituteRelationKind.Teacher => "teacher",
        InstituteRelationKind.Employee => "employee",
        InstituteRelationKind.BoardMember => "board member",
        InstituteRelationKind.LearningMaterials => "provider of education or learning materials",
        _ => kind.ToString(),
    };
}
