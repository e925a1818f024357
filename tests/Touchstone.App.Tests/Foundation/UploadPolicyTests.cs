using Touchstone.App.Files;

namespace Touchstone.App.Tests.Foundation;

/// <summary>Uploads are checked for type, size and actual content before anything is stored.</summary>
public sealed class UploadPolicyTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n"u8.ToArray();

    [Fact]
    public void ARealPdfIsAccepted() =>
        UploadPolicy.Documents.Check("verslag.pdf", Pdf).Value.ContentType.ShouldBe("application/pdf");

    [Fact]
    public void AProgramRenamedToPdfIsRefused()
    {
        var result = UploadPolicy.Documents.Check("verslag.pdf", "MZ\u0090\0\u0003"u8.ToArray());
        result.Errors.Single().Code.ShouldBe("upload.disguised");
    }

    [Fact]
    public void AnUnsupportedExtensionIsRefused() =>
        UploadPolicy.Documents.Check("script.exe", Pdf).Errors.Single().Code.ShouldBe("upload.type");

    [Fact]
    public void AnOversizedFileIsRefused()
    {
        var big = new byte[UploadPolicy.Documents.MaxBytes + 1];
        Pdf.CopyTo(big, 0);
        UploadPolicy.Documents.Check("groot.pdf", big).Errors.Single().Code.ShouldBe("upload.too-large");
    }

    [Fact]
    public void AnEmptyFileIsRefused() =>
        UploadPolicy.Documents.Check("leeg.pdf", []).Errors.Single().Code.ShouldBe("upload.empty");

    [Fact]
    public void ABinaryFileIsNotACsv() =>
        UploadPolicy.Csv.Check("lijst.csv", new byte[] { 1, 0, 2, 3 }).Errors.Single().Code.ShouldBe("upload.disguised");
}
