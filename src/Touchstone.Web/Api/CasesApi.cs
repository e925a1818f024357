using Microsoft.EntityFrameworkCore;
using Touchstone.App.Cases;
using Touchstone.Domain.Cases;
using Touchstone.Web.Features.Cases;
using Touchstone.Web.Infrastructure.Auth;

namespace Touchstone.Web.Api;

/// <summary>The register of complaints and objections and the deadlines board as JSON (confidential complaints filtered per viewer).</summary>
public sealed class CasesApi : IApiModule
{
    public void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").RequireAuthorization(Policies.CaseWork).WithTags("Cases");
        cases.MapGet(string.Empty, async (CaseRegisterHandler register, HttpContext http, CaseType? type, CaseState? state, string? scheme, int? year, string? q, int? skip, int? take, CancellationToken ct) =>
            {
                var query = register.Query(new CaseFilter(type, state, scheme, year, q), http.User.ToCaseActor());
                var total = await query.CountAsync(ct);
                var items = await query.Skip(Math.Max(skip ?? 0, 0)).Take(Math.Clamp(take ?? 50, 1, 500)).ToListAsync(ct);
                return Results.Ok(new CasePage(total, items));
            })
            .WithName("CaseRegister").WithSummary("The register of complaints and objections, filtered and paged.");
        cases.MapGet("/deadlines", async (DeadlinesBoardHandler board, HttpContext http, CancellationToken ct) =>
                Results.Ok((await board.HandleAsync(http.User.ToCaseActor(), ct)).Select(r => new DeadlineItem(
                    r.Entry.CaseId, r.Reference, r.Entry.Type, r.Entry.State, r.Entry.DueDate, r.Entry.WorkingDaysLeft,
                    r.Entry.ReminderDue, r.Entry.Overdue, r.Entry.AppealOpenToPerson, r.AppealNoticeSentAt))))
            .RequireAuthorization(Policies.CaseStaff)
            .WithName("CaseDeadlines").WithSummary("Open cases with due dates, reminders and overdue flags.");
        cases.MapGet("/report/{year:int}", async (AnnualCaseReportHandler reports, int year, CancellationToken ct) =>
                Results.Ok(await reports.HandleAsync(year, ct)))
            .WithName("AnnualCaseReport").WithSummary("The annual figures on complaints and objections (Examenreglement 11.3).");
    }

    public sealed record CasePage(int Total, IReadOnlyList<CaseRow> Items);

    public sealed record DeadlineItem(
        Guid CaseId, string Reference, CaseType Type, CaseState State, DateOnly? DueDate, int? WorkingDaysLeft,
        bool ReminderDue, bool Overdue, bool AppealOpenToPerson, DateTimeOffset? AppealNoticeSentAt);
}
