namespace Touchstone.Domain.PersonCertification;

/// <summary>Kinds of document in the candidate's dossier (BOX).</summary>
public enum DossierDocument
{
    /// <summary>CRP application form (individual, ATP) or the practice's nomination (ACP).</summary>
    ApplicationForm,
    Contract,
    /// <summary>Persoonlijk ontwikkelverslag (seed 000, footnote 3; Bijlage Permanente Educatie).</summary>
    DevelopmentReport,
    /// <summary>Statements by organiser or client, or self-declarations, for the CE activities.</summary>
    EvidenceStatements,
    /// <summary>Diploma/certificate of an ATP institute (seed 001 ATP step 4: "Een voorwaarde is dat diploma/certificaat overlegd wordt").</summary>
    AtpDiploma,
    /// <summary>Statement by the ACP practice of employment or contract (the ground for the exemption).</summary>
    EmploymentStatement,
    /// <summary>Record of the guided peer review (seed 001 "Hercertificering" step 1).</summary>
    PeerReviewRecord,
    /// <summary>The current CMC certificate (recertification).</summary>
    CurrentCertificate,
}

/// <summary>A document the dossier still lacks, with the rule that asks for it.</summary>
public sealed record MissingDocument(DossierDocument Document, string Reason, string Rule);

/// <summary>Dossier completeness per route ("Dossier compleet maken in BOX", seed 001).</summary>
public static class DossierChecklist
{
    /// <summary>The documents a complete dossier holds on <paramref name="route"/>, each with its reason and rule.</summary>
    public static IReadOnlyList<MissingDocument> Required(CmcRoute route, bool exemptionClaimed)
    {
        var list = new List<MissingDocument>();
        if (route != CmcRoute.Recertification)
        {
            list.Add(new(DossierDocument.ApplicationForm,
                route == CmcRoute.AcpNomination ? "The ACP practice's nomination." : "The CRP application form.",
                route == CmcRoute.AcpNomination ? "Certificeren? ACP stap 5" : "Certificeren? Adviseur 1"));
            list.Add(new(DossierDocument.Contract, "The signed contract in the dossier.", "Certificeren? Adviseur 2"));
        }
        else
        {
            list.Add(new(DossierDocument.CurrentCertificate, "The CMC certificate to be renewed.", "Certificeren? Adviseur: Hercertificering"));
            list.Add(new(DossierDocument.PeerReviewRecord, "The record of the guided peer review.", "Certificeren? Adviseur: Hercertificering 1"));
        }

        list.Add(new(DossierDocument.DevelopmentReport, "The development report showing continuing education and reflection.", "Bijlage Permanente Educatie"));
        list.Add(new(DossierDocument.EvidenceStatements, "Statements (or self-declarations with reason) for the CE activities.", "Bijlage Permanente Educatie"));

        if (route == CmcRoute.AtpGraduate)
        {
            list.Add(new(DossierDocument.AtpDiploma, "The diploma or certificate of the ATP institute.", "Certificeren? ATP stap 4"));
        }

        if (exemptionClaimed || route == CmcRoute.AcpNomination)
        {
            list.Add(new(DossierDocument.EmploymentStatement, "Proof of employment with (or contract to) the ACP practice.", "CMC-reglement: vrijstelling"));
        }

        return list;
    }

    /// <summary>What is missing, given the documents present; empty when the dossier is complete.</summary>
    public static IReadOnlyList<MissingDocument> Missing(CmcRoute route, IEnumerable<DossierDocument> present, bool exemptionClaimed = false)
    {
        var have = present.ToHashSet();
        return Required(route, exemptionClaimed).Where(r => !have.Contains(r.Document)).ToArray();
    }
}
