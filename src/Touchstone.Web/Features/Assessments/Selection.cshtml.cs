using Microsoft.AspNetCore.Mvc;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;

namespace Touchstone.Web.Features.Assessments;

/// <summary>EVC selection report: per task and competency the assessed level against the profile's required level; PDF and XLSX.</summary>
public sealed class SelectionModel(TouchstoneDbContext db, GetFrameworkHandler frameworks) : AssessmentPageBase(db, frameworks)
{
    [BindProperty(SupportsGet = true)]
    public string Preset { get; set; } = TargetProfiles.Proficient;

    public SelectionReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await BuildAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct) =>
        await BuildAsync(id, ct) ? File(AssessmentExports.SelectionPdf(View.Framework, View.Record, Report), "application/pdf", "evc-selectierapport.pdf") : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken ct) =>
        await BuildAsync(id, ct)
            ? File(AssessmentExports.SelectionXlsx(View.Framework, View.Record, Report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "evc-selectierapport.xlsx")
            : NotFound();

    private async Task<bool> BuildAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || View.Framework.Kind != FrameworkKind.CompetencyStandard)
        {
            return false;
        }

        var profile = TargetProfiles.Resolve(View.Framework, Preset == TargetProfiles.Intern ? TargetProfiles.Intern : TargetProfiles.Proficient);
        Report = SelectionReport.Build(View.Framework, View.Assessment, profile.Value);
        return true;
    }
}
