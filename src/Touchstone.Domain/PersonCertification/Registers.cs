using Touchstone.Domain.Common;

namespace Touchstone.Domain.PersonCertification;

/// <summary>An entry on the ATP or ACP register kept by the register holder (seed 001 step 3).</summary>
public sealed record OrganisationRegisterEntry(Guid OrganisationId, string Name, DateOnly ListedFrom, DateOnly? ListedUntil = null)
{
    /// <summary>True when listed on <paramref name="date"/>.</summary>
    public bool IsListedOn(DateOnly date) => ListedFrom <= date && (ListedUntil is null || date <= ListedUntil);
}

/// <summary>A register listing as staff record it: listed from (required once listed) and until (empty while listed).</summary>
public static class RegisterListing
{
    private const string Rule = "Certificeren? ATP/ACP stap 3 (registratie in het register)";

    /// <summary>
    /// A listing has a first day; a last day needs a first day and may not lie before it. Both empty means "not listed"
    /// (seed 001 step 3: the register holder lists the institute or practice; CIIO keeps monitoring, which can end the listing).
    /// </summary>
    public static Result Validate(DateOnly? listedFrom, DateOnly? listedUntil)
    {
        if (listedUntil is not null && listedFrom is null)
        {
            return new DomainError("cmc.register.listing-until-without-from", "A listing that ends needs the date it started.", Rule);
        }

        return listedFrom is { } start && listedUntil is { } end && end < start
            ? new DomainError("cmc.register.listing-ends-before-start", $"The listing cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", Rule) { Args = [end, start] }
            : Result.Ok;
    }
}

/// <summary>Checks against register contents passed in by the caller.</summary>
public static class RegisterChecks
{
    /// <summary>
    /// The institute must be on the ATP register on the diploma date (seed 001 ATP step 4: graduates "met een
    /// diploma/certificaat van een ATP opleidingsinstituut").
    /// </summary>
    public static Result AtpInstituteListed(IEnumerable<OrganisationRegisterEntry> atpRegister, Guid instituteId, DateOnly diplomaDate) =>
        atpRegister.Any(e => e.OrganisationId == instituteId && e.IsListedOn(diplomaDate))
            ? Result.Ok
            : new DomainError("cmc.atp.institute-not-on-register",
                "The institute was not on the ATP register on the diploma date.", "Certificeren? ATP stap 4");

    /// <summary>Only a practice on the ACP register may nominate (seed 001 ACP step 4: "mag zij medewerkers CMC voordragen").</summary>
    public static Result AcpPracticeListed(IEnumerable<OrganisationRegisterEntry> acpRegister, Guid practiceId, DateOnly today) =>
        acpRegister.Any(e => e.OrganisationId == practiceId && e.IsListedOn(today))
            ? Result.Ok
            : new DomainError("cmc.acp.practice-not-on-register",
                "Only a practice on the ACP register may nominate consultants.", "Certificeren? ACP stap 4");
}

/// <summary>Why a candidate is exempt from the assessment (seed 000: "dienst- of werkverband met een ACP-bureau").</summary>
public enum ExemptionGroundKind
{
    EmployedByAcpPractice,
    ContractedByAcpPractice,
}

/// <summary>A recorded exemption ground: the practice, the kind of relation, and the evidence.</summary>
public sealed record ExemptionGround(ExemptionGroundKind Kind, Guid PracticeId, string Evidence)
{
    /// <summary>
    /// Checks the ground: evidence must be stated, the practice must be on the ACP register today, and employment
    /// needs the candidate to be employed by that practice (<paramref name="candidateOrganisationId"/>: the organisation
    /// of the candidate's account); a contract is shown by its evidence alone.
    /// </summary>
    public Result Validate(IEnumerable<OrganisationRegisterEntry> acpRegister, Guid? candidateOrganisationId, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Evidence))
        {
            return new DomainError("cmc.exemption.evidence-required", "State the evidence of the employment or contract.", "CMC-reglement: vrijstelling");
        }

        if (!acpRegister.Any(e => e.OrganisationId == PracticeId && e.IsListedOn(today)))
        {
            return new DomainError("cmc.exemption.practice-not-acp", "The exemption needs a relation with a practice on the ACP register.", "CMC-reglement: vrijstelling");
        }

        return Kind == ExemptionGroundKind.EmployedByAcpPractice && candidateOrganisationId != PracticeId
            ? new DomainError("cmc.exemption.not-employed", "The candidate is not employed by this practice, so employment is no ground for exemption.", "CMC-reglement: vrijstelling")
            : Result.Ok;
    }
}
