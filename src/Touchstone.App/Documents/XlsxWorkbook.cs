using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Touchstone.App.Documents;

/// <summary>
/// A minimal spreadsheet writer: named sheets of rows; numbers become numeric cells, everything else inline text.
/// Good for exports that people filter and pivot themselves.
/// </summary>
public sealed class XlsxWorkbook
{
    private readonly List<(string Name, List<IReadOnlyList<object?>> Rows)> _sheets = [];

    public XlsxWorkbook Sheet(string name, IReadOnlyList<object?> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var list = new List<IReadOnlyList<object?>> { header };
        list.AddRange(rows);
        _sheets.Add((SheetName(name), list));
        return this;
    }

    /// <summary>Adds a sheet whose first row is the header.</summary>
    public XlsxWorkbook Sheet(string name, IEnumerable<object?[]> rows)
    {
        var list = rows.Select(r => (IReadOnlyList<object?>)r).ToList();
        _sheets.Add((SheetName(name), list));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in _sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(part))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    foreach (var row in rows)
                    {
                        writer.WriteStartElement(new Row());
                        foreach (var value in row)
                        {
                            writer.WriteElement(Cell(value));
                        }

                        writer.WriteEndElement();
                    }

                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int or long or decimal or double => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
        },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)) },
    };

    // Excel sheet names: at most 31 characters, none of []:*?/\.
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
