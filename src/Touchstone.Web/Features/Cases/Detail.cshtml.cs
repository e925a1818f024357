using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Touchstone.App.Accounts;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.App.Files;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Cases;

/// <summary>One case: its history, due dates and the next steps the viewer may take.</summary>
public sealed class DetailModel(
    TouchstoneDbContext db,
    WorkingDayCalendar calendar,
    FileStore files,
    TimeProvider time,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public CaseDossier Dossier { get; private set; } = null!;

    public Case Case => Dossier.Case;

    public CaseDueDates Due { get; private set; } = new(null, null, null);

    public List<CaseDossier> Appeals { get; private set; } = [];

    public CaseDossier? Appealed { get; private set; }

    public List<(string Id, string Name)> Designated { get; private set; } = [];

    public List<SelectListItem> StaffOptions { get; private set; } = [];

    public List<SelectListItem> MarkerOptions { get; private set; } = [];

    public string? AppealBody { get; private set; }

    /// <summary>The exam result the objection is linked to; null when not linked.</summary>
    public ExamResultView? ExamResult { get; private set; }

    /// <summary>The CMC application (and its decision) the objection is linked to; null when not linked.</summary>
    public CmcDecisionTarget? CmcDecision { get; private set; }

    /// <summary>
    /// The objection was upheld against a CMC refusal: null when not (or not linked), true while the decision-maker has not
    /// yet taken the new decision on the application, false once he has.
    /// </summary>
    public bool? CmcFollowUpPending => CmcDecision is { } target && Case.Outcome is CaseOutcome.Upheld or CaseOutcome.PartlyUpheld
        ? CmcDecisionLink.AwaitsNewDecision(Case, target)
        : null;

    /// <summary>A CMC objection not linked yet, still before the admissibility ruling: staff choose the decision here.</summary>
    public bool NeedsCmcLink => CmcDecision is null && CmcDecisionLink.Applies(Case.Type, Case.SchemeCode) && Case.State is CaseState.Received or CaseState.Admissibility;

    public List<SelectListItem> CmcDecisionOptions { get; private set; } = [];

    /// <summary>An LMP objection whose letter did not name a known exam result: staff link it here.</summary>
    public bool NeedsExamLink => ExamResult is null && ExamResultLink.Applies(Case.Type, Case.SchemeCode);

    public IEnumerable<SelectListItem> ComponentOptions =>
        LmpExam.Blueprint.Components.Select(c => new SelectListItem(c.Name, c.Code, c.Code == ExamResultLink.ComponentCode(Dossier.ComponentCode)));

    public static IEnumerable<SelectListItem> BandOptions =>
        Enum.GetValues<ResultBand>().Select(b => new SelectListItem($"{ExamResultLink.Label(b)} ({b})", ExamResultLink.Label(b)));

    public IEnumerable<SelectListItem> OutcomeOptions =>
        CaseOutcomes.AllowedFor(Case.Type).Select(o => new SelectListItem(t["Cases.Outcome." + o], o.ToString()));

    public bool CanAppeal =>
        Case.Type is CaseType.Objection or CaseType.Complaint
        && (Case.DecidedOn is not null || (Due.HandlingDeadline is { } due && CaseClock.Today(time) > due))
        && Appeals.Count == 0;

    [BindProperty]
    public string? Motivation { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || (fileId != Dossier.LetterFileId && fileId != Dossier.DecisionLetterFileId))
        {
            return NotFound();
        }

        var file = await files.FindAsync(fileId, ct);
        return file is null || file.PurgedAt is not null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostRemarkAsync(
        Guid id, string? component, bool whole, string? original, string? newResult, int? points, string? remarker, List<string>? involved,
        [FromServices] RecordRemarkingHandler handler, CancellationToken ct) =>
        ActAsync(id, async actor =>
        {
            var name = await db.Users.Where(u => u.Id == remarker).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? remarker ?? string.Empty;
            return await handler.HandleAsync(
                new RecordRemarking(id, component ?? string.Empty, whole, original ?? string.Empty, newResult ?? string.Empty, remarker ?? string.Empty, name, involved ?? [], points),
                actor, ct);
        }, "Cases.Remark.Done", ct);

    public Task<IActionResult> OnPostLinkAsync(Guid id, string? exam, string? candidate, string? component, [FromServices] LinkExamResultHandler handler, CancellationToken ct) =>
        ActAsync(id, actor => handler.HandleAsync(new LinkExamResult(id, exam, candidate, component), actor, ct), "Cases.Link.Done", ct);

    public Task<IActionResult> OnPostLinkCmcAsync(Guid id, Guid applicationId, [FromServices] LinkCmcDecisionHandler handler, CancellationToken ct) =>
        ActAsync(id, actor => handler.HandleAsync(new LinkCmcDecision(id, applicationId), actor, ct), "Cases.CmcLink.Done", ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, CaseOutcome outcome, [FromServices] DecideCaseHandler handler, CancellationToken ct) =>
        ActAsync(id, actor => handler.HandleAsync(new DecideCase(id, outcome, Motivation), actor, ct), "Cases.Decide.Done", ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, [FromServices] CloseCaseHandler handler, CancellationToken ct) =>
        ActAsync(id, actor => handler.HandleAsync(id, actor, ct), "Cases.Close.Done", ct);

    public Task<IActionResult> OnPostFollowUpAsync(Guid id, string? followUp, [FromServices] RecordFollowUpHandler handler, CancellationToken ct) =>
        ActAsync(id, actor => handler.HandleAsync(new RecordFollowUp(id, followUp ?? string.Empty), actor, ct), "Cases.FollowUp.Done", ct);

    public Task<IActionResult> OnPostDesignateAsync(Guid id, string userId, bool designate, [FromServices] ChangeCaseDesignationHandler handler, CancellationToken ct) =>
        ActAsync(id, actor => handler.HandleAsync(new ChangeCaseDesignation(id, userId, designate), actor, ct), "Cases.Designate.Done", ct);

    public async Task<IActionResult> OnPostAppealAsync(Guid id, DateOnly? lodgedOn, string? note, [FromServices] OpenAppealHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new OpenAppeal(id, lodgedOn, note), User.ToCaseActor(), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Message"] = t["Cases.Appeal.Done", result.Value.Reference].Value;
        return RedirectToPage(new { id = result.Value.Id });
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<CaseActor, Task<Result>> act, string done, CancellationToken ct)
    {
        Result result;
        try
        {
            result = await act(User.ToCaseActor());
        }
        catch (DbUpdateConcurrencyException)
        {
            result = new DomainError("cases.concurrency", t["Cases.Concurrency"].Value);
        }

        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            db.ChangeTracker.Clear();
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Message"] = t[done].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = User.ToCaseActor();
        var dossier = await db.Set<CaseDossier>().AsNoTracking().Include(d => d.Case).AsSplitQuery().VisibleTo(db, actor).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null)
        {
            return false;
        }

        Dossier = dossier;
        var deadlines = CaseSchemes.DeadlinesFor(dossier.Case.SchemeCode, calendar);
        Due = deadlines.For(dossier.Case);
        AppealBody = deadlines.Scheme.CaseTypes.FirstOrDefault(c => c.Type == CaseType.Appeal)?.AppealBody;
        Appeals = await db.Set<CaseDossier>().AsNoTracking().Include(d => d.Case).AsSplitQuery().VisibleTo(db, actor)
            .Where(d => d.Case.AppealedCaseId == id).ToListAsync(ct);
        if (dossier.Case.AppealedCaseId is { } appealedId)
        {
            Appealed = await db.Set<CaseDossier>().AsNoTracking().Include(d => d.Case).AsSplitQuery().VisibleTo(db, actor).FirstOrDefaultAsync(d => d.Id == appealedId, ct);
        }

        if (dossier.Confidential)
        {
            var ids = await db.Set<CaseDesignation>().Where(x => x.CaseId == id).Select(x => x.UserId).ToListAsync(ct);
            Designated = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new ValueTuple<string, string>(u.Id, u.DisplayName)).ToListAsync(ct);
            if (actor.IsDirector)
            {
                StaffOptions = await UsersWithAsync([Role.BackOffice, Role.Director], ct);
            }
        }

        if (dossier.ExamComponentId is { } componentId)
        {
            ExamResult = await ExamResultView.LoadAsync(db, componentId, ct);
        }

        CmcDecision = await CmcDecisionLink.FindAsync(db, dossier.CmcApplicationId, ct);
        if (NeedsCmcLink)
        {
            CmcDecisionOptions = [.. (await CmcDecisionLink.DecidedAsync(db, ct)).Select(d => CaseWeb.CmcDecisionOption(d, t, selected: false))];
        }

        if (dossier.Case.Type == CaseType.Objection && dossier.Case.State == CaseState.InHandling)
        {
            MarkerOptions = await UsersWithAsync([Role.Marker, Role.Examiner, Role.ExamCommitteeMember], ct);
        }

        return true;
    }

    private async Task<List<SelectListItem>> UsersWithAsync(Role[] roles, CancellationToken ct)
    {
        var userIds = db.Set<RoleGrant>().Where(g => roles.Contains(g.Role)).Select(g => g.UserId);
        return await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new SelectListItem(u.DisplayName, u.Id)).ToListAsync(ct);
    }
}
