using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Documents;
using Touchstone.App.Exams;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;

namespace Touchstone.App.Tests.Foundation;

/// <summary>
/// The QR codes on certificates and diplomas are read back and followed: they must lead to the document's own public
/// verification page (CMC: "PDF certificate with a QR code to its public verification page"; Examenreglement 10.6).
/// </summary>
public sealed class QrCodeTests(SqliteApp app)
{
    [Theory]
    [InlineData("https://touchstone.example/verify?number=LMP-2026-00001")]
    [InlineData("HTTP://A.NL/1234")]
    [InlineData("0123456789")]
    [InlineData("https://touchstone.example/Public/Certificate/CMC-2026-00012345?lang=nl&from=qr-code-on-the-printed-certificate-of-the-holder")]
    [InlineData("Geslaagd: één café")]
    public void TheTestDecoderReadsWhatTheAppsQrLibraryWrites(string payload)
    {
        // Guards the reader the document tests rely on: every version/segment kind the app can produce reads back exactly.
        var modules = QrCodes.Modules(payload);
        const int quiet = 4;
        var size = modules.Count - (2 * quiet);
        var matrix = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var col = 0; col < size; col++)
            {
                matrix[row, col] = modules[row + quiet][col + quiet];
            }
        }

        QrContent.Decode(matrix).ShouldBe(payload);
    }

    [Fact]
    public async Task TheCertificatePdfsQrCodeLeadsToThatCertificatesVerificationPage()
    {
        // A certificate of its own: demo certificates may be suspended or withdrawn by tests running beside this one.
        var kit = new Touchstone.App.Tests.PersonCertification.CmcTestKit(app.Factory);
        var number = await kit.CertificateAsync("Houder QR-code", "Delft", kit.Today.AddYears(-1));
        var client = app.Anonymous();

        var pdf = await client.GetAsync($"/Public/Certificate/{number}?handler=Pdf");

        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var payload = QrContent.FromPdfImage(document.GetPage(1).GetImages().Single());
        payload.ShouldBe($"http://localhost/Public/Certificate/{number}");
        var target = await client.GetPageAsync(new Uri(payload).PathAndQuery);
        target.Text("h1").ShouldContain(number);
        target.Text("#status").ShouldBe("Actief");
    }

    [Fact]
    public async Task TheDiplomaPdfsQrCodeLeadsToThePublicCheckOfThatDiploma()
    {
        var diploma = await InDbAsync(db => db.Set<Diploma>().Where(d => d.RevokedOn == null).OrderBy(d => d.Number).FirstAsync());
        var director = await app.As(Role.Director);

        var pdf = await director.GetAsync($"/Exams/Diplomas/Index?handler=Pdf&id={diploma.Id}");

        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var payload = QrContent.FromPdfSquares(document.GetPage(1));
        payload.ShouldBe($"http://localhost/verify?number={diploma.Number}");
        var check = await app.Anonymous().GetPageAsync(new Uri(payload).PathAndQuery);
        check.QuerySelector("input[name='Number']")!.GetAttribute("value").ShouldBe(diploma.Number);
        var withBirthDate = await app.Anonymous().GetPageAsync($"{new Uri(payload).PathAndQuery}&DateOfBirth={diploma.DateOfBirth:yyyy-MM-dd}");
        withBirthDate.Text("#outcome").ShouldContain(diploma.Number);
        withBirthDate.QuerySelector("#outcome.verify-notfound").ShouldBeNull(); // valid, or revoked if a test beside this one found fraud
    }

    private Task<T> InDbAsync<T>(Func<TouchstoneDbContext, Task<T>> query) =>
        app.Factory.InScopeAsync(sp => query(sp.GetRequiredService<TouchstoneDbContext>()));
}
