using Touchstone.App.Common;

namespace Touchstone.App.Organisations;

public enum OrganisationKind
{
    CertificationBody,
    ExamInstitute,
    RegisterHolder,
    AtpInstitute,
    AcpPractice,
    TrainingProvider,
    ClientOrganisation,
}

/// <summary>An organisation known to the certification body (itself, institutes, practices, clients).</summary>
public sealed class Organisation : Entity
{
    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    public required string Town { get; set; }

    /// <summary>Chamber of Commerce number (KvK), 8 digits.</summary>
    public string? ChamberOfCommerceNumber { get; set; }

    public string? Website { get; set; }

    /// <summary>
    /// ATP institutes and ACP practices: first day on the register holder's ATP/ACP register (seed 001 step 3); null = never
    /// listed. Kept by staff on /PersonCertification/Registers.
    /// </summary>
    public DateOnly? RegisterListedFrom { get; set; }

    /// <summary>Last day on the register (delisted); null = still listed.</summary>
    public DateOnly? RegisterListedUntil { get; set; }
}
