using Touchstone.App.Documents;
using UglyToad.PdfPig;

namespace Touchstone.App.Tests.Cases;

/// <summary>The shared PDF writer: wrapped text, page breaks, characters the standard fonts cannot show.</summary>
public sealed class PdfDocumentWriterTests
{
    [Fact]
    public void LongTextWrapsOntoNewPagesAndKeepsEveryWord()
    {
        using var document = new PdfDocumentWriter("Test");
        document.Heading("Beslissing");
        var words = Enumerable.Range(1, 1500).Select(i => "woord" + i).ToArray();
        document.Paragraph(string.Join(" ", words));

        using var pdf = PdfDocument.Open(document.Build());
        pdf.NumberOfPages.ShouldBeGreaterThan(1);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain("woord1 ");
        text.ShouldContain("woord1500");
        pdf.GetPages().ShouldAllBe(p => p.GetWords().All(w => w.BoundingBox.Right <= p.Width));
    }

    [Fact]
    public void CharactersOutsideTheStandardFontsAreReplacedNotFatal()
    {
        PdfDocumentWriter.Clean("O → V – “goed” € 5 ✓").ShouldBe("O -> V - \"goed\" EUR 5 ?");

        using var document = new PdfDocumentWriter();
        document.Field("Uitslag", "O → V, één café");
        using var pdf = PdfDocument.Open(document.Build());
        pdf.GetPage(1).Text.ShouldContain("O -> V, één café");
    }

    [Fact]
    public void LatinOneCharactersComeOutAsWritten()
    {
        const string text = "auto's `x` a·b ø Ærø ñ één café ë è ê © « » ¿ ¡ ª º £";
        using var document = new PdfDocumentWriter();
        document.Paragraph(text).Paragraph("Müller coördinator ruïne Ö Øster æ ß");
        using var pdf = PdfDocument.Open(document.Build());
        pdf.GetPage(1).Text.ShouldBe(text + "Muller coordinator ruine O Oster ae ss");
    }

    [Fact]
    public void AQrCodeIsDrawnAsSquaresAndSignatureLinesCarryTheirCaptions()
    {
        using var document = new PdfDocumentWriter();
        document.SignatureLines(["De directeur", "De voorzitter"]).QrCode("https://example.org/verify?number=1");
        using var pdf = PdfDocument.Open(document.Build());
        pdf.GetPage(1).Text.ShouldContain("De directeur");
        pdf.GetPage(1).Paths.Count.ShouldBeGreaterThan(100);
    }
}
