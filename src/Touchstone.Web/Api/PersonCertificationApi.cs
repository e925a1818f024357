using Touchstone.App.PersonCertification;
using Touchstone.Web.Infrastructure.Hosting;

namespace Touchstone.Web.Api;

/// <summary>The public CMC register and certificate verification as JSON (anonymous, rate-limited).</summary>
public sealed class PersonCertificationApi : IApiModule
{
    public void Map(RouteGroupBuilder api)
    {
        var open = api.MapGroup("/public").AllowAnonymous().RequireRateLimiting(RateLimits.PublicLookup);
        open.MapGet("/cmc-register", async (SearchCmcRegisterHandler search, string? q, int? page, int? pageSize, CancellationToken ct) =>
                Results.Ok(await search.HandleAsync(new SearchCmcRegister(q, page ?? 1, pageSize ?? 25), ct)))
            .WithName("CmcRegister").WithSummary("Search the public CMC register by name, town or certificate number.");
        open.MapGet("/certificates/{number}", async (GetPublicCertificateHandler get, string number, CancellationToken ct) =>
                await get.HandleAsync(new GetPublicCertificate(number), ct) is { } c
                    ? Results.Ok(c)
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No certificate with this number on the register."))
            .WithName("VerifyCertificate").WithSummary("Verify a CMC certificate by its number: holder, status today, validity.");
    }
}
