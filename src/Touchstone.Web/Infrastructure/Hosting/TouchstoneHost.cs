using Microsoft.AspNetCore.Localization;
using Touchstone.Web.Api;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Infrastructure.Hosting;

/// <summary>Builds the web application; Program.cs stays short and the command line shares the same services.</summary>
public static class TouchstoneHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole();
        }

        builder.Services.AddTouchstoneServices(builder.Configuration, builder.Environment);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        app.UseTouchstoneErrors();
        app.UseStaticFiles();
        app.UseRequestLocalization(Localization.Cultures.RequestLocalizationOptions());
        app.UseRouting();
        app.UseMiddleware<Errors.RequestSizeLimitMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<SecurityHeadersMiddleware>();

        app.MapRazorPages();
        app.MapTouchstoneApi();
        app.MapHealthChecks("/health").AllowAnonymous();

        // An unknown address is a friendly 404 for everyone, not a log-in prompt.
        app.MapFallback(() => Results.NotFound()).AllowAnonymous().ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http, TimeProvider time) =>
        {
            var chosen = Localization.Cultures.Supported.Contains(culture) ? culture : Localization.Cultures.Default;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(returnUrl is not null && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
