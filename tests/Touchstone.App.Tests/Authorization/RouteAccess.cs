using Touchstone.Domain.Accounts;

namespace Touchstone.App.Tests.Authorization;

/// <summary>Who may reach a route.</summary>
public enum Audience
{
    /// <summary>Everyone, anonymous included.</summary>
    Public,

    /// <summary>Every signed-in account, whatever its role; anonymous is sent to log in.</summary>
    SignedIn,

    /// <summary>Only the listed roles; other roles are forbidden, anonymous is sent to log in.</summary>
    Roles,
}

/// <summary>
/// One row of the authorization matrix: a route (method + route pattern, as the app declares it), a concrete
/// path to request, and who may reach it.
/// </summary>
public sealed record RouteAccess(string Method, string Pattern, string SamplePath, Audience Audience, params Role[] Allowed)
{
    public static RouteAccess Page(string pattern, Audience audience, params Role[] allowed) =>
        new("GET", pattern, SampleFor(pattern), audience, allowed);

    public static RouteAccess Page(string pattern, string samplePath, Audience audience, params Role[] allowed) =>
        new("GET", pattern, samplePath, audience, allowed);

    public static RouteAccess Api(string method, string pattern, string samplePath, Audience audience, params Role[] allowed) =>
        new(method, pattern, samplePath, audience, allowed);

    public static RouteAccess Api(string method, string pattern, Audience audience, params Role[] allowed) =>
        new(method, pattern, SampleFor(pattern), audience, allowed);

    /// <summary>What a role (null = anonymous) should get.</summary>
    public Expectation ExpectedFor(Role? role) => (Audience, role) switch
    {
        (Audience.Public, _) => Expectation.Allowed,
        (_, null) => Expectation.SentToLogin,
        (Audience.SignedIn, _) => Expectation.Allowed,
        _ => Allowed.Contains(role.Value) ? Expectation.Allowed : Expectation.Forbidden,
    };

    public string Key => $"{Method} {Pattern}";

    // Route parameters get a harmless sample value: an allowed role then sees 404 or 400, never 401/403.
    private static string SampleFor(string pattern) =>
        "/" + string.Join('/', pattern.Trim('/').Split('/').Select(s => s.StartsWith('{') ? (s.Contains(":int") ? "1" : s.Contains(":guid") ? Guid.Empty.ToString() : "sample") : s));
}

public enum Expectation
{
    Allowed,
    Forbidden,
    SentToLogin,
}
