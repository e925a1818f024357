using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;
using Touchstone.Web.Infrastructure.Auth;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Exams;

/// <summary>Shared page-model behaviour for the exams pages: a result either redirects with a message or shows its errors.</summary>
public abstract class ExamsPage : PageModel
{
    [TempData]
    public string? Message { get; set; }

    /// <summary>
    /// Whether the signed-in user is the director (for LMP). Only he takes the decisions the Examenreglement gives the
    /// director (6.2, 7.9, 9.1); the pages show those forms to him alone and the use cases refuse anyone else.
    /// </summary>
    public bool IsDirector => Policies.HoldsLmp(User, Role.Director);

    /// <summary>The capacity a staff member acts in, from his roles: the director, otherwise the back office.</summary>
    protected RegistrationActor StaffActor => IsDirector ? RegistrationActor.Director : RegistrationActor.BackOffice;

    /// <summary>On success: message and redirect (PRG). On a rule breach: errors in ModelState, the page again.</summary>
    protected async Task<IActionResult> Done(Result result, string message, Func<Task> reload, object? routeValues = null)
    {
        if (result.IsSuccess)
        {
            Message = message;
            return RedirectToPage(routeValues);
        }

        ModelState.AddErrors(result.Errors);
        await reload();
        return Page();
    }

    /// <summary>An interface text (SharedResource) in the user's language, for the success messages.</summary>
    protected string Text(string key, params object[] args) =>
        HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[key, args].Value;

    protected static Result Plain<T>(Result<T> result) => result.IsSuccess ? Result.Ok : Result.From(result.Errors);

    /// <summary>An uploaded file, read at most one byte beyond the policy's limit (the policy then refuses it with its message).</summary>
    protected static Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct, App.Files.UploadPolicy? policy = null) =>
        Infrastructure.Errors.RequestSizeLimits.ReadBoundedAsync(file, ct, policy);
}
