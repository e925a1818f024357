using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Touchstone.App.Documents;

/// <summary>A table cell for <see cref="PdfReport.Table"/>: text and an optional background colour (heat maps).</summary>
public sealed record PdfCell(string Text, (byte R, byte G, byte B)? Fill = null)
{
    public static implicit operator PdfCell(string text) => new(text);
}

/// <summary>
/// A small flowing-text PDF writer on A4 with the standard Helvetica fonts (no font files needed):
/// headings, wrapped paragraphs and simple tables, paginating as it goes.
/// </summary>
public sealed class PdfReport : IDisposable
{
    private const double Margin = 40;
    private const double Top = 842 - 40;
    private const double Width = 595 - (2 * Margin);
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder _page;
    private double _y;

    public PdfReport(string title, string subtitle = "")
    {
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _page = _builder.AddPage(PageSize.A4);
        _y = Top;
        Line(title, 16, bold: true);
        if (subtitle.Length > 0)
        {
            Paragraph(subtitle, 10);
        }

        _y -= 6;
    }

    public PdfReport Heading(string text)
    {
        _y -= 8;
        Line(text, 12, bold: true);
        return this;
    }

    public PdfReport Paragraph(string text, double size = 9)
    {
        foreach (var line in Wrap(text, size, Width))
        {
            Line(line, size, bold: false);
        }

        return this;
    }

    /// <summary>A table with relative column widths; the header row is bold; long cells are cut to their column.</summary>
    public PdfReport Table(IReadOnlyList<double> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<PdfCell>> rows, double size = 8)
    {
        var total = widths.Sum();
        var columns = widths.Select(w => w / total * Width).ToArray();
        Row(columns, header.Select(h => new PdfCell(h)).ToList(), size, bold: true);
        foreach (var row in rows)
        {
            Row(columns, row, size, bold: false);
        }

        return this;
    }

    public byte[] Build() => _builder.Build();

    public void Dispose() => _builder.Dispose();

    private void Row(double[] columns, IReadOnlyList<PdfCell> cells, double size, bool bold)
    {
        var height = size + 4;
        EnsureRoom(height);
        var x = Margin;
        for (var i = 0; i < columns.Length && i < cells.Count; i++)
        {
            if (cells[i].Fill is { } fill)
            {
                _page.SetTextAndFillColor(fill.R, fill.G, fill.B);
                _page.DrawRectangle(new PdfPoint(x, _y - 3), columns[i] - 1, height, 0, fill: true);
                _page.ResetColor();
            }

            var text = Fit(Safe(cells[i].Text), size, columns[i] - 4);
            if (text.Length > 0)
            {
                _page.AddText(text, size, new PdfPoint(x + 2, _y), bold ? _bold : _regular);
            }

            x += columns[i];
        }

        _y -= height;
    }

    private void Line(string text, double size, bool bold)
    {
        EnsureRoom(size + 4);
        var safe = Safe(text);
        if (safe.Length > 0)
        {
            _page.AddText(safe, size, new PdfPoint(Margin, _y), bold ? _bold : _regular);
        }

        _y -= size + 4;
    }

    private void EnsureRoom(double height)
    {
        if (_y - height < Margin)
        {
            _page = _builder.AddPage(PageSize.A4);
            _y = Top;
        }
    }

    // Helvetica averages about half an em per character: good enough to wrap and cut without measuring.
    private static int CharsFor(double size, double width) => Math.Max(1, (int)(width / (size * 0.5)));

    private static string Fit(string text, double size, double width)
    {
        var max = CharsFor(size, width);
        return text.Length <= max ? text : text[..Math.Max(0, max - 1)] + ".";
    }

    private static IEnumerable<string> Wrap(string text, double size, double width)
    {
        var max = CharsFor(size, width);
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > max)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }

            yield return line.ToString();
        }
    }

    // The standard fonts cover Latin-1 (WinAnsi): map the few typographic characters we use, drop the rest.
    private static string Safe(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '–' or '—' or '•' => "-",
                '‘' or '’' => "'",
                '“' or '”' => "\"",
                '≥' => ">=",
                '≤' => "<=",
                '→' => "->",
                '…' => "...",
                _ when c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF' => c.ToString(),
                _ => "?",
            });
        }

        return sb.ToString();
    }
}
