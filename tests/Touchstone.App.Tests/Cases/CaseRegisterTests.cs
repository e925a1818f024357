using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;

namespace Touchstone.App.Tests.Cases;

/// <summary>
/// The register of complaints and objections (Examenreglement 11.3; issue 6 point 7): each filter it offers — type,
/// scheme, state, year of receipt, search — alone and combined, on the page and in the spreadsheet export, which lists
/// exactly the rows the page filters to; confidential complaints stay out of the register of staff not designated.
/// </summary>
public abstract class CaseRegisterTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => CaseClock.Today(app.Factory.Time);

    [Fact]
    public async Task EachFilterOfTheRegisterNarrowsThePageAndTheExportAlike()
    {
        var token = "Reg" + Guid.NewGuid().ToString("N")[..8];
        var lastYear = new DateOnly(Today.Year - 1, 12, 1);
        var office = await app.As(Role.BackOffice);
        var lmpObjection = await RegisterAsync(office, token, "Objection", "LMP", "RegisteredLetter", lastYear, lastYear.AddDays(9));
        var cmcComplaint = await RegisterAsync(office, token, "Complaint", "CMC", "RegisteredLetter", Today.AddDays(-5), Today);
        var cmcObjection = await RegisterAsync(office, token, "Objection", "CMC", "RegisteredLetter", Today.AddDays(-5), Today);
        var lmpComment = await RegisterAsync(office, token, "Comment", "LMP", "Email", Today.AddDays(-2), Today);

        // The CMC objection is being checked for admissibility; the others are as received.
        var checklist = $"/Cases/Checklist/{cmcObjection.Id}";
        (await office.PostFormAsync(checklist, [new("Items[DirectlyHarmedCandidate]", "yes")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var director = await app.As(Role.Director);
        string[] all = [lmpObjection.Reference, cmcComplaint.Reference, cmcObjection.Reference, lmpComment.Reference];
        await ExpectAsync(director, $"q={token}", all);
        await ExpectAsync(director, $"q={token}&type=Objection", [lmpObjection.Reference, cmcObjection.Reference]);
        await ExpectAsync(director, $"q={token}&type=Complaint", [cmcComplaint.Reference]);
        await ExpectAsync(director, $"q={token}&scheme=CMC", [cmcComplaint.Reference, cmcObjection.Reference]);
        await ExpectAsync(director, $"q={token}&scheme=LMP", [lmpObjection.Reference, lmpComment.Reference]);
        await ExpectAsync(director, $"q={token}&state=Admissibility", [cmcObjection.Reference]);
        await ExpectAsync(director, $"q={token}&state=Received", [lmpObjection.Reference, cmcComplaint.Reference, lmpComment.Reference]);
        await ExpectAsync(director, $"q={token}&year={Today.Year - 1}", [lmpObjection.Reference]);
        await ExpectAsync(director, $"q={token}&year={Today.Year}", [cmcComplaint.Reference, cmcObjection.Reference, lmpComment.Reference]);
        var combined = await ExpectAsync(director, $"q={token}&type=Objection&scheme=CMC&state=Admissibility&year={Today.Year}", [cmcObjection.Reference]);
        // The export names type and state in Dutch, as its headings and the pages do.
        combined.Single().ShouldBe([cmcObjection.Reference, "bezwaarschrift", "CMC", "ontvankelijkheidstoets"]);
        await ExpectAsync(director, $"q={token}&type=Appeal", []);
        await ExpectAsync(director, $"q={cmcComplaint.Reference}", [cmcComplaint.Reference]);

        // The back office is not designated for the complaint: neither its page nor its export lists it.
        await ExpectAsync(office, $"q={token}", [lmpObjection.Reference, cmcObjection.Reference, lmpComment.Reference]);
        await ExpectAsync(office, $"q={token}&scheme=CMC", [cmcObjection.Reference]);
    }

    /// <summary>
    /// The references the register page lists under <paramref name="filters"/>, and the same in its export; returns the
    /// export's rows (their first four cells).
    /// </summary>
    private async Task<List<string[]>> ExpectAsync(HttpClient viewer, string filters, string[] expected)
    {
        var page = await viewer.GetPageAsync("/Cases?" + filters);
        var listed = page.QuerySelectorAll("tbody tr").Select(tr => expected.FirstOrDefault(r => tr.TextContent.Contains(r, StringComparison.Ordinal)) ?? tr.TextContent.Trim()).ToList();
        listed.ShouldBe(expected, ignoreOrder: true, customMessage: filters);

        var export = await viewer.GetAsync("/Cases?handler=Xlsx&" + filters, Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct)), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        rows[0].Elements<Cell>().First().InnerText.ShouldBe("Nummer");
        var lines = rows.Skip(1).Select(r => r.Elements<Cell>().Take(4).Select(c => c.InnerText).ToArray()).ToList();
        lines.Select(l => l[0]).ShouldBe(expected, ignoreOrder: true, customMessage: "export " + filters);
        return lines;
    }

    private async Task<CaseDossier> RegisterAsync(HttpClient office, string token, string type, string scheme, string channel, DateOnly reference, DateOnly received)
    {
        // Names and addresses in Dutch: the register pages are crawled for English enum names (EnumTextOnPagesTests).
        var kind = type switch { "Objection" => "bezwaar", "Complaint" => "klacht", _ => "zienswijze" };
        var email = $"{token}.{kind}.{scheme}@example.org".ToLowerInvariant();
        var registered = await office.PostFormAsync("/Cases/New", new Dictionary<string, string>
        {
            ["Input.Type"] = type, ["Input.Scheme"] = scheme, ["Input.Channel"] = channel, ["Input.Name"] = $"{token} {kind} {scheme}",
            ["Input.Email"] = email, ["Input.ReferenceDate"] = Iso(reference), ["Input.ReceivedOn"] = Iso(received),
        });
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect, await registered.Content.ReadAsStringAsync(Ct));
        return await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<CaseDossier>().AsNoTracking()
            .Include(d => d.Case).AsSplitQuery().SingleAsync(d => d.SubmitterEmail == email, Ct));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

[Collection(CaseTestCollections.Sqlite)]
public sealed class CaseRegisterTestsOnSqlite(SqliteApp app) : CaseRegisterTests(app);

[Collection(CaseTestCollections.Postgres)]
public sealed class CaseRegisterTestsOnPostgres(PostgresApp app) : CaseRegisterTests(app);
