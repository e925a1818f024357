using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Touchstone.App.Documents;

/// <summary>
/// A small flowing-text PDF writer on PdfPig (A4, standard fonts): headings, wrapped paragraphs, label/value
/// lines and simple tables, with automatic page breaks. Enough for letters and reports; shared by capabilities.
/// </summary>
public sealed class PdfTextDocument : IDisposable
{
    private const double Margin = 56;
    private const double LineFactor = 1.35;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder _page;
    private double _y;

    public PdfTextDocument(string? title = null)
    {
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        if (title is not null)
        {
            _builder.DocumentInformation.Title = Clean(title);
        }

        _page = NewPage();
    }

    private double Width => _page.PageSize.Width - (2 * Margin);

    public PdfTextDocument Heading(string text, double size = 16)
    {
        Space(size * 0.4);
        return Write(text, size, _bold);
    }

    public PdfTextDocument Paragraph(string text, double size = 10.5)
    {
        foreach (var line in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            Write(line, size, _regular);
        }

        return Space(size * 0.5);
    }

    /// <summary>A bold label followed by its value on the same line (wrapped under the value column).</summary>
    public PdfTextDocument Field(string label, string? value, double size = 10.5)
    {
        const double labelWidth = 150;
        EnsureRoom(size * LineFactor);
        _page.AddText(Clean(label), size, new PdfPoint(Margin, _y), _bold);
        var lines = Wrap(value ?? "-", size, _regular, Width - labelWidth);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                NextLine(size);
            }

            _page.AddText(lines[i], size, new PdfPoint(Margin + labelWidth, _y), _regular);
        }

        NextLine(size);
        return this;
    }

    /// <summary>A table with a bold header row; column widths as fractions of the text width.</summary>
    public PdfTextDocument Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double> widths, double size = 9)
    {
        Row(header, widths, size, _bold);
        foreach (var row in rows)
        {
            Row(row, widths, size, _regular);
        }

        return Space(size * 0.5);
    }

    public PdfTextDocument Space(double points)
    {
        _y -= points;
        return this;
    }

    /// <summary>
    /// The PDF. PdfPig writes Latin-1 bytes for the standard fonts but declares /StandardEncoding, which has
    /// no accented letters (é would show as Ø); declaring /WinAnsiEncoding (same bytes for Latin-1 letters,
    /// padded to the same length so the cross-reference offsets stay valid) makes "één café" come out right.
    /// </summary>
    public byte[] Build()
    {
        var bytes = _builder.Build();
        var from = "/Encoding /StandardEncoding"u8;
        var to = "/Encoding /WinAnsiEncoding "u8;
        var span = bytes.AsSpan();
        int at;
        while ((at = span.IndexOf(from)) >= 0)
        {
            to.CopyTo(span[at..]);
            span = span[(at + to.Length)..];
        }

        return bytes;
    }

    public void Dispose() => _builder.Dispose();

    /// <summary>Standard fonts know only Latin-1 (WinAnsi): replace what they cannot show.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '\u2192' => "->",
                '\u2013' or '\u2014' => "-",
                '\u2018' or '\u2019' => "'",
                '\u201C' or '\u201D' => "\"",
                '\u20AC' => "EUR",
                '\t' => "    ",
                _ when ch < 32 => string.Empty,
                _ when ch is > (char)126 and < (char)160 or > (char)255 => "?",
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }

    private void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, double size, PdfDocumentBuilder.AddedFont font)
    {
        var wrapped = cells.Select((c, i) => Wrap(c, size, font, (Width * widths[i]) - 4)).ToArray();
        var height = wrapped.Max(w => w.Count);
        EnsureRoom(height * size * LineFactor);
        for (var line = 0; line < height; line++)
        {
            var x = Margin;
            for (var col = 0; col < wrapped.Length; col++)
            {
                if (line < wrapped[col].Count)
                {
                    _page.AddText(wrapped[col][line], size, new PdfPoint(x, _y), font);
                }

                x += Width * widths[col];
            }

            NextLine(size);
        }
    }

    private PdfTextDocument Write(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        foreach (var line in Wrap(text, size, font, Width))
        {
            EnsureRoom(size * LineFactor);
            _page.AddText(line, size, new PdfPoint(Margin, _y), font);
            NextLine(size);
        }

        return this;
    }

    private List<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font, double width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in Clean(text).Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Measure(candidate, size, font) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        return lines;
    }

    private double Measure(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var letters = _page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private void NextLine(double size) => _y -= size * LineFactor;

    private void EnsureRoom(double height)
    {
        if (_y - height < Margin)
        {
            _page = NewPage();
        }
    }

    private PdfPageBuilder NewPage()
    {
        var page = _builder.AddPage(PageSize.A4);
        _y = page.PageSize.Height - Margin;
        return page;
    }
}
