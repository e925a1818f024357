using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Cases;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>One application as the actor may see it, with the checklist, the planning facts and the steps the actor may take.</summary>
public sealed record GetCmcApplication(Guid Id);

public sealed record ChecklistLine(DossierDocument Document, string Reason, string Rule, bool Present);

public sealed record AssessorOption(string UserId, string Name, DateOnly? ValidUntil);

public sealed record CmcApplicationView(
    CmcApplicationRecord Application,
    string? OrganisationName,
    IReadOnlyList<ChecklistLine> Checklist,
    DateOnly? DevelopmentReportAddedOn,
    DateOnly? EarliestAssessmentDate,
    IReadOnlyList<AssessmentAgendaItem> Agenda,
    IReadOnlyDictionary<string, string> PeopleNames,
    IReadOnlyList<AssessorOption> Assessors,
    IReadOnlyList<(CmcRole Role, CmcStep Step)> AvailableSteps,
    bool ReportOverdue,
    IReadOnlyList<CmcObjectionLine> Objections,
    bool MayGrantAfterObjection);

/// <summary>An objection against this application's decision (<see cref="Cases.CmcDecisionLink"/>), as the application page lists it.</summary>
public sealed record CmcObjectionLine(Guid CaseId, string Reference, CaseState State, CaseOutcome? Outcome, DateOnly? DecidedOn);

public sealed class GetCmcApplicationHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<CmcApplicationView?> HandleAsync(GetCmcApplication query, CmcActor actor, CancellationToken ct)
    {
        var app = await db.Set<CmcApplicationRecord>().AsNoTracking().Include(a => a.Documents).Include(a => a.Steps).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == query.Id, ct);
        if (app is null || !CmcLookups.MaySee(actor, app))
        {
            return null;
        }

        var scheme = CmcSchemeFile.Current;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var present = app.Documents.Select(d => d.Type).ToHashSet();
        var checklist = DossierChecklist.Required(app.Route, app.ExemptionClaimed)
            .Select(r => new ChecklistLine(r.Document, r.Reason, r.Rule, present.Contains(r.Document))).ToArray();
        var reportOn = app.Documents.Where(d => d.Type == DossierDocument.DevelopmentReport).Select(d => (DateOnly?)d.AddedOn).Max();
        var earliest = reportOn is { } r2 ? new AssessmentPlanner(scheme).EarliestAssessmentDate(r2) : (DateOnly?)null;
        if (earliest is { } e && e < today)
        {
            earliest = today;
        }

        var orgName = app.OrganisationId is { } orgId
            ? await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == orgId).Select(o => o.Name).FirstOrDefaultAsync(ct)
            : null;
        var peopleIds = app.Steps.Select(s => s.ActorUserId).Concat(app.AssessorUserIds).Append(app.DecisionMakerUserId ?? "").Distinct().ToArray();
        var names = await db.Set<User>().AsNoTracking().Where(u => peopleIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        IReadOnlyList<AssessorOption> assessors = [];
        if (actor.Has(CmcRole.BackOffice))
        {
            var assessorIds = db.RoleGrants.Where(g => g.Role == Role.Assessor && (g.Scheme == null || g.Scheme == Schemes.Cmc)).Select(g => g.UserId);
            var users = await db.Set<User>().AsNoTracking().Where(u => assessorIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
            var profiles = await db.Set<AssessorProfile>().AsNoTracking().ToDictionaryAsync(p => p.UserId, p => p.ValidUntil, ct);
            assessors = users.OrderBy(u => u.DisplayName)
                .Select(u => new AssessorOption(u.Id, u.DisplayName, profiles.TryGetValue(u.Id, out var v) ? v : null)).ToArray();
        }

        var steps = actor.Roles
            .SelectMany(role => CmcProcess.AvailableSteps(app.Route, app.State, role).Select(step => (role, step)))
            .Where(x => CmcLookups.RoleFor(actor, app, x.step) is not null)
            .ToArray();
        var overdue = app.ReportDueDate is { } due && app.ReportSubmittedOn is null && app.State is CmcApplicationState.Assessed or CmcApplicationState.AssessmentScheduled && today > due;
        var objections = await db.Set<CaseDossier>().AsNoTracking().Where(d => d.CmcApplicationId == app.Id).OrderBy(d => d.RegisteredAt)
            .Select(d => new CmcObjectionLine(d.Id, d.Reference, d.Case.State, d.Case.Outcome, d.Case.DecidedOn)).ToListAsync(ct);
        var mayGrant = app.State == CmcApplicationState.Refused && actor.Has(CmcRole.DecisionMaker)
            && CmcProcess.GrantAfterUpheldObjection(app.State, CmcRole.DecisionMaker,
                await CmcDecisionLink.HasUpheldObjectionAsync(db, app.Id, app.DecidedOn, ct)).IsSuccess;
        return new CmcApplicationView(app, orgName, checklist, reportOn, earliest, scheme.Agenda, names, assessors, steps, overdue, objections, mayGrant);
    }
}
