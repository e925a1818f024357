using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Touchstone.App.Cases;
using Touchstone.Domain.Cases;
using Touchstone.Web.Features.Cases;
using Touchstone.Web.Infrastructure.Errors;
using Touchstone.Web.Infrastructure.Hosting;

namespace Touchstone.Web.Features.Public.Cases;

/// <summary>
/// The public form for a comment, objection or complaint. Whatever is late or incomplete is registered all
/// the same and judged afterwards; only an unusable upload is refused, with everything else kept. Posts are
/// rate-limited per client (<c>Touchstone:PublicSubmissionsPerMinute</c>); a burst gets the friendly 429 page.
/// </summary>
[EnableRateLimiting(RateLimits.PublicSubmission)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestSizeLimits.UploadRequestBytes)]
[RequestSizeLimit(RequestSizeLimits.UploadRequestBytes)]
public sealed class SubmitModel(RegisterCaseHandler handler, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public SubmitInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Letter { get; set; }

    public IEnumerable<SelectListItem> TypeOptions => CaseWeb.Types(t);

    public IEnumerable<SelectListItem> SchemeOptions => CaseWeb.Schemes();

    public void OnGet(CaseType? type)
    {
        if (type is { } chosen && chosen != CaseType.Appeal)
        {
            Input.Type = chosen;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
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
            Channel = SubmissionChannel.WebForm,
            ReferenceDate = Input.ReferenceDate!.Value,
            Subject = Input.Subject,
            Description = Input.Description,
            ExamReference = Input.ExamReference,
            CandidateReference = Input.CandidateNumber,
            ComponentCode = Input.Component,
            OriginalResult = Input.Result,
            Letter = await CaseWeb.ReadAsync(Letter, ct),
        }, User.ToCaseActor(), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            return Page();
        }

        return RedirectToPage("/Public/Cases/Submitted", new { reference = result.Value.Reference });
    }

    public sealed class SubmitInput
    {
        public CaseType Type { get; set; } = CaseType.Comment;

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Cases.Scheme")]
        public string Scheme { get; set; } = "LMP";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(200)]
        [Display(Name = "Common.Name")]
        public string Name { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [Display(Name = "Login.Email")]
        public string Email { get; set; } = string.Empty;

        [StringLength(500)]
        [Display(Name = "Cases.Address")]
        public string? Address { get; set; }

        [StringLength(50)]
        [Display(Name = "Cases.Phone")]
        public string? Phone { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Cases.ReferenceDate")]
        public DateOnly? ReferenceDate { get; set; }

        [StringLength(500)]
        [Display(Name = "Cases.Subject")]
        public string? Subject { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(8000)]
        [Display(Name = "Cases.Description")]
        public string Description { get; set; } = string.Empty;

        [StringLength(100)]
        [Display(Name = "Cases.Exam")]
        public string? ExamReference { get; set; }

        [StringLength(100)]
        [Display(Name = "Cases.Candidate")]
        public string? CandidateNumber { get; set; }

        [StringLength(50)]
        [Display(Name = "Cases.Component")]
        public string? Component { get; set; }

        [StringLength(20)]
        [Display(Name = "Cases.Result")]
        public string? Result { get; set; }
    }
}
