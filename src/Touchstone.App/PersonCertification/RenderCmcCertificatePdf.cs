using System.Globalization;
using Touchstone.App.Documents;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>The certificate as PDF, with a QR code pointing at its public verification page.</summary>
public sealed record RenderCmcCertificatePdf(string Number, string VerificationUrl);

public sealed class RenderCmcCertificatePdfHandler(GetPublicCertificateHandler certificates)
{
    public async Task<byte[]?> HandleAsync(RenderCmcCertificatePdf command, CancellationToken ct)
    {
        var c = await certificates.HandleAsync(new GetPublicCertificate(command.Number), ct);
        if (c is null)
        {
            return null;
        }

        var inv = CultureInfo.InvariantCulture;
        using var pdf = new PdfDocumentWriter("Certificaat CMC " + c.Number, margin: 60);
        return pdf
            .Title("Certificaat Certified Management Consultant (CMC)", size: 18)
            .Text("CIIO Certificatie verklaart dat / certifies that")
            .Text(c.Name, 16, bold: true)
            .Text(c.Town)
            .Space(16)
            .Text("voldoet aan de eisen van de CMC-certificatieregeling / meets the requirements of the CMC scheme.")
            .Space(16)
            .Text("Certificaatnummer / number: " + c.Number, bold: true)
            .Text("Geldig van / valid from: " + c.ValidFrom.ToString("yyyy-MM-dd", inv))
            .Text("Geldig tot en met / valid until: " + c.ValidUntil.ToString("yyyy-MM-dd", inv))
            .Text("Status: " + StatusText(c.Status) + (c.StatusChangedOn is { } since ? " (" + since.ToString("yyyy-MM-dd", inv) + ")" : ""))
            .Space(16)
            .Text("Controleer dit certificaat / verify this certificate:", 9)
            .Text(command.VerificationUrl, 9)
            .Space(8)
            // An embedded (RGBA PNG) image rather than QrCode's vector squares: the CMC route test checks the page has an image.
            .Image(QrCodes.Png(command.VerificationUrl), 120, 120, PdfAlign.Right)
            .Build();
    }

    /// <summary>The public status in the certificate's two languages, as the register shows it.</summary>
    private static string StatusText(PublicCertificateStatus status) => status switch
    {
        PublicCertificateStatus.NotYetValid => "nog niet geldig / not yet valid",
        PublicCertificateStatus.Active => "actief / active",
        PublicCertificateStatus.Suspended => "geschorst / suspended",
        PublicCertificateStatus.Withdrawn => "ingetrokken / withdrawn",
        _ => "verlopen / expired",
    };
}
