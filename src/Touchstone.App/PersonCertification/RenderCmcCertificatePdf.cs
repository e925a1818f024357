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
        return new SimplePdf()
            .Title("Certificaat Certified Management Consultant (CMC)")
            .Line("CIIO Certificatie verklaart dat / certifies that")
            .Line(c.Name, 16, bold: true)
            .Line(c.Town)
            .Line("")
            .Line("voldoet aan de eisen van de CMC-certificatieregeling / meets the requirements of the CMC scheme.")
            .Line("")
            .Line("Certificaatnummer / number: " + c.Number, bold: true)
            .Line("Geldig van / valid from: " + c.ValidFrom.ToString("yyyy-MM-dd", inv))
            .Line("Geldig tot en met / valid until: " + c.ValidUntil.ToString("yyyy-MM-dd", inv))
            .Line("Status: " + c.Status + (c.Status == CertificateStatus.Active ? "" : " (" + c.StatusChangedOn?.ToString("yyyy-MM-dd", inv) + ")"))
            .Line("")
            .Line("Controleer dit certificaat / verify this certificate:", 9)
            .Line(command.VerificationUrl, 9)
            .QrCode(command.VerificationUrl)
            .Build();
    }
}
