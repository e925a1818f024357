using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Errors;

/// <summary>A friendly error page: never a stack trace, always a way back and a reference for support.</summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public string TitleKey { get; private set; } = "Error.Title";

    public string TextKey { get; private set; } = "Error.Text";

    public string? TraceId { get; private set; }

    /// <summary>Arguments of <see cref="TextKey"/> (the largest document for a 413).</summary>
    public object[] TextArgs { get; private set; } = [];

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        if (status == StatusCodes.Status500InternalServerError && IsTooLarge(HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Error))
        {
            // A body beyond the server's limit found while reading the form (no length announced up front): still "too large".
            status = StatusCodes.Status413PayloadTooLarge;
        }

        (TitleKey, TextKey) = status switch
        {
            404 => ("Error.NotFound.Title", "Error.NotFound.Text"),
            403 => ("Error.Forbidden.Title", "Error.Forbidden.Text"),
            429 => ("Error.TooMany.Title", "Error.TooMany.Text"),
            400 => ("Error.BadRequest.Title", "Error.BadRequest.Text"),
            413 => ("Error.TooLarge.Title", "Error.TooLarge.Text"),
            _ => ("Error.Title", "Error.Text"),
        };
        TextArgs = status == StatusCodes.Status413PayloadTooLarge ? [RequestSizeLimits.DocumentMegabytes] : [];
        TraceId = status >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;

        // Only an original error keeps its status; a direct visit of /Errors shows the page with 200.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is not null)
        {
            Response.StatusCode = status;
        }
    }

    private static bool IsTooLarge(Exception? error) =>
        error is not null && (error is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } || IsTooLarge(error.InnerException));
}
