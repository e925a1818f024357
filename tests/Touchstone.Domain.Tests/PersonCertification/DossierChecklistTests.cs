using Touchstone.Domain.PersonCertification;

namespace Touchstone.Domain.Tests.PersonCertification;

public class DossierChecklistTests
{
    private static readonly DossierDocument[] Basic =
        [DossierDocument.ApplicationForm, DossierDocument.Contract, DossierDocument.DevelopmentReport, DossierDocument.EvidenceStatements];

    [Fact]
    public void IndividualDossierWithFormContractReportAndEvidenceIsComplete() =>
        // Certificeren? Adviseur 1-3; Bijlage Permanente Educatie.
        DossierChecklist.Missing(CmcRoute.Individual, Basic).ShouldBeEmpty();

    [Fact]
    public void AtpGraduateMustUploadTheDiploma()
    {
        // Certificeren? ATP stap 4: "Een voorwaarde is dat diploma/certificaat overlegd wordt".
        var missing = DossierChecklist.Missing(CmcRoute.AtpGraduate, Basic);
        missing.Single().Document.ShouldBe(DossierDocument.AtpDiploma);
        DossierChecklist.Missing(CmcRoute.AtpGraduate, [.. Basic, DossierDocument.AtpDiploma]).ShouldBeEmpty();
    }

    [Fact]
    public void RecertificationNeedsThePeerReviewRecordNotAContract()
    {
        // Certificeren? Adviseur: Hercertificering 1 "Begeleide intervisie".
        var missing = DossierChecklist.Missing(CmcRoute.Recertification, [DossierDocument.DevelopmentReport, DossierDocument.EvidenceStatements]);
        missing.Select(m => m.Document).ShouldBe([DossierDocument.CurrentCertificate, DossierDocument.PeerReviewRecord], ignoreOrder: true);
    }

    [Fact]
    public void ClaimedExemptionNeedsEmploymentStatement()
    {
        // CMC-reglement: vrijstelling bij dienst- of werkverband met een ACP-bureau.
        var present = new[] { DossierDocument.CurrentCertificate, DossierDocument.PeerReviewRecord, DossierDocument.DevelopmentReport, DossierDocument.EvidenceStatements };
        DossierChecklist.Missing(CmcRoute.Recertification, present, exemptionClaimed: false).ShouldBeEmpty();
        DossierChecklist.Missing(CmcRoute.Recertification, present, exemptionClaimed: true).Single().Document.ShouldBe(DossierDocument.EmploymentStatement);
    }

    [Fact]
    public void EmptyDossierListsEverythingWithRules()
    {
        var missing = DossierChecklist.Missing(CmcRoute.Individual, []);
        missing.Count.ShouldBe(4);
        missing.ShouldAllBe(m => m.Rule.Length > 0 && m.Reason.Length > 0);
    }
}
