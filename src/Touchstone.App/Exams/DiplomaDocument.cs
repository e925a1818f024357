using Touchstone.App.Documents;

namespace Touchstone.App.Exams;

/// <summary>
/// The diploma as PDF (Examenreglement 9.3): name, date of birth, exam date, number, issue date, three signature lines
/// and a QR code (QRCoder) to the public check, drawn as vector squares: PdfPig 0.1.16 misreads QRCoder's PNG output.
/// </summary>
public static class DiplomaDocument
{
    public static string VerifyUrl(string baseUrl, Diploma diploma) =>
        $"{baseUrl.TrimEnd('/')}/verify?number={Uri.EscapeDataString(diploma.Number)}";

    public static byte[] Render(Diploma diploma, string verifyUrl)
    {
        using var sheet = new PdfDocumentWriter($"Diploma {diploma.Number}");
        return sheet
            .Space(40)
            .Text("Cinses Praktijkbegeleider-diploma", 24, bold: true, align: PdfAlign.Centre)
            .Text("Leermeester, Mentor, Praktijkbegeleider (LMP)", 13, align: PdfAlign.Centre)
            .Space(40)
            .Text("Hierbij verklaart Cinses dat", 12, align: PdfAlign.Centre)
            .Space(8)
            .Text(diploma.HolderName, 20, bold: true, align: PdfAlign.Centre)
            .Text($"geboren op {diploma.DateOfBirth:dd-MM-yyyy}", 12, align: PdfAlign.Centre)
            .Space(8)
            .Text($"op {diploma.ExamDate:dd-MM-yyyy} met goed gevolg het LMP-examen heeft afgelegd.", 12, align: PdfAlign.Centre)
            .Space(40)
            .Text($"Diplomanummer: {diploma.Number}", 11)
            .Text($"Datum van uitgifte: {diploma.IssuedOn:dd-MM-yyyy}", 11)
            .Space(30)
            .SignatureLines(["De directeur", "De voorzitter van de examencommissie", "De gediplomeerde"])
            .Space(20)
            .Text("Controleer de echtheid van dit diploma:", 9)
            .Text(verifyUrl, 9)
            .QrCode(verifyUrl, 110)
            .Build();
    }

    /// <summary>The statement issued when a diploma is lost (Examenreglement 10.4).</summary>
    public static byte[] Statement(Diploma diploma, DateOnly issuedOn, decimal fee, string verifyUrl)
    {
        using var sheet = new PdfDocumentWriter($"Verklaring diploma {diploma.Number}");
        return sheet
            .Text("Verklaring behaald diploma", 18, bold: true)
            .Space(20)
            .Text($"Cinses verklaart dat {diploma.HolderName}, geboren op {diploma.DateOfBirth:dd-MM-yyyy},")
            .Text($"op {diploma.ExamDate:dd-MM-yyyy} het LMP-examen heeft behaald.")
            .Text($"Het diploma met nummer {diploma.Number} is uitgegeven op {diploma.IssuedOn:dd-MM-yyyy}.")
            .Text("Deze verklaring vervangt het verloren diploma niet (Examenreglement 10.4).")
            .Space(10)
            .Text($"Datum verklaring: {issuedOn:dd-MM-yyyy}")
            .Text("Administratiekosten: EUR " + fee.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")))
            .Text(verifyUrl, 9)
            .SignatureLines(["De directeur"])
            .Build();
    }
}
