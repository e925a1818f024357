using Touchstone.App.Common;

namespace Touchstone.App.Exams;

/// <summary>A person who registers for the LMP exam; matched to a Candidate account by e-mail.</summary>
public sealed class ExamCandidate : Entity
{
    public required string Name { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public required string Email { get; set; }

    /// <summary>The training provider organisation that registered the candidate, if any.</summary>
    public Guid? TrainingProviderId { get; set; }

    /// <summary>Art. 7.9: the date fraud was established; excludes the person for five years.</summary>
    public DateOnly? FraudEstablishedOn { get; set; }

    public string? FraudFinding { get; set; }
}
