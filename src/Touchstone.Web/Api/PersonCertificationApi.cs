using Touchstone.App.PersonCertification;
using Touchstone.Domain.PersonCertification;
using Touchstone.Web.Infrastructure.Hosting;

namespace Touchstone.Web.Api;

/// <summary>The public CMC register and certificate verification as JSON (anonymous, rate-limited).</summary>
public sealed class PersonCertificationApi : IApiModule
{
    public void Map(RouteGroupBuilder api)
    {
        var open = api.MapGroup("/public").AllowAnonymous().RequireRateLimiting(RateLimits.PublicLookup);
        open.MapGet("/cmc-register", async (SearchCmcRegisterHandler search, string? q, int? page, int? pageSize, CancellationToken ct) =>
            {
                var found = await search.HandleAsync(new SearchCmcRegister(q, page ?? 1, pageSize ?? 25), ct);
                return Results.Ok(new RegisterResponse(found.Items.Select(Entry).ToArray(), found.Page, found.PageSize, found.Total, found.MoreThanTotal));
            })
            .WithName("CmcRegister").WithSummary("Search the public CMC register by name, town or certificate number.");
        open.MapGet("/certificates/{number}", async (GetPublicCertificateHandler get, string number, CancellationToken ct) =>
                await get.HandleAsync(new GetPublicCertificate(number), ct) is { } c
                    ? Results.Ok(new CertificateResponse(c.Number, c.Name, c.Town, Status(c.Status), c.ValidFrom, c.ValidUntil, c.StatusChangedOn))
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No certificate with this number on the register."))
            .WithName("VerifyCertificate").WithSummary("Verify a CMC certificate by its number: holder, status today, validity.");
    }

    private static string Status(PublicCertificateStatus s) => s == PublicCertificateStatus.NotYetValid ? "not-yet-valid" : s.ToString().ToLowerInvariant();

    private static RegisterEntryResponse Entry(RegisterEntry e) => new(e.Number, e.Name, e.Town, Status(e.Status), e.ValidFrom, e.ValidUntil);

    public sealed record RegisterEntryResponse(string Number, string Name, string Town, string Status, DateOnly ValidFrom, DateOnly ValidUntil);

    /// <summary>A page of matches; moreThanTotal: the search stopped at its limit of total matches (refine the query).</summary>
    public sealed record RegisterResponse(IReadOnlyList<RegisterEntryResponse> Items, int Page, int PageSize, int Total, bool MoreThanTotal);

    /// <summary>
    /// Status is one of active, not-yet-valid (a renewal whose validFrom is still to come), suspended, withdrawn, expired (today);
    /// statusSince is set unless active or not-yet-valid.
    /// </summary>
    public sealed record CertificateResponse(string Number, string Name, string Town, string Status, DateOnly ValidFrom, DateOnly ValidUntil, DateOnly? StatusSince);
}
