using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Documents;
using Touchstone.App.PersonCertification;

namespace Touchstone.Web.Features.Public;

/// <summary>Verification page of one CMC certificate (the QR code on the certificate points here), and its PDF.</summary>
public sealed class CertificateModel(GetPublicCertificateHandler get, RenderCmcCertificatePdfHandler pdf) : PageModel
{
    [FromRoute]
    public string Number { get; set; } = "";

    public PublicCertificate? Certificate { get; private set; }

    public string VerificationUrl => $"{Request.Scheme}://{Request.Host}/Public/Certificate/{Uri.EscapeDataString(Certificate?.Number ?? Number)}";

    public string QrSvg => QrCodes.Svg(VerificationUrl);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Certificate = await get.HandleAsync(new GetPublicCertificate(Number), ct);
        return Certificate is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        Certificate = await get.HandleAsync(new GetPublicCertificate(Number), ct);
        if (Certificate is null)
        {
            return NotFound();
        }

        var bytes = await pdf.HandleAsync(new RenderCmcCertificatePdf(Certificate.Number, VerificationUrl), ct);
        return bytes is null ? NotFound() : File(bytes, "application/pdf", $"{Certificate.Number}.pdf");
    }
}
