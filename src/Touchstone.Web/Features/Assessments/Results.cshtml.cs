using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Assessments;

/// <summary>
/// Results of a self-evaluation or audit against a quality standard: heat map per cluster and component,
/// improvement points, what changed since the previous cycle; PDF and XLSX exports; start the next cycle.
/// </summary>
public sealed class ResultsModel(TouchstoneDbContext db, GetFrameworkHandler frameworks, StartNextCycleHandler nextCycle, IStringLocalizer<SharedResource> t)
    : AssessmentPageBase(db, frameworks)
{
    public IReadOnlyList<SectionResult> Sections { get; private set; } = [];

    public IReadOnlyList<ImprovementPoint> Improvements { get; private set; } = [];

    public IReadOnlyList<ItemChange>? Changes { get; private set; }

    public AssessmentRecord? Previous { get; private set; }

    public decimal Min { get; private set; }

    public decimal Max { get; private set; }

    [BindProperty]
    public string? Cycle { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadResultsAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadResultsAsync(id, ct))
        {
            return NotFound();
        }

        return File(AssessmentExports.QualityPdf(View.Record, View.Framework, View.Assessment), "application/pdf", FileName("pdf"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadResultsAsync(id, ct))
        {
            return NotFound();
        }

        return File(AssessmentExports.QualityXlsx(View.Record, View.Framework, View.Assessment),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    public async Task<IActionResult> OnPostNextCycleAsync(Guid id, CancellationToken ct)
    {
        var result = await nextCycle.HandleAsync(new StartNextCycle(id, Cycle ?? string.Empty), ct);
        if (result.IsSuccess)
        {
            TempData["Message"] = t["Assessments.NextCycle.Started"].Value;
            return Redirect($"/Assessments/Rate/{result.Value.Id}");
        }

        if (!await LoadResultsAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors);
        return Page();
    }

    private string FileName(string extension) => $"{View.Record.FrameworkCode}-{View.Record.Cycle}-{View.Record.RaterRole}.{extension}".ToLowerInvariant();

    private async Task<bool> LoadResultsAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || View.Framework.Kind == Touchstone.Domain.Standards.FrameworkKind.CompetencyStandard)
        {
            return false;
        }

        var scale = View.Framework.FindScale(View.Record.ScaleCode)!;
        (Min, Max) = (scale.Values[0].Score, scale.Values[^1].Score);
        Sections = QualityResults.Aggregate(View.Framework, View.Assessment);
        Improvements = QualityResults.ImprovementPoints(View.Framework, View.Assessment);
        if (View.Record.PreviousId is { } previousId)
        {
            Previous = await Db.Set<AssessmentRecord>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == previousId, ct);
            if (Previous is not null && View.Viewer.CanView(Previous))
            {
                Changes = CycleDiff.Between(Previous.ToDomain(), View.Assessment);
            }
        }

        return true;
    }
}
