using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Audit;
using Touchstone.App.Data;
using Touchstone.Web.Infrastructure.Auth;

namespace Touchstone.Web.Api;

/// <summary>Who am I, and the audit trail for administrators.</summary>
public sealed class FoundationApi : IApiModule
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me", (HttpContext http) => Results.Ok(new MeResponse(
                http.User.Identity?.Name ?? string.Empty,
                http.User.FindFirst(TouchstoneClaimTypes.DisplayName)?.Value ?? string.Empty,
                http.User.Scopes().Select(s => s.ToString()).ToArray())))
            .WithName("Me").WithSummary("The signed-in account and its roles.");

        var admin = api.MapGroup("/admin").RequireAuthorization(Policies.Administrator);
        admin.MapGet("/audit", async (TouchstoneDbContext db, string? entityType, string? actor, long? afterSequence, int? take, CancellationToken ct) =>
            {
                var query = AuditQuery.Filter(db.AuditRecords.AsNoTracking(), entityType, actor, null, null);
                if (afterSequence is not null)
                {
                    query = query.Where(r => r.Sequence > afterSequence);
                }

                var rows = await query.OrderBy(r => r.Sequence).Take(Math.Clamp(take ?? 100, 1, 1000)).ToListAsync(ct);
                return Results.Ok(rows);
            })
            .WithName("AuditTrail").WithSummary("Audit records in sequence order, filtered.");
        admin.MapGet("/audit/verify", async (TouchstoneDbContext db, CancellationToken ct) =>
            {
                var (count, broken) = await new AuditVerifier(db).VerifyAsync(ct);
                return Results.Ok(new AuditVerification(count, broken is null, broken?.Sequence, broken?.Problem));
            })
            .WithName("VerifyAudit").WithSummary("Checks the audit trail's hash chain.");
    }

    public sealed record MeResponse(string UserName, string DisplayName, string[] Roles);

    public sealed record AuditVerification(long Verified, bool Intact, long? BrokenAt, string? Problem);
}
