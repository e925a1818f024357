using Touchstone.App.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>
/// A candidate's request to inspect the marking of his exam work (Examenreglement 10.1): which exam (registration)
/// and component(s), when it was asked, and its course — scheduled at the office (date, time, place), held (with a
/// note), or refused with the reason. While it is requested or scheduled the work it concerns is not purged (10.3,
/// see <see cref="InspectionRules"/>).
/// </summary>
public sealed class InspectionRequest : Entity
{
    public Guid RegistrationId { get; set; }

    public Guid CandidateId { get; set; }

    /// <summary>The component codes (theory, assignments, practical) the candidate asked to inspect.</summary>
    public List<string> Components { get; set; } = [];

    public DateTimeOffset RequestedAt { get; set; }

    public InspectionStatus Status { get; set; } = InspectionStatus.Requested;

    public DateTimeOffset? ScheduledAt { get; set; }

    /// <summary>Where: always the office of Cinses (10.1), from the regulation.</summary>
    public string? Place { get; set; }

    public DateTimeOffset? HeldAt { get; set; }

    /// <summary>What was shown and discussed at the inspection.</summary>
    public string? Notes { get; set; }

    public string? RefusalReason { get; set; }

    /// <summary>The staff member who last scheduled, recorded or refused it.</summary>
    public string? HandledBy { get; set; }

    public bool IsPending => InspectionRules.IsPending(Status);
}
