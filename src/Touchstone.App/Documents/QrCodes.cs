using QRCoder;

namespace Touchstone.App.Documents;

/// <summary>QR codes (QRCoder, error correction level M) as a module matrix for PDFs, as SVG for HTML pages, or as an RGBA PNG.</summary>
public static class QrCodes
{
    /// <summary>The dark (true) and light modules, row by row, including the quiet zone.</summary>
    public static IReadOnlyList<IReadOnlyList<bool>> Modules(string payload)
    {
        using var data = Create(payload);
        return [.. data.ModuleMatrix.Select(row => (IReadOnlyList<bool>)[.. row.Cast<bool>()])];
    }

    /// <summary>A QR code as SVG markup, for HTML pages.</summary>
    public static string Svg(string payload)
    {
        using var data = Create(payload);
        return new SvgQRCode(data).GetGraphic(4);
    }

    /// <summary>
    /// A QR code as PNG bytes. QRCoder writes a 1-bit image; PdfPig 0.1.16 decodes it correctly only when every row
    /// fills whole bytes, so the module size is 8 pixels (the width is then always a multiple of 8).
    /// </summary>
    public static byte[] Png(string payload)
    {
        using var data = Create(payload);
        return new PngByteQRCode(data).GetGraphic(8, [0, 0, 0, 255], [255, 255, 255, 255], true);
    }

    private static QRCodeData Create(string payload)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
    }
}
