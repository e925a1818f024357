using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Touchstone.App.Accounts;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Files;
using Touchstone.App.Mail;
using Touchstone.Domain.Calendar;
using Touchstone.Web.Infrastructure.Auth;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Infrastructure.Hosting;

public static class ServiceRegistration
{
    public static IServiceCollection AddTouchstoneServices(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var workingDirectory = new WorkingDirectory(WorkingDirectory.Find(environment.ContentRootPath));
        services.AddSingleton<IContentRoot>(workingDirectory);
        services.AddOptions<TouchstoneOptions>().Bind(configuration.GetSection(TouchstoneOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System); // a host that brings its own clock (a test running a verb) keeps it
        services.AddSingleton(sp => new WorkingDayCalendar(sp.GetRequiredService<IOptions<TouchstoneOptions>>().Value.RollCalendarDeadlines));

        // First hosted service: the CMC scheme file is read (a missing or invalid file stops the start-up with its reason),
        // then migrations and demo data are in place before anything else (the data-protection key ring, scheduled jobs)
        // touches the database.
        services.AddSingleton(new CmcSchemeLocation(Touchstone.App.PersonCertification.CmcSchemeFile.DefaultPath));
        services.AddHostedService<StartupTasks>();
        services.AddTouchstoneData(configuration, workingDirectory.Path);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        AddIdentity(services);
        services.AddTouchstoneAuthorization();

        services.AddScoped<Mailer>();
        services.AddScoped<FileStore>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<IDemoContributor, Touchstone.App.Assessments.DemoAssessments>();
        services.AddScoped<IDemoContributor, Touchstone.App.PersonCertification.PersonCertificationDemo>();
        services.AddScoped<IMailTransport>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.Delivery == MailDelivery.Smtp
            ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(sp)
            : ActivatorUtilities.CreateInstance<FolderMailTransport>(sp));
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<IRecurringJob, Touchstone.App.Exams.ExamWorkPurgeJob>();
        services.AddSingleton<IRecurringJob, Touchstone.App.Cases.CaseDeadlineJob>();
        services.AddSingleton<IRecurringJob, Touchstone.App.PersonCertification.RecertificationJob>();
        services.AddSingleton<RecurringJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<RecurringJobRunner>());
        services.AddScoped<IDemoContributor, Touchstone.App.Exams.ExamsDemo>();
        services.AddScoped<IDemoContributor, Touchstone.App.Cases.DemoCases>();
        AddUseCaseHandlers(services);

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton(Localization.DomainErrorLocalizer.Instance);
        services.AddSingleton<Touchstone.App.Common.IDutchRuleMessages>(Localization.DomainErrorLocalizer.Instance);
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                PageAuthorization.Apply(o.Conventions);
            })
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new Localization.InvariantDecimalBinderProvider()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddTouchstoneProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client and per lookup (the endpoint, not the address): one lookup does not use up another's allowance,
            // while /api/public/certificates/A, /B, … share one, so certificate numbers cannot be enumerated, and a page
            // reached by two routes (/verify and /Public/Verify) counts once.
            o.AddPolicy(RateLimits.PublicLookup, http => RateLimitPartition.GetFixedWindowLimiter(
                (http.Connection.RemoteIpAddress?.ToString() ?? "unknown") + "|" + LookupKey(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = http.RequestServices.GetRequiredService<IOptions<TouchstoneOptions>>().Value.PublicLookupsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Public submissions (the case form): each one registers a case and sends mail, so posts are limited per
            // client; reading the form is not.
            o.AddPolicy(RateLimits.PublicSubmission, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    "submit|" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = http.RequestServices.GetRequiredService<IOptions<TouchstoneOptions>>().Value.PublicSubmissionsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>The lookup a request belongs to: its page or route template, whatever values fill it.</summary>
    private static string LookupKey(HttpContext http) => http.GetEndpoint() switch
    {
        { } endpoint when endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>() is { } action =>
            action.DisplayName ?? action.Id,
        RouteEndpoint route => route.RoutePattern.RawText ?? http.Request.Path.Value ?? string.Empty,
        _ => http.Request.Path.Value?.ToLowerInvariant() ?? string.Empty,
    };

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<TouchstoneDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<TouchstoneClaimsFactory>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<TouchstoneOptions>>((identity, touchstone) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = touchstone.Value.MaxFailedLogins;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(touchstone.Value.LockoutMinutes);
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.SlidingExpiration = true;
            o.Cookie.Name = "touchstone";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<TouchstoneOptions>>((cookie, touchstone) => cookie.ExpireTimeSpan = TimeSpan.FromMinutes(touchstone.Value.SessionMinutes));
    }

    // The API answers 401/403 with ProblemDetails instead of redirecting to the log-in page.
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    // Use cases are plain classes named *Handler in the App assembly: one per file, called directly by pages and the API.
    private static void AddUseCaseHandlers(IServiceCollection services)
    {
        foreach (var type in typeof(InviteUserHandler).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Name.EndsWith("Handler", StringComparison.Ordinal)))
        {
            services.AddScoped(type);
        }
    }
}

/// <summary>
/// Where relative data paths (the SQLite file, the demo mail folder) live: the repository root when run
/// from source (so `dotnet run --project src/Touchstone.Web` creates ./data at the top), else the content root.
/// </summary>
public sealed record WorkingDirectory(string Path) : IContentRoot
{
    public static string Find(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Touchstone.slnx")))
            {
                return dir.FullName;
            }
        }

        return contentRoot;
    }
}

public static class RateLimits
{
    public const string PublicLookup = "public-lookup";

    public const string PublicSubmission = "public-submission";
}
