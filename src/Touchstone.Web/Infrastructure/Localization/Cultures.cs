using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Touchstone.Web.Infrastructure.Localization;

/// <summary>Dutch by default, English on request (a cookie set by /culture/{culture}).</summary>
public static class Cultures
{
    public const string Default = "nl";

    public static IReadOnlyList<string> Supported { get; } = ["nl", "en"];

    public static RequestLocalizationOptions RequestLocalizationOptions()
    {
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };

        // Only an explicit choice (query string or cookie) switches language; the browser's Accept-Language does not.
        // The API is the exception: a client states its language with Accept-Language (rule messages, see ErrorHandling),
        // and that header outranks a language cookie the same client may carry from the pages.
        var acceptLanguage = options.RequestCultureProviders.OfType<AcceptLanguageHeaderRequestCultureProvider>().Single();
        options.RequestCultureProviders = options.RequestCultureProviders
            .Where(p => p is not AcceptLanguageHeaderRequestCultureProvider).ToList();
        options.RequestCultureProviders.Insert(0, new CustomRequestCultureProvider(ctx => ctx.Request.Path.StartsWithSegments("/api")
            ? acceptLanguage.DetermineProviderCultureResult(ctx)
            : Task.FromResult<ProviderCultureResult?>(null)));
        return options;
    }
}
