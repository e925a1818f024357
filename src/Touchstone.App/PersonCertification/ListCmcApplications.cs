using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>The applications the actor works on: own (candidate), the practice's (contact), planned (assessor), all (staff, decision-maker).</summary>
public sealed record ListCmcApplications(CmcApplicationState? State = null);

public sealed record CmcApplicationRow(Guid Id, string CandidateName, CmcRoute Route, CmcApplicationState State, DateTimeOffset AppliedAt, DateOnly? AssessmentDate, DateOnly? ReportDueDate);

public sealed class ListCmcApplicationsHandler(TouchstoneDbContext db)
{
    public async Task<IReadOnlyList<CmcApplicationRow>> HandleAsync(ListCmcApplications query, CmcActor actor, CancellationToken ct)
    {
        var q = db.Set<CmcApplicationRecord>().AsNoTracking();
        var seesAll = actor.Has(CmcRole.BackOffice) || actor.Has(CmcRole.Administrator) || actor.Has(CmcRole.DecisionMaker);
        if (!seesAll)
        {
            var me = actor.UserId;
            var org = actor.Has(CmcRole.OrganisationContact) ? actor.OrganisationId : null;
            var assessor = actor.Has(CmcRole.Assessor);
            q = q.Where(a => a.CandidateUserId == me || (org != null && a.OrganisationId == org)
                             || (assessor && (a.Assessor1UserId == me || a.Assessor2UserId == me)));
        }

        if (query.State is { } s)
        {
            q = q.Where(a => a.State == s);
        }

        var rows = await q.Select(a => new CmcApplicationRow(a.Id, a.CandidateName, a.Route, a.State, a.AppliedAt, a.AssessmentDate, a.ReportDueDate)).ToListAsync(ct);
        return rows.OrderByDescending(r => r.AppliedAt).ToArray();
    }
}
