using Touchstone.App.Documents;
using Touchstone.Domain.Cases;

namespace Touchstone.App.Cases;

/// <summary>The motivated decision letter on an objection or complaint (Examenreglement 13.1, 14), as PDF.</summary>
public static class DecisionLetter
{
    public static byte[] Render(CaseDossier dossier, string signedBy, string? appealBody)
    {
        var c = dossier.Case;
        var from = c.Type == CaseType.Complaint ? "De directeur" : "De examencommissie";
        using var pdf = new PdfDocumentWriter($"Beslissing {dossier.Reference}");
        pdf.Paragraph(from)
            .Paragraph($"{dossier.SubmitterName}\n{dossier.SubmitterAddress}")
            .Heading($"Beslissing op uw {CaseMails.TypeNl(c.Type)} {dossier.Reference}", 16)
            .Field("Datum", CaseMails.Date(c.DecidedOn!.Value))
            .Field("Ontvangen op", CaseMails.Date(c.ReceivedOn))
            .Field("Regeling", c.SchemeCode)
            .Field("Onderwerp", c.Subject ?? dossier.ComponentCode);
        if (dossier.ExamReference is not null)
        {
            pdf.Field("Examen", dossier.ExamReference).Field("Kandidaat", dossier.CandidateReference).Field("Onderdeel", dossier.ComponentCode);
        }

        pdf.Field("Beslissing", CaseMails.OutcomeNl(c.Outcome!.Value));
        if (dossier.NewResult is not null)
        {
            pdf.Field("Hercorrectie", $"Het volledige onderdeel is opnieuw beoordeeld door een corrector die er niet eerder bij betrokken was. Oude uitslag: {dossier.OriginalResult}. Nieuwe uitslag: {dossier.NewResult}.");
        }

        pdf.Heading("Motivering", 12).Paragraph(c.Motivation ?? "-");
        if (appealBody is not null)
        {
            pdf.Paragraph($"Tegen deze beslissing kunt u beroep instellen bij het {appealBody} (Examenreglement 15).");
        }

        return pdf.Paragraph($"Namens {from.ToLowerInvariant()},\n{signedBy}").Build();
    }
}
