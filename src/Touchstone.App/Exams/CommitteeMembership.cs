using Touchstone.App.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>A member of the exam committee (art. 4) with role and independence declaration.</summary>
public sealed class CommitteeMembership : Entity
{
    public required string Name { get; set; }

    public string? UserId { get; set; }

    public CommitteeRole Role { get; set; }

    public bool IsStaff { get; set; }

    public DateOnly AppointedOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    public DateOnly? IndependenceDeclaredOn { get; set; }

    public CommitteeMember ToDomain() => new(Id.ToString(), Role, IsStaff, AppointedOn, LeftOn);
}
