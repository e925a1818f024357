using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Common;
using Touchstone.Domain.Standards;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Assessments;

/// <summary>
/// A client manager's competency profile: self and manager side by side (differences highlighted), the gap to a
/// target profile (intern end terms, proficient, or custom) and the development plan (POP); PDF and XLSX exports.
/// </summary>
public sealed class CompetencyModel(
    TouchstoneDbContext db, GetFrameworkHandler frameworks, GetDevelopmentPlanHandler plans, ChangeDevelopmentPlanHandler changePlan,
    TimeProvider time, IStringLocalizer<SharedResource> t) : AssessmentPageBase(db, frameworks)
{
    [BindProperty(SupportsGet = true)]
    public string Preset { get; set; } = TargetProfiles.Proficient;

    /// <summary>Custom profile: one "item=level" per line (e.g. "T1.A=2").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Custom { get; set; }

    public AssessmentRecord? Self { get; private set; }

    public AssessmentRecord? Manager { get; private set; }

    public IReadOnlyList<ComparisonRow>? Comparison { get; private set; }

    /// <summary>The assessments whose ticked competency indicators are shown side by side: self, manager, and the one opened.</summary>
    public IReadOnlyList<(AssessmentRecord Record, Assessment Assessment)> Raters { get; private set; } = [];

    public TargetProfile? Profile { get; private set; }

    public IReadOnlyList<GapItem> Gaps { get; private set; } = [];

    public DevelopmentPlan? Plan { get; private set; }

    public DevelopmentPlanRecord? PlanRecord { get; private set; }

    public bool CanPlan => View.Record.SubjectId == UserId || View.Viewer.IsManager;

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAllAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct) =>
        await LoadAllAsync(id, ct) && Profile is not null
            ? File(AssessmentExports.CompetencyPdf(View.Framework, Self ?? View.Record, Manager, Comparison, Profile, Gaps, Plan, Raters), "application/pdf", $"competenties-{View.Record.Cycle}.pdf")
            : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken ct) =>
        await LoadAllAsync(id, ct)
            ? File(AssessmentExports.CompetencyXlsx(View.Framework, View.Record, Comparison, Gaps, Plan, Raters),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"competenties-{View.Record.Cycle}.xlsx")
            : NotFound();

    public Task<IActionResult> OnPostGoalAsync(Guid id, string? title, List<string>? items, CancellationToken ct) =>
        ChangeAsync(id, new AddPlanGoal(id, Preset, ParseCustom(Custom), title ?? string.Empty, items ?? []), ct);

    public Task<IActionResult> OnPostActionAsync(Guid id, Guid goal, string? description, DateOnly? due, CancellationToken ct) =>
        due is null
            ? ChangeAsync(id, null, ct, new DomainError("pop.due-required", "An action needs a due date."))
            : ChangeAsync(id, new AddPlanAction(id, goal, description ?? string.Empty, due.Value), ct);

    public Task<IActionResult> OnPostStatusAsync(Guid id, Guid actionId, ActionStatus status, CancellationToken ct) =>
        ChangeAsync(id, new SetPlanActionStatus(id, actionId, status), ct);

    private async Task<IActionResult> ChangeAsync(Guid id, ChangeDevelopmentPlan? command, CancellationToken ct, DomainError? error = null)
    {
        var result = command is null ? Result.Failure(error!) : await changePlan.HandleAsync(command, ct);
        if (result.IsSuccess)
        {
            TempData["Message"] = t["Assessments.Saved"].Value;
            return Redirect($"/Assessments/Competency/{id}?preset={Uri.EscapeDataString(Preset)}#pop");
        }

        if (!await LoadAllAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors);
        return Page();
    }

    /// <summary>The custom lines as targets; lines of the wrong form are left out here (the page lists them as errors on load).</summary>
    private static IReadOnlyList<TargetLevel> ParseCustom(string? text) => TargetProfiles.ParseCustom(text).Targets;

    private async Task<bool> LoadAllAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || View.Framework.Kind != FrameworkKind.CompetencyStandard)
        {
            return false;
        }

        var r = View.Record;
        var others = await Db.Set<AssessmentRecord>().AsNoTracking()
            .Where(a => a.SubjectKind == r.SubjectKind && a.SubjectId == r.SubjectId && a.FrameworkCode == r.FrameworkCode
                && a.FrameworkVersion == r.FrameworkVersion && a.Cycle == r.Cycle && a.Id != r.Id)
            .ToListAsync(ct);
        others = others.Where(View.Viewer.CanView).ToList();
        Self = r.RaterRole == RaterRole.Self ? r : others.FirstOrDefault(a => a.RaterRole == RaterRole.Self);
        Manager = r.RaterRole == RaterRole.Manager ? r : others.FirstOrDefault(a => a.RaterRole == RaterRole.Manager);
        Raters = new[] { Self, Manager, r }.OfType<AssessmentRecord>().DistinctBy(a => a.Id)
            .Select(a => (a, a.Id == r.Id ? View.Assessment : a.ToDomain())).ToList();
        if (Self is not null && Manager is not null)
        {
            var compared = AssessmentComparison.Compare(View.Framework, Self.ToDomain(), Manager.ToDomain());
            Comparison = compared.IsSuccess ? compared.Value : null;
        }

        var existing = await plans.HandleAsync(id, ct);
        if (existing is { } p)
        {
            (Plan, PlanRecord) = (p.Plan, p.Record);
            Preset = p.Record.ProfileName;
            if (Preset == TargetProfiles.Custom)
            {
                Custom = string.Join("\n", p.Record.CustomTargets().Select(x => $"{x.ItemCode}={x.Level}"));
            }
        }

        // A custom profile is refused as a whole when any line is malformed or names an unknown item or level: every
        // problem is listed and the typed text stays in the box (no gap against half a profile).
        var (targets, lineErrors) = TargetProfiles.ParseCustom(Custom);
        var profile = TargetProfiles.Resolve(View.Framework, Preset, targets);
        var errors = (Preset == TargetProfiles.Custom ? lineErrors : []).Concat(profile.IsSuccess ? [] : profile.Errors).ToList();
        if (errors.Count == 0)
        {
            Profile = profile.Value;
            Gaps = GapAnalysis.Compute(View.Framework, View.Assessment, Profile);
        }
        else
        {
            ModelState.AddErrors(errors);
        }

        return true;
    }
}
