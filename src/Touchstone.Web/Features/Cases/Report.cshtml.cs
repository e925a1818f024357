using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Cases;
using Touchstone.Domain.Cases;

namespace Touchstone.Web.Features.Cases;

/// <summary>The annual report on complaints and objections for the exam committee (Examenreglement 11.3), on screen, as PDF and XLSX.</summary>
public sealed class ReportModel(AnnualCaseReportHandler reports, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public AnnualCaseReport Report { get; private set; } = null!;

    public int ReportYear => Year ?? CaseClock.Today(time).Year;

    public async Task OnGetAsync(CancellationToken ct) => Report = await reports.HandleAsync(ReportYear, ct);

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        File(await reports.PdfAsync(ReportYear, ct), "application/pdf", $"jaarverslag-klachten-bezwaren-{ReportYear}.pdf");

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        File(await reports.XlsxAsync(ReportYear, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"jaarverslag-klachten-bezwaren-{ReportYear}.xlsx");
}
