using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;

namespace Touchstone.App.Tests.Authorization;

/// <summary>
/// Every page and API route of the app, checked for every role and for anonymous visitors against the
/// declared <see cref="AccessMatrix"/>. A route missing from the matrix fails the test.
/// </summary>
public sealed class AuthorizationMatrixTests(SqliteApp app)
{
    private static readonly Role?[] Everyone = [null, .. Enum.GetValues<Role>().Cast<Role?>()];

    [Fact]
    public void EveryRouteOfTheAppIsInTheMatrixAndNoOther()
    {
        var declared = AccessMatrix.All().Select(r => r.Key).ToList();
        declared.ShouldBeUnique();
        var actual = DiscoverRoutes(app.Factory.Services);
        var missing = actual.Except(declared).Order().ToList();
        var stale = declared.Except(actual).Order().ToList();
        missing.ShouldBeEmpty("routes without a row in AccessMatrix: " + string.Join(", ", missing));
        stale.ShouldBeEmpty("rows in AccessMatrix for routes the app does not have: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task EveryRoleGetsWhatTheMatrixDeclares()
    {
        var failures = new List<string>();
        foreach (var role in Everyone)
        {
            var client = role is null ? app.Anonymous() : await app.As(role.Value);
            foreach (var route in AccessMatrix.All())
            {
                var actual = await ProbeAsync(client, route);
                var expected = route.ExpectedFor(role);
                if (actual.Expectation != expected)
                {
                    failures.Add($"{role?.ToString() ?? "anonymous"} {route.Method} {route.SamplePath}: expected {expected}, got {actual.Expectation} ({actual.Detail})");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static async Task<(Expectation Expectation, string Detail)> ProbeAsync(HttpClient client, RouteAccess route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.SamplePath);
        if (route.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        var detail = $"{status} {location}";
        if (response.StatusCode == HttpStatusCode.Unauthorized
            || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/Login?ReturnUrl=", StringComparison.OrdinalIgnoreCase)))
        {
            return (Expectation.SentToLogin, detail);
        }

        if (response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)))
        {
            return (Expectation.Forbidden, detail);
        }

        return (Expectation.Allowed, detail);
    }

    /// <summary>Every routable endpoint: Razor pages (by route template) and minimal-API routes (per HTTP method).</summary>
    internal static List<string> DiscoverRoutes(IServiceProvider services)
    {
        var keys = new List<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                keys.Add("GET " + pattern);
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            keys.AddRange(methods.Select(m => $"{m} {pattern}"));
        }

        return keys.Distinct().ToList();
    }
}
