using Touchstone.App.Common;

namespace Touchstone.App.Exams;

/// <summary>A member of the construction team of the LMP exam (Examenreglement 3.1 k, l; 5.1-5.3), appointed by the director after his independence declaration (5.2).</summary>
public sealed class ConstructionTeamMembership : Entity
{
    public required string Name { get; set; }

    /// <summary>The member's user account: his own independence declaration is consulted (5.2). Empty for members appointed before accounts were linked.</summary>
    public string? UserId { get; set; }

    public DateOnly AppointedOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    /// <summary>The date of the independence declaration that allowed the appointment (5.2): no relation with a training institute.</summary>
    public DateOnly IndependenceDeclaredOn { get; set; }

    /// <summary>The member's own declaration (an <see cref="IndependenceStatement"/>) the appointment was checked against (5.2).</summary>
    public Guid? IndependenceStatementId { get; set; }
}
