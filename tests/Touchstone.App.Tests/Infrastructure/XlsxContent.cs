using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Touchstone.App.Tests.Infrastructure;

/// <summary>Reads a downloaded workbook back: per sheet name, its rows as the texts of their cells (numbers as written).</summary>
public static class XlsxContent
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Checks that the answer is an XLSX file and opens it: sheet name → rows → cell texts.</summary>
    public static async Task<Dictionary<string, List<string[]>>> ReadAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(ContentType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var book = document.WorkbookPart!;
        return book.Workbook.Sheets!.Elements<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)book.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToArray())
                .ToList());
    }

    /// <summary>The row of a sheet whose first cell is <paramref name="key"/>.</summary>
    public static string[] Row(this Dictionary<string, List<string[]>> book, string sheet, string key) =>
        book[sheet].Single(r => r.Length > 0 && r[0] == key);
}
