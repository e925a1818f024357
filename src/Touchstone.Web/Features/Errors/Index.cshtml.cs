using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Touchstone.Web.Features.Errors;

/// <summary>A friendly error page: never a stack trace, always a way back and a reference for support.</summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public string TitleKey { get; private set; } = "Error.Title";

    public string TextKey { get; private set; } = "Error.Text";

    public string? TraceId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? StatusCodes.Status500InternalServerError;
        (TitleKey, TextKey) = status switch
        {
            404 => ("Error.NotFound.Title", "Error.NotFound.Text"),
            403 => ("Error.Forbidden.Title", "Error.Forbidden.Text"),
            429 => ("Error.TooMany.Title", "Error.TooMany.Text"),
            400 => ("Error.BadRequest.Title", "Error.BadRequest.Text"),
            _ => ("Error.Title", "Error.Text"),
        };
        TraceId = status >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;

        // Only an original error keeps its status; a direct visit of /Errors shows the page with 200.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is not null)
        {
            Response.StatusCode = status;
        }
    }
}
