using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Common;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Assessments;

/// <summary>Rate each item (value, comment, evidence), record audit findings, and move the assessment through its states.</summary>
public sealed class RateModel(
    TouchstoneDbContext db, GetFrameworkHandler frameworks, RateItemHandler rate, RecordFindingHandler finding,
    ChangeAssessmentStateHandler state, FileStore files, IStringLocalizer<SharedResource> t) : AssessmentPageBase(db, frameworks)
{
    /// <summary>The item whose posted values are shown again after a refusal.</summary>
    public string? PostedItem { get; private set; }

    public string? PostedValue { get; private set; }

    public string? PostedComment { get; private set; }

    /// <summary>The competency indicators ticked in the refused post (shown ticked again).</summary>
    public IReadOnlyList<string> PostedIndicators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <param name="indicator">Ticked competency indicators; <paramref name="indicatorsShown"/> tells that the form offered them (none ticked is an answer too).</param>
    public async Task<IActionResult> OnPostRateAsync(
        Guid id, Guid version, string item, string value, string? comment, IFormFile? evidence, string[]? indicator, bool indicatorsShown, CancellationToken ct)
    {
        EvidenceUpload? upload = null;
        if (evidence is { Length: > 0 })
        {
            using var ms = new MemoryStream();
            await evidence.CopyToAsync(ms, ct);
            upload = new EvidenceUpload(evidence.FileName, ms.ToArray());
        }

        var ticked = indicatorsShown ? indicator ?? [] : null;
        var result = await rate.HandleAsync(new RateItem(id, version, item, value ?? string.Empty, comment ?? string.Empty, upload, ticked), ct);
        (PostedItem, PostedValue, PostedComment, PostedIndicators) = (item, value, comment, ticked ?? []);
        return await AfterAsync(id, result, "#i-" + item, ct);
    }

    public async Task<IActionResult> OnPostFindingAsync(Guid id, Guid version, string item, string type, string? questions, string? position, CancellationToken ct)
    {
        var result = await finding.HandleAsync(new RecordFinding(id, version, item, type ?? string.Empty, questions ?? string.Empty, position ?? string.Empty), ct);
        PostedItem = item;
        return await AfterAsync(id, result, "#i-" + item, ct);
    }

    public async Task<IActionResult> OnPostStateAsync(Guid id, Guid version, AssessmentState target, CancellationToken ct)
    {
        var result = await state.HandleAsync(new ChangeAssessmentState(id, version, target), ct);
        return await AfterAsync(id, result, string.Empty, ct);
    }

    /// <summary>Downloads an evidence file of this assessment.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid file, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !View.Assessment.Ratings.Any(r => r.Evidence.Contains(file.ToString())))
        {
            return NotFound();
        }

        var stored = await files.FindAsync(file, ct);
        return stored is null || stored.PurgedAt is not null ? NotFound() : File(stored.Content, stored.ContentType, stored.FileName);
    }

    public async Task<Dictionary<string, string>> EvidenceNamesAsync(CancellationToken ct)
    {
        var ids = View.Assessment.Ratings.SelectMany(r => r.Evidence).Select(Guid.Parse).ToList();
        return ids.Count == 0 ? [] : await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToDictionaryAsync(
            Db.Files.Where(f => ids.Contains(f.Id)), f => f.Id.ToString(), f => f.FileName, ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, Result result, string anchor, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            TempData["Message"] = t["Assessments.Saved"].Value;
            return Redirect($"/Assessments/Rate/{id}{anchor}");
        }

        if (result.Errors.Any(e => e.Code == AssessmentSession.NotFoundCode) || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors);
        return Page();
    }
}
