using Touchstone.App.Common;

namespace Touchstone.App.Exams;

/// <summary>The LMP diploma (9.3), issued once (10.4); can be revoked after fraud (7.9).</summary>
public sealed class Diploma : Entity
{
    public required string Number { get; set; }

    public Guid RegistrationId { get; set; }

    public Guid CandidateId { get; set; }

    public required string HolderName { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public DateOnly ExamDate { get; set; }

    /// <summary>Equal to the date the right to the diploma arose (9.3).</summary>
    public DateOnly IssuedOn { get; set; }

    public DateOnly? RevokedOn { get; set; }

    public string? RevocationReason { get; set; }

    /// <summary>Paid statements issued after a lost diploma (10.4).</summary>
    public int DuplicateStatements { get; set; }

    /// <summary>The administration fees charged for those statements, as the director set them (3.1 f, 10.4).</summary>
    public decimal DuplicateStatementFees { get; set; }
}
