using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.App.Organisations;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.PersonCertification;

/// <summary>
/// One CMC application: dossier with checklist, history, and the forms for the steps the signed-in person may take
/// (candidate, practice contact, back office, assessor, decision-maker). Every form keeps its input on a refusal. Uploads up to
/// <see cref="RequestSizeLimits.UploadRequestBytes"/> reach the page (a file over the policy's 10 MB is refused here, form kept);
/// beyond that the friendly page /Errors/413 answers.
/// </summary>
[RequestSizeLimit(RequestSizeLimits.UploadRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestSizeLimits.UploadRequestBytes)]
public sealed class ApplicationModel(TouchstoneDbContext db, GetCmcApplicationHandler get, IServiceProvider services) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public CmcApplicationView View { get; private set; } = null!;

    public CmcActor Actor { get; private set; } = null!;

    /// <summary>The scheme in force: its numbers in the development-report guidance beside the upload.</summary>
    public CmcScheme Scheme => CmcSchemeFile.Current;

    public IReadOnlyList<SelectListItem> AcpPractices { get; private set; } = [];

    [BindProperty]
    public DossierDocument DocumentType { get; set; } = DossierDocument.DevelopmentReport;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public CmcStep Step { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    [BindProperty]
    public bool Consent { get; set; }

    [BindProperty]
    public ExemptionGroundKind ExemptionKind { get; set; }

    [BindProperty]
    public Guid? ExemptionPracticeId { get; set; }

    [BindProperty]
    public string? ExemptionEvidence { get; set; }

    [BindProperty]
    public PlanInput Plan { get; set; } = new();

    [BindProperty]
    public AdviceKind Advice { get; set; }

    [BindProperty]
    public string? AdviceMotivation { get; set; }

    [BindProperty]
    public string? ReportText { get; set; }

    [BindProperty]
    public DateOnly? NewDueDate { get; set; }

    [BindProperty]
    public string? ExtensionReason { get; set; }

    [BindProperty]
    public DateOnly? PeerReviewHeldOn { get; set; }

    [BindProperty]
    public string? PeerReviewFacilitator { get; set; }

    [BindProperty]
    public string? PeerReviewParticipants { get; set; }

    [BindProperty]
    public string? PeerReviewSummary { get; set; }

    /// <summary>The decision as chosen; none is preselected, so a decision is never taken by leaving the default.</summary>
    [BindProperty]
    public DecisionOutcome? Outcome { get; set; }

    [BindProperty]
    public string? DecisionMotivation { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocumentAsync(Guid documentId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var doc = View.Application.Documents.FirstOrDefault(d => d.Id == documentId);
        var file = doc is null ? null : await services.GetRequiredService<FileStore>().FindAsync(doc.FileId, ct);
        return file is null || file.PurgedAt is not null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            return await Refused([new DomainError("upload.none", "Choose a file to upload.")], ct);
        }

        var content = await RequestSizeLimits.ReadBoundedAsync(Upload, ct);
        var actor = await CmcActors.ForAsync(User, db, ct);
        var result = await Handler<AddDossierDocumentHandler>().HandleAsync(new AddDossierDocument(Id, DocumentType, Upload.FileName, content), actor, ct);
        return await Done(result, "Cmc.Done.Uploaded", ct);
    }

    public async Task<IActionResult> OnPostStepAsync(CancellationToken ct) =>
        await Done(await Handler<AdvanceCmcApplicationHandler>().HandleAsync(new AdvanceCmcApplication(Id, Step, string.IsNullOrWhiteSpace(Note) ? null : Note), await ActorAsync(ct), ct), "Cmc.Done.Step", ct);

    public async Task<IActionResult> OnPostReviewAsync(bool complete, CancellationToken ct) =>
        await Done(await Handler<ReviewDossierHandler>().HandleAsync(new ReviewDossier(Id, complete, (Reasons ?? "").Split('\n')), await ActorAsync(ct), ct), "Cmc.Done.Step", ct);

    public async Task<IActionResult> OnPostExemptionAsync(CancellationToken ct) =>
        await Done(await Handler<GrantExemptionHandler>().HandleAsync(new GrantExemption(Id, ExemptionKind, ExemptionPracticeId ?? Guid.Empty, ExemptionEvidence ?? ""), await ActorAsync(ct), ct), "Cmc.Done.Step", ct);

    public async Task<IActionResult> OnPostRequestAssessmentAsync(CancellationToken ct) =>
        await Done(await Handler<RequestAssessmentHandler>().HandleAsync(new RequestAssessment(Id, Consent), await ActorAsync(ct), ct), "Cmc.Done.Requested", ct);

    public async Task<IActionResult> OnPostPeerReviewAsync(CancellationToken ct)
    {
        if (PeerReviewHeldOn is not { } held)
        {
            return await Refused([new DomainError("cmc.peer-review.date", "Give the date of the peer review.")], ct);
        }

        var participants = (PeerReviewParticipants ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var command = new RecordPeerReview(Id, held, PeerReviewFacilitator, participants, PeerReviewSummary);
        return await Done(await Handler<RecordPeerReviewHandler>().HandleAsync(command, await ActorAsync(ct), ct), "Cmc.Done.Step", ct);
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct) =>
        await Done(await Handler<InviteToAssessmentHandler>().HandleAsync(new InviteToAssessment(Id), await ActorAsync(ct), ct), "Cmc.Done.Invited", ct);

    public async Task<IActionResult> OnPostPlanAsync(CancellationToken ct)
    {
        if (Plan.Date is not { } date || Plan.StartTime is not { } start)
        {
            return await Refused([new DomainError("cmc.assessment.when", "Give the date and the start time.")], ct);
        }

        var command = new PlanAssessment(Id, Plan.Assessor1, Plan.Assessor2, date, start, Plan.Address, Plan.VideoLink, Plan.CandidateKnown);
        return await Done(await Handler<PlanAssessmentHandler>().HandleAsync(command, await ActorAsync(ct), ct), "Cmc.Done.Planned", ct);
    }

    public async Task<IActionResult> OnPostReportAsync(CancellationToken ct) =>
        await Done(await Handler<SubmitAssessmentReportHandler>().HandleAsync(new SubmitAssessmentReport(Id, Advice, AdviceMotivation, ReportText), await ActorAsync(ct), ct), "Cmc.Done.Report", ct);

    public async Task<IActionResult> OnPostExtendAsync(CancellationToken ct)
    {
        if (NewDueDate is not { } due)
        {
            return await Refused([new DomainError("cmc.report.extension-date", "Give the new due date.")], ct);
        }

        return await Done(await Handler<ExtendReportTermHandler>().HandleAsync(new ExtendReportTerm(Id, due, ExtensionReason), await ActorAsync(ct), ct), "Cmc.Done.Extended", ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken ct)
    {
        if (Outcome is not { } outcome)
        {
            ModelState.AddModelError(string.Empty, services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()["Cmc.Decision.Choose"].Value);
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        var result = await Handler<DecideCmcHandler>().HandleAsync(new DecideCmc(Id, outcome, DecisionMotivation), await ActorAsync(ct), ct);
        return result.IsSuccess ? await Done(Result.Ok, "Cmc.Done.Decided", ct) : await Refused(result.Errors, ct);
    }

    private T Handler<T>() where T : notnull => services.GetRequiredService<T>();

    private Task<CmcActor> ActorAsync(CancellationToken ct) => CmcActors.ForAsync(User, db, ct);

    private async Task<IActionResult> Done(Result result, string messageKey, CancellationToken ct)
    {
        if (!result.IsSuccess)
        {
            return await Refused(result.Errors, ct);
        }

        TempData["Message"] = HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()[messageKey].Value;
        return Redirect($"/PersonCertification/Application/{Id}");
    }

    private async Task<IActionResult> Refused(IEnumerable<DomainError> errors, CancellationToken ct)
    {
        ModelState.AddErrors(errors);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Actor = await ActorAsync(ct);
        var view = await get.HandleAsync(new GetCmcApplication(Id), Actor, ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        AcpPractices = await db.Set<Organisation>().AsNoTracking().Where(o => o.Kind == OrganisationKind.AcpPractice).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync(ct);
        ExemptionPracticeId ??= view.Application.Route == CmcRoute.AcpNomination ? view.Application.OrganisationId : null;
        if (view.Application.ExemptionKind is { } kind && ExemptionEvidence is null)
        {
            ExemptionKind = kind;
            ExemptionEvidence = view.Application.ExemptionEvidence;
        }

        return true;
    }

    /// <summary>The resource key of why the checklist asks for <paramref name="document"/> (the application form is the practice's nomination on the ACP route).</summary>
    public string ReasonKey(DossierDocument document) =>
        "Cmc.Checklist.Reason." + document + (document == DossierDocument.ApplicationForm && View.Application.Route == CmcRoute.AcpNomination ? ".Acp" : "");

    public bool Can(CmcStep step) => View.AvailableSteps.Any(s => s.Step == step);

    public string NameOf(string? userId) => userId is not null && View.PeopleNames.TryGetValue(userId, out var n) ? n : userId ?? "";

    public sealed class PlanInput
    {
        public string? Assessor1 { get; set; }

        public string? Assessor2 { get; set; }

        public DateOnly? Date { get; set; }

        public TimeOnly? StartTime { get; set; }

        public string? Address { get; set; }

        public string? VideoLink { get; set; }

        public bool CandidateKnown { get; set; }
    }
}
