using Touchstone.App.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>The body's qualification record of one CMC assessor (seed 000 footnote 2).</summary>
public sealed class AssessorProfile : Entity
{
    public required string UserId { get; set; }

    public required string Name { get; set; }

    public DateOnly? AssessmentTrainingCompletedOn { get; set; }

    public bool KnowsCmcScheme { get; set; }

    public DateOnly ValidUntil { get; set; }

    /// <summary>Organisations the assessor works for (independence check).</summary>
    public List<Guid> EmployerIds { get; set; } = [];

    /// <summary>Users the assessor declared a personal or business relation with.</summary>
    public List<string> DeclaredRelationUserIds { get; set; } = [];

    public AssessorQualification ToDomain() =>
        new(Guid.Parse(UserId), Name, AssessmentTrainingCompletedOn, KnowsCmcScheme, ValidUntil)
        {
            Employers = EmployerIds.ToHashSet(),
            DeclaredRelations = DeclaredRelationUserIds.Select(Guid.Parse).ToHashSet(),
        };
}
