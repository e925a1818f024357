using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Touchstone.App.Documents;

/// <summary>Horizontal placement of a line of text, a QR code or an image.</summary>
public enum PdfAlign
{
    Left,
    Centre,
    Right,
}

/// <summary>A table cell for the tables of <see cref="PdfDocumentWriter"/>: text and an optional background colour (heat maps).</summary>
public sealed record PdfCell(string Text, (byte R, byte G, byte B)? Fill = null)
{
    public static implicit operator PdfCell(string text) => new(text);
}

/// <summary>
/// The one PDF writer of the application, on PdfPig with the standard Helvetica fonts (no font files): A4 pages
/// filled top-down with titles, headings, word-wrapped paragraphs, label/value fields, tables, rows at fixed
/// offsets, rules, signature lines, QR codes and images, starting a new page whenever the next block does not fit.
/// Text is cleaned to what the standard fonts can show (WinAnsi) and the fonts declare /WinAnsiEncoding, so
/// Dutch names such as "één café" print correctly and no character ever breaks a document.
/// </summary>
public sealed class PdfDocumentWriter : IDisposable
{
    private const double LineFactor = 1.35;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly Dictionary<(char, bool), double> _widths = [];
    private readonly Dictionary<char, bool> _writable = [];
    private readonly double _margin;
    private PdfPageBuilder _page;
    private double _y;

    /// <param name="title">The document title in the PDF properties (not printed: use <see cref="Title"/> for that).</param>
    /// <param name="margin">The page margin on all sides, in points (reports with wide tables use less).</param>
    public PdfDocumentWriter(string? title = null, double margin = 56)
    {
        _margin = margin;
        _builder.DocumentInformation.Producer = "Touchstone";
        if (title is not null)
        {
            _builder.DocumentInformation.Title = Clean(title);
        }

        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _page = NewPage();
    }

    /// <summary>The width available for text between the margins.</summary>
    public double Width => _page.PageSize.Width - (2 * _margin);

    /// <summary>The document title in large bold type, with an optional subtitle paragraph under it.</summary>
    public PdfDocumentWriter Title(string text, string? subtitle = null, double size = 16)
    {
        Text(text, size, bold: true);
        if (!string.IsNullOrEmpty(subtitle))
        {
            Text(subtitle, 10);
        }

        return Space(size * 0.5);
    }

    /// <summary>A bold heading with some room above it.</summary>
    public PdfDocumentWriter Heading(string text, double size = 12)
    {
        Space(size * 0.6);
        return Text(text, size, bold: true);
    }

    /// <summary>Text that keeps its line breaks, wraps at the margin and is followed by half a line of space.</summary>
    public PdfDocumentWriter Paragraph(string text, double size = 10.5, bool bold = false)
    {
        Text(text, size, bold);
        return Space(size * 0.5);
    }

    /// <summary>One or more lines of text (line breaks kept, long lines wrapped), aligned and optionally indented.</summary>
    public PdfDocumentWriter Text(string text, double size = 11, bool bold = false, PdfAlign align = PdfAlign.Left, double indent = 0)
    {
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            foreach (var line in Wrap(paragraph, size, bold, Width - indent))
            {
                EnsureRoom(size * LineFactor);
                var x = align switch
                {
                    PdfAlign.Centre => _margin + indent + ((Width - indent - Measure(line, size, bold)) / 2),
                    PdfAlign.Right => _margin + Width - Measure(line, size, bold),
                    _ => _margin + indent,
                };
                Draw(line, size, bold, x, _y - size);
                NextLine(size);
            }
        }

        return this;
    }

    /// <summary>A bold label followed by its value on the same line (wrapped under the value column).</summary>
    public PdfDocumentWriter Field(string label, string? value, double size = 10.5, double labelWidth = 150)
    {
        var lines = Wrap(value ?? "-", size, false, Width - labelWidth);
        EnsureRoom(size * LineFactor);
        Draw(Printable(label), size, true, _margin, _y - size);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                NextLine(size);
                EnsureRoom(size * LineFactor);
            }

            Draw(lines[i], size, false, _margin + labelWidth, _y - size);
        }

        NextLine(size);
        return this;
    }

    /// <summary>
    /// A table with a bold header row. Column widths are relative (they are scaled to the text width); cells wrap
    /// within their column and may have a background colour. A row never splits over two pages.
    /// </summary>
    public PdfDocumentWriter Table(IReadOnlyList<double> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<PdfCell>> rows, double size = 9)
    {
        var total = widths.Sum();
        var columns = widths.Select(w => w / total * Width).ToArray();
        TableRow(columns, [.. header.Select(h => new PdfCell(h))], size, bold: true);
        foreach (var row in rows)
        {
            TableRow(columns, row, size, bold: false);
        }

        return Space(size * 0.5);
    }

    /// <summary>A table of plain text cells; see <see cref="Table(IReadOnlyList{double}, IReadOnlyList{string}, IEnumerable{IReadOnlyList{PdfCell}}, double)"/>.</summary>
    public PdfDocumentWriter Table(IReadOnlyList<double> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, double size = 9) =>
        Table(widths, header, rows.Select(r => (IReadOnlyList<PdfCell>)[.. r.Select(c => new PdfCell(c))]), size);

    /// <summary>Cells at fixed offsets from the left margin on one line, with room to write by hand (forms, lists to sign).</summary>
    public PdfDocumentWriter Row(IReadOnlyList<(double X, string Text)> cells, double size = 10, bool bold = false)
    {
        EnsureRoom(size * 1.8);
        foreach (var (x, text) in cells)
        {
            var cleaned = Printable(text);
            if (cleaned.Length > 0)
            {
                Draw(cleaned, size, bold, _margin + x, _y - size);
            }
        }

        _y -= size * 1.8;
        return this;
    }

    /// <summary>Vertical space; a page break when the space runs past the bottom margin is left to the next block.</summary>
    public PdfDocumentWriter Space(double points)
    {
        _y -= points;
        return this;
    }

    /// <summary>A thin horizontal line at the current position, between offsets from the left margin (default: full width).</summary>
    public PdfDocumentWriter Rule(double from = 0, double? to = null)
    {
        _page.DrawLine(new PdfPoint(_margin + from, _y), new PdfPoint(_margin + (to ?? Width), _y), 0.5);
        _y -= 4;
        return this;
    }

    /// <summary>Signature lines side by side, each with its caption below.</summary>
    public PdfDocumentWriter SignatureLines(IReadOnlyList<string> captions)
    {
        EnsureRoom(60);
        _y -= 36;
        var slot = Width / captions.Count;
        for (var i = 0; i < captions.Count; i++)
        {
            var left = _margin + (i * slot) + 6;
            _page.DrawLine(new PdfPoint(left, _y), new PdfPoint(left + slot - 18, _y), 0.5);
            Draw(Printable(captions[i]), 9, false, left, _y - 12);
        }

        _y -= 24;
        return this;
    }

    /// <summary>
    /// A QR code for <paramref name="payload"/>, <paramref name="size"/> points square, drawn as filled vector squares:
    /// sharp at any zoom and independent of PdfPig's image handling (it scrambles QRCoder's PNG output).
    /// </summary>
    public PdfDocumentWriter QrCode(string payload, double size = 110, PdfAlign align = PdfAlign.Right)
    {
        var modules = QrCodes.Modules(payload);
        EnsureRoom(size + 8);
        var cell = size / modules.Count;
        var left = Left(size, align);
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

    /// <summary>A PNG image scaled to <paramref name="width"/> by <paramref name="height"/> points (use RGBA PNGs: PdfPig cannot read 1-bit ones).</summary>
    public PdfDocumentWriter Image(byte[] png, double width, double height, PdfAlign align = PdfAlign.Left)
    {
        EnsureRoom(height + 8);
        var left = Left(width, align);
        _page.AddPng(png, new PdfRectangle(left, _y - height, left + width, _y));
        _y -= height + 8;
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

    /// <summary>
    /// Text the standard fonts can show (Latin-1 as WinAnsi): composed accents kept, common typographic characters
    /// spelled out, control characters dropped, anything else replaced by "?".
    /// </summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            sb.Append(rune.Value switch
            {
                0x2192 => "->",
                0x2013 or 0x2014 or 0x2022 or 0x2212 => "-",
                0x2018 or 0x2019 => "'",
                0x201C or 0x201D => "\"",
                0x2265 => ">=",
                0x2264 => "<=",
                0x2026 => "...",
                0x20AC => "EUR",
                '\t' => "    ",
                < 32 => string.Empty,
                (> 126 and < 160) or > 255 => "?",
                _ => rune.ToString(),
            });
        }

        return sb.ToString();
    }

    private void TableRow(double[] columns, IReadOnlyList<PdfCell> cells, double size, bool bold)
    {
        var count = Math.Min(columns.Length, cells.Count);
        var wrapped = Enumerable.Range(0, count).Select(i => Wrap(cells[i].Text, size, bold, columns[i] - 4)).ToArray();
        var lines = wrapped.Length == 0 ? 1 : wrapped.Max(w => w.Count);
        var height = lines * size * LineFactor;
        EnsureRoom(height);
        var x = _margin;
        for (var col = 0; col < count; col++)
        {
            if (cells[col].Fill is { } fill)
            {
                _page.SetTextAndFillColor(fill.R, fill.G, fill.B);
                _page.DrawRectangle(new PdfPoint(x, _y - height), columns[col] - 1, height, 0, fill: true);
                _page.ResetColor();
            }

            for (var line = 0; line < wrapped[col].Count; line++)
            {
                if (wrapped[col][line].Length > 0)
                {
                    Draw(wrapped[col][line], size, bold, x + 2, _y - size - (line * size * LineFactor));
                }
            }

            x += columns[col];
        }

        _y -= height;
    }

    /// <summary>
    /// <see cref="Clean"/>ed text that PdfPig can also write: its standard-font writer refuses some Latin-1 letters
    /// (ö, ü, ä, ï, ß...), which lose their accent (coördinator becomes coordinator); anything else becomes "?".
    /// </summary>
    private string Printable(string text)
    {
        var cleaned = Clean(text);
        var sb = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            // PdfPig writes these as the StandardEncoding code of their glyph, which WinAnsi shows as another letter.
            var spelled = c switch { '\u00D8' => "O", '\u00E6' => "ae", '\u00DF' => "ss", _ => null };
            if (spelled is not null)
            {
                sb.Append(spelled);
                continue;
            }

            if (CanWrite(c))
            {
                sb.Append(c);
                continue;
            }

            var bare = c == '\u00A0' ? " " : new string([.. c.ToString().Normalize(NormalizationForm.FormD).Where(d => d < 128)]);
            sb.Append(bare.Length > 0 && bare.All(CanWrite) ? bare : "?");
        }

        return sb.ToString();
    }

    private bool CanWrite(char c)
    {
        if (!_writable.TryGetValue(c, out var ok))
        {
            try
            {
                _page.MeasureText(ToPdfPigInput(c.ToString()), 1, new PdfPoint(0, 0), _regular);
                _page.MeasureText(ToPdfPigInput(c.ToString()), 1, new PdfPoint(0, 0), _bold);
                ok = true;
            }
            catch (InvalidOperationException)
            {
                ok = false;
            }

            _writable[c] = ok;
        }

        return ok;
    }

    /// <summary>Draws already-cleaned text with its baseline at <paramref name="baseline"/>.</summary>
    private void Draw(string cleaned, double size, bool bold, double x, double baseline)
    {
        if (cleaned.Length > 0)
        {
            _page.AddText(ToPdfPigInput(cleaned), size, new PdfPoint(x, baseline), bold ? _bold : _regular);
        }
    }

    /// <summary>
    /// PdfPig writes most Latin-1 characters as their own byte (which /WinAnsiEncoding shows correctly), but maps a
    /// few to their StandardEncoding code (' would show as ©, · as ´, ø as ù). For those, pass the character whose
    /// StandardEncoding code is the WinAnsi byte we want.
    /// </summary>
    private static string ToPdfPigInput(string cleaned)
    {
        if (!cleaned.AsSpan().ContainsAny(Remapped))
        {
            return cleaned;
        }

        var chars = cleaned.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '\'' => '\u2019', // quoteright is StandardEncoding 0x27
                '`' => '\u2018', // quoteleft, 0x60
                '\u00B7' => '\u2022', // bullet, 0xB7
                '\u00B4' => '\u00B7', // periodcentered, 0xB4
                '\u00A4' => '\u2044', // fraction, 0xA4
                '\u00A8' => '\u00A4', // currency, 0xA8
                '\u00B8' => '\u201A', // quotesinglbase, 0xB8
                '\u00AF' => '\uFB02', // fl, 0xAF
                '\u00AA' => '\u201C', // quotedblleft, 0xAA
                '\u00BA' => '\u201D', // quotedblright, 0xBA
                '\u00F8' => '\u0142', // lslash, 0xF8
                '\u00C6' => '\u02D8', // breve, 0xC6
                var c => c,
            };
        }

        return new string(chars);
    }

    private static readonly System.Buffers.SearchValues<char> Remapped = System.Buffers.SearchValues.Create("'`\u00B7\u00B4\u00A4\u00A8\u00B8\u00AF\u00AA\u00BA\u00F8\u00C6");

    /// <summary>Cleans and wraps one paragraph (no line breaks) to <paramref name="width"/>; words longer than a line are split.</summary>
    private List<string> Wrap(string text, double size, bool bold, double width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var token in Printable(text.Replace('\n', ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token;
            while (Measure(word, size, bold) > width && word.Length > 1)
            {
                if (current.Length > 0)
                {
                    lines.Add(current);
                    current = string.Empty;
                }

                var fits = 1;
                while (fits < word.Length && Measure(word[..(fits + 1)], size, bold) <= width)
                {
                    fits++;
                }

                lines.Add(word[..fits]);
                word = word[fits..];
            }

            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Measure(candidate, size, bold) > width)
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

    /// <summary>The advance width of cleaned text from the font metrics (PdfPig does not kern, so widths add up per character).</summary>
    private double Measure(string cleaned, double size, bool bold)
    {
        var total = 0d;
        foreach (var c in cleaned)
        {
            if (!_widths.TryGetValue((c, bold), out var width))
            {
                var letters = _page.MeasureText(ToPdfPigInput(c.ToString()), 1, new PdfPoint(0, 0), bold ? _bold : _regular);
                width = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
                _widths[(c, bold)] = width;
            }

            total += width;
        }

        return total * size;
    }

    private double Left(double width, PdfAlign align) => align switch
    {
        PdfAlign.Centre => _margin + ((Width - width) / 2),
        PdfAlign.Right => _margin + Width - width,
        _ => _margin,
    };

    private void NextLine(double size) => _y -= size * LineFactor;

    private void EnsureRoom(double height)
    {
        if (_y - height < _margin)
        {
            _page = NewPage();
        }
    }

    private PdfPageBuilder NewPage()
    {
        var page = _builder.AddPage(PageSize.A4);
        _y = page.PageSize.Height - _margin;
        return page;
    }
}
