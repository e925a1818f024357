using System.Security.Claims;
using Touchstone.App.Accounts;
using Touchstone.App.Common;

namespace Touchstone.Web.Infrastructure.Auth;

/// <summary>The signed-in user of the current request, or "anonymous" for the public.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string Id => User?.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    public string Name => User?.FindFirstValue(TouchstoneClaimTypes.DisplayName) ?? User?.Identity?.Name ?? "anonymous";
}
