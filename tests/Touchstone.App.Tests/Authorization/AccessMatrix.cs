using Touchstone.Domain.Accounts;
using static Touchstone.App.Tests.Authorization.RouteAccess;

namespace Touchstone.App.Tests.Authorization;

/// <summary>
/// The declared authorization matrix. Each capability keeps its rows in its own partial file
/// (AccessMatrix.&lt;Capability&gt;.cs) as a public static RouteAccess[] field; the test collects them all.
/// </summary>
public static partial class AccessMatrix
{
    public static readonly RouteAccess[] Foundation =
    [
        Page("/", Audience.Public),
        Page("/Index", Audience.Public),
        Page("/Errors/{code:int?}", "/Errors/404", Audience.Public),
        Page("/Errors/Index/{code:int?}", "/Errors/Index/404", Audience.Public),
        Page("/Account/Login", Audience.Public),
        Page("/Account/LoginWith2fa", Audience.Public),
        Page("/Account/Logout", Audience.Public),
        Page("/Account/ForgotPassword", Audience.Public),
        Page("/Account/ResetPassword", Audience.Public),
        Page("/Account/AccessDenied", Audience.Public),
        Page("/Account/TwoFactor", Audience.SignedIn),
        Page("/Admin/Users", Audience.Roles, Role.Administrator),
        Page("/Admin/User/{id}", Audience.Roles, Role.Administrator),
        Page("/Admin/Audit", Audience.Roles, Role.Administrator),
        Page("/Admin/Outbox", Audience.Roles, Role.Administrator),
        Api("GET", "/api/me", Audience.SignedIn),
        Api("GET", "/api/admin/audit", Audience.Roles, Role.Administrator),
        Api("GET", "/api/admin/audit/verify", Audience.Roles, Role.Administrator),
        Api("GET", "/health", Audience.Public),
        Api("GET", "/openapi/{documentName}.json", "/openapi/v1.json", Audience.Public),
        Api("GET", "/culture/{culture}", "/culture/en", Audience.Public),
        Api("GET", "/{*path:nonfile}", "/no/such/page", Audience.Public),
    ];

    public static IReadOnlyList<RouteAccess> All() =>
        typeof(AccessMatrix).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(RouteAccess[]))
            .SelectMany(f => (RouteAccess[])f.GetValue(null)!)
            .ToList();
}
