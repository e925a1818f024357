using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Assessments;

namespace Touchstone.App.Assessments;

public sealed record AssessmentRow(
    Guid Id, SubjectKind SubjectKind, string SubjectId, string SubjectName, string FrameworkCode, string FrameworkVersion,
    RaterRole RaterRole, string RaterId, string RaterName, string Cycle, string Team, AssessmentState State, Guid? PreviousId, Guid Version);

/// <summary>The assessments the current user may see, optionally for one subject.</summary>
public sealed class ListAssessmentsHandler(TouchstoneDbContext db, ICurrentActor actor)
{
    public async Task<List<AssessmentRow>> HandleAsync(string? subjectId, CancellationToken ct)
    {
        var viewer = await AssessmentViewer.LoadAsync(db, actor.Id, ct);
        var me = viewer.UserId;
        var org = viewer.OrganisationId?.ToString();
        var seesOrganisations = viewer.Has(Role.Auditor) || viewer.Has(Role.BackOffice);
        var seesPeople = viewer.IsManager || viewer.Has(Role.Assessor);
        var ownOrg = viewer.Has(Role.OrganisationContact) && org is not null;
        var query = db.Set<AssessmentRecord>().AsNoTracking().Where(a =>
            a.RaterId == me
            || (a.SubjectKind == SubjectKind.Person && (a.SubjectId == me || seesPeople))
            || (a.SubjectKind == SubjectKind.Organisation && (seesOrganisations || (ownOrg && a.SubjectId == org))));
        if (!string.IsNullOrEmpty(subjectId))
        {
            query = query.Where(a => a.SubjectId == subjectId);
        }

        return await query.OrderBy(a => a.SubjectName).ThenByDescending(a => a.Cycle).ThenBy(a => a.RaterRole)
            .Select(a => new AssessmentRow(a.Id, a.SubjectKind, a.SubjectId, a.SubjectName, a.FrameworkCode, a.FrameworkVersion,
                a.RaterRole, a.RaterId, a.RaterName, a.Cycle, a.Team, a.State, a.PreviousId, a.Version))
            .Take(500).ToListAsync(ct);
    }
}
