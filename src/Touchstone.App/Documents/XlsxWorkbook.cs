using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Touchstone.App.Documents;

/// <summary>
/// Writes simple spreadsheets with DocumentFormat.OpenXml: named sheets of rows, the first row bold-free
/// header, numbers as numbers and text as inline strings. Shared by capabilities for exports and reports.
/// </summary>
public sealed class XlsxWorkbook
{
    private readonly List<(string Name, List<object?[]> Rows)> _sheets = [];

    /// <summary>Adds a sheet; cells may be strings, numbers, dates or null.</summary>
    public XlsxWorkbook Sheet(string name, IEnumerable<object?[]> rows)
    {
        _sheets.Add((name.Length > 31 ? name[..31] : name, rows.ToList()));
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
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint rowIndex = 1;
                foreach (var values in rows)
                {
                    var row = new Row { RowIndex = rowIndex++ };
                    foreach (var value in values)
                    {
                        row.Append(CellFor(value));
                    }

                    data.Append(row);
                }

                sheetPart.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = id++, Name = name });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell CellFor(object? value) => value switch
    {
        null => new Cell(),
        int or long or double or decimal => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        },
        DateOnly d => Text(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        _ => Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
    };

    private static Cell Text(string text) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text)),
    };
}
