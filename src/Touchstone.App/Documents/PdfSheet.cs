using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Touchstone.App.Documents;

/// <summary>
/// A small PDF writer over PdfPig with the standard fonts: text lines top-down on A4 pages, rules, signature lines and QR modules.
/// Text outside the standard fonts' character set is replaced, so a name never breaks a document.
/// </summary>
public sealed class PdfSheet : IDisposable
{
    private const double Margin = 56;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder _page;
    private double _y;

    public PdfSheet(string title)
    {
        _builder.DocumentInformation.Title = title;
        _builder.DocumentInformation.Producer = "Touchstone";
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _page = _builder.AddPage(PageSize.A4);
        _y = _page.PageSize.Height - Margin;
    }

    public double Width => _page.PageSize.Width - (2 * Margin);

    public PdfSheet Text(string text, double size = 11, bool bold = false, double indent = 0, bool centred = false)
    {
        EnsureSpace(size * 1.6);
        var font = bold ? _bold : _regular;
        var safe = Safe(text);
        var x = Margin + indent;
        if (centred)
        {
            var measured = _page.MeasureText(safe, size, new PdfPoint(0, 0), font);
            var width = measured.Count == 0 ? 0 : measured[^1].BoundingBox.Right - measured[0].BoundingBox.Left;
            x = Math.Max(Margin, (_page.PageSize.Width - width) / 2);
        }

        _page.AddText(safe, size, new PdfPoint(x, _y - size), font);
        _y -= size * 1.6;
        return this;
    }

    /// <summary>Cells at fixed x offsets from the left margin, on one line.</summary>
    public PdfSheet Row(IReadOnlyList<(double X, string Text)> cells, double size = 10, bool bold = false)
    {
        EnsureSpace(size * 1.8);
        foreach (var (x, text) in cells)
        {
            _page.AddText(Safe(text), size, new PdfPoint(Margin + x, _y - size), bold ? _bold : _regular);
        }

        _y -= size * 1.8;
        return this;
    }

    public PdfSheet Space(double points)
    {
        _y -= points;
        return this;
    }

    public PdfSheet Rule(double from = 0, double? to = null)
    {
        _page.DrawLine(new PdfPoint(Margin + from, _y), new PdfPoint(Margin + (to ?? Width), _y), 0.5);
        _y -= 4;
        return this;
    }

    /// <summary>A signature line with its caption below, at a horizontal offset.</summary>
    public PdfSheet SignatureLines(IReadOnlyList<string> captions)
    {
        EnsureSpace(60);
        _y -= 36;
        var slot = Width / captions.Count;
        for (var i = 0; i < captions.Count; i++)
        {
            var left = Margin + (i * slot) + 6;
            _page.DrawLine(new PdfPoint(left, _y), new PdfPoint(left + slot - 18, _y), 0.5);
            _page.AddText(Safe(captions[i]), 9, new PdfPoint(left, _y - 12), _regular);
        }

        _y -= 24;
        return this;
    }

    /// <summary>A matrix code (QR) drawn as filled squares, right-aligned: sharp at any zoom and needs no image decoder.</summary>
    public PdfSheet Modules(IReadOnlyList<IReadOnlyList<bool>> modules, double size)
    {
        EnsureSpace(size + 8);
        var cell = size / modules.Count;
        var left = _page.PageSize.Width - Margin - size;
        for (var row = 0; row < modules.Count; row++)
        {
            for (var col = 0; col < modules[row].Count; col++)
            {
                if (modules[row][col])
                {
                    _page.DrawRectangle(new PdfPoint(left + (col * cell), _y - ((row + 1) * cell)), cell, cell, 0.01, fill: true);
                }
            }
        }

        _y -= size + 8;
        return this;
    }

    public byte[] Build() => _builder.Build();

    public void Dispose() => _builder.Dispose();

    private void EnsureSpace(double needed)
    {
        if (_y - needed < Margin)
        {
            _page = _builder.AddPage(PageSize.A4);
            _y = _page.PageSize.Height - Margin;
        }
    }

    // The standard fonts use WinAnsi: keep Latin-1 letters, replace anything else.
    private static string Safe(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            sb.Append(c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF' ? c : '?');
        }

        return sb.ToString();
    }
}
