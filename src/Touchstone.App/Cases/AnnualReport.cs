using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Documents;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;

namespace Touchstone.App.Cases;

/// <summary>
/// The director's annual report on complaints and objections for the exam committee (Examenreglement 11.3):
/// counts by type and outcome, handling time and overdue cases. Aggregates only, so confidential complaints
/// are counted without being shown.
/// </summary>
public sealed class AnnualCaseReportHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<AnnualCaseReport> HandleAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var cases = await db.Set<Case>().AsNoTracking().AsSplitQuery().Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to).ToListAsync(ct);
        return AnnualCaseReport.For(cases, year, CaseSchemes.Catalog, calendar, CaseClock.Today(time));
    }

    public async Task<byte[]> PdfAsync(int year, CancellationToken ct)
    {
        var report = await HandleAsync(year, ct);
        using var pdf = new PdfDocumentWriter($"Jaarverslag klachten en bezwaren {year}");
        pdf.Title($"Jaarverslag klachten en bezwaren {year}")
            .Paragraph("Verslag van de directeur aan de examencommissie (Examenreglement 11.3).")
            .Field("Ontvangen", report.TotalReceived.ToString(CultureInfo.InvariantCulture))
            .Field("Termijn overschreden", report.TotalOverdue.ToString(CultureInfo.InvariantCulture))
            .Space(8)
            .Table(
                [0.12, 0.1, 0.1, 0.08, 0.28, 0.12, 0.1, 0.1],
                ["Soort", "Ontvangen", "Niet-ontv.", "Open", "Uitkomsten", "Gem. werkdagen", "Mediaan", "Te laat beslist"],
                report.ByType.Select(Cells));
        return pdf.Build();
    }

    public async Task<byte[]> XlsxAsync(int year, CancellationToken ct)
    {
        var report = await HandleAsync(year, ct);
        var rows = new List<object?[]>
        {
            new object?[] { "Soort", "Ontvangen", "Niet-ontvankelijk", "Open", "Gemiddeld werkdagen", "Mediaan werkdagen", "Termijn overschreden" },
        };
        rows.AddRange(report.ByType.Select(t => new object?[]
        {
            TypeNl(t.Type), t.Received, t.Inadmissible, t.StillOpen,
            t.HandlingWorkingDaysAverage is { } a ? Math.Round(a, 1) : null,
            t.HandlingWorkingDaysMedian, t.Overdue,
        }));
        var outcomes = new List<object?[]> { new object?[] { "Soort", "Uitkomst", "Aantal" } };
        outcomes.AddRange(report.ByType.SelectMany(t => t.ByOutcome.Select(o => new object?[] { TypeNl(t.Type), CaseMails.OutcomeNl(o.Key), o.Value })));
        return new XlsxWorkbook().Sheet($"Jaarverslag {year}", rows).Sheet("Uitkomsten", outcomes).Build();
    }

    private static IReadOnlyList<string> Cells(AnnualCaseTypeFigures t) =>
    [
        TypeNl(t.Type),
        t.Received.ToString(CultureInfo.InvariantCulture),
        t.Inadmissible.ToString(CultureInfo.InvariantCulture),
        t.StillOpen.ToString(CultureInfo.InvariantCulture),
        string.Join(", ", t.ByOutcome.Select(o => $"{CaseMails.OutcomeNl(o.Key)} {o.Value}")),
        t.HandlingWorkingDaysAverage?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-",
        t.HandlingWorkingDaysMedian?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-",
        t.Overdue.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>The case type in Dutch with a capital, as the report's row label (the report is for Dutch readers).</summary>
    private static string TypeNl(CaseType type) => CultureInfo.GetCultureInfo("nl").TextInfo.ToTitleCase(CaseMails.TypeNl(type));
}
