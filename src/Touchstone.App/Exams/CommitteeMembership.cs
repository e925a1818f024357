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

    /// <summary>The date of the member's own independence declaration that allowed the appointment (4.9); none for staff.</summary>
    public DateOnly? IndependenceDeclaredOn { get; set; }

    /// <summary>The member's own declaration (an <see cref="IndependenceStatement"/>) the appointment was checked against (4.9).</summary>
    public Guid? IndependenceStatementId { get; set; }

    public CommitteeMember ToDomain() => new(UserId ?? Id.ToString(), Role, IsStaff, AppointedOn, LeftOn, Name);
}
