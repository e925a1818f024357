using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Touchstone.Domain.Common;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Exams;

/// <summary>Shared page-model behaviour for the exams pages: a result either redirects with a message or shows its errors.</summary>
public abstract class ExamsPage : PageModel
{
    [TempData]
    public string? Message { get; set; }

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

    protected static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        return stream.ToArray();
    }
}
