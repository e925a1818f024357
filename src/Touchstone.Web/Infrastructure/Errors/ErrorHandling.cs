using Microsoft.AspNetCore.Mvc.ModelBinding;
using Touchstone.Domain.Common;
using Touchstone.Web.Infrastructure.Localization;

namespace Touchstone.Web.Infrastructure.Errors;

public static class ErrorHandling
{
    public static IServiceCollection AddTouchstoneProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
            // Never leak exception details to the client.
            ctx.ProblemDetails.Extensions.Remove("exception");
            if (ctx.ProblemDetails.Status == StatusCodes.Status500InternalServerError)
            {
                ctx.ProblemDetails.Detail = null;
            }
        });

    /// <summary>The API answers with RFC 9457 ProblemDetails; pages show a friendly error page, never a stack trace.</summary>
    public static WebApplication UseTouchstoneErrors(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(ctx => !IsApi(ctx), web =>
        {
            web.UseExceptionHandler("/Errors/500");
            web.UseStatusCodePagesWithReExecute("/Errors/{0}");
        });
        return app;
    }

    private static bool IsApi(HttpContext ctx) => ctx.Request.Path.StartsWithSegments("/api");

    /// <summary>
    /// Rule breaches as a 400 ValidationProblem; each error keyed by its stable code (for machines), its message
    /// naming the rule (for people) in the request's language: Dutch by default, English with Accept-Language: en
    /// (or the culture cookie/query string), like the pages (<see cref="DomainErrorLocalizer"/>).
    /// </summary>
    public static IResult ToValidationProblem(this IEnumerable<DomainError> errors, string? title = null) =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(DomainErrorLocalizer.Instance.Describe).ToArray()),
            title: title ?? "The request breaks one or more rules.");

    /// <summary>Puts rule breaches into ModelState, in the user's language, so the page shows them next to what the user typed.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<DomainError> errors, string prefix = "")
    {
        foreach (var e in errors)
        {
            modelState.AddModelError(prefix, DomainErrorLocalizer.Instance.Describe(e));
        }
    }
}

/// <summary>Conservative security headers on every response.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
        return next(context);
    }
}
