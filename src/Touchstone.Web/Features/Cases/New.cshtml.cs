using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.Domain.Cases;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Cases;

/// <summary>Back office enters a letter that came by post: postmark and receipt dates, the scan.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = RequestSizeLimits.UploadRequestBytes)]
[RequestSizeLimit(RequestSizeLimits.UploadRequestBytes)]
public sealed class NewModel(RegisterCaseHandler handler, TouchstoneDbContext db, TimeProvider time, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public NewInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Scan { get; set; }

    public IEnumerable<SelectListItem> TypeOptions => CaseWeb.Types(t);

    public IEnumerable<SelectListItem> SchemeOptions => CaseWeb.Schemes();

    public IEnumerable<SelectListItem> ChannelOptions => CaseWeb.Channels(t);

    /// <summary>The decided CMC applications an objection against a certification decision can be about.</summary>
    public List<SelectListItem> CmcDecisionOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.CmcApplicationId is not null)
        {
            // The decision's date is the reference date of an objection against it: the field may stay empty.
            ModelState.Remove("Input.ReferenceDate");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var result = await handler.HandleAsync(new RegisterCase
        {
            Type = Input.Type,
            SchemeCode = Input.Scheme,
            SubmitterName = Input.Name,
            SubmitterEmail = Input.Email,
            SubmitterAddress = Input.Address,
            SubmitterPhone = Input.Phone,
            Channel = Input.Channel,
            ReferenceDate = Input.ReferenceDate ?? CaseClock.Today(time),
            ReceivedOn = Input.ReceivedOn,
            PostmarkDate = Input.PostmarkDate,
            Subject = Input.Subject,
            Description = Input.Description,
            ExamReference = Input.ExamReference,
            CandidateReference = Input.CandidateNumber,
            ComponentCode = Input.Component,
            OriginalResult = Input.Result,
            CmcApplicationId = Input.CmcApplicationId,
            Letter = await CaseWeb.ReadAsync(Scan, ct),
        }, User.ToCaseActor(), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = t["Cases.New.Registered", result.Value.Reference].Value;
        return RedirectToPage("/Cases/Detail", new { id = result.Value.Id });
    }

    private async Task LoadAsync(CancellationToken ct) =>
        CmcDecisionOptions = [.. (await CmcDecisionLink.DecidedAsync(db, ct)).Select(d => CaseWeb.CmcDecisionOption(d, t, d.ApplicationId == Input.CmcApplicationId))];

    public sealed class NewInput
    {
        /// <summary>Objection against a CMC certification decision: the application decided.</summary>
        public Guid? CmcApplicationId { get; set; }

        public CaseType Type { get; set; } = CaseType.Objection;

        [Required(ErrorMessage = "Validation.Required")]
        public string Scheme { get; set; } = "LMP";

        public SubmissionChannel Channel { get; set; } = SubmissionChannel.RegisteredLetter;

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200)]
        [Display(Name = "Common.Name")]
        public string Name { get; set; } = string.Empty;

        [EmailAddress(ErrorMessage = "Validation.Email")]
        public string? Email { get; set; }

        [StringLength(500)]
        public string? Address { get; set; }

        [StringLength(50)]
        public string? Phone { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Cases.ReferenceDate")]
        public DateOnly? ReferenceDate { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Cases.ReceivedOn")]
        public DateOnly? ReceivedOn { get; set; }

        public DateOnly? PostmarkDate { get; set; }

        [StringLength(500)]
        public string? Subject { get; set; }

        [StringLength(8000)]
        public string? Description { get; set; }

        [StringLength(100)]
        public string? ExamReference { get; set; }

        [StringLength(100)]
        public string? CandidateNumber { get; set; }

        [StringLength(50)]
        public string? Component { get; set; }

        [StringLength(20)]
        public string? Result { get; set; }
    }
}
