using QRCoder;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Touchstone.App.Documents;

/// <summary>
/// A small shared PDF writer on PdfPig (standard fonts only): a title, lines of text top-down and an optional
/// QR code. Enough for certificates and letters; anything richer belongs in a template engine.
/// </summary>
public sealed class SimplePdf
{
    private readonly List<(string Text, double Size, bool Bold)> _lines = [];
    private string? _qrPayload;

    public SimplePdf Title(string text)
    {
        _lines.Add((text, 20, true));
        _lines.Add(("", 8, false));
        return this;
    }

    public SimplePdf Line(string text, double size = 11, bool bold = false)
    {
        _lines.Add((text, size, bold));
        return this;
    }

    /// <summary>Puts a QR code (PNG) for <paramref name="payload"/> at the bottom right.</summary>
    public SimplePdf QrCode(string payload)
    {
        _qrPayload = payload;
        return this;
    }

    public byte[] Build()
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        var y = page.PageSize.Height - 72;
        foreach (var (text, size, isBold) in _lines)
        {
            if (text.Length > 0)
            {
                page.AddText(text, size, new PdfPoint(60, y), isBold ? bold : regular);
            }

            y -= size * 1.5;
        }

        if (_qrPayload is not null)
        {
            page.AddPng(QrPng(_qrPayload), new PdfRectangle(page.PageSize.Width - 180, 60, page.PageSize.Width - 60, 180));
        }

        return builder.Build();
    }

    /// <summary>A QR code as PNG bytes.</summary>
    public static byte[] QrPng(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        // Explicit RGBA colours: PdfPig's PNG reader cannot read QRCoder's default 1-bit image.
        return new PngByteQRCode(data).GetGraphic(10, [0, 0, 0, 255], [255, 255, 255, 255], true);
    }

    /// <summary>A QR code as SVG markup, for HTML pages.</summary>
    public static string QrSvg(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
