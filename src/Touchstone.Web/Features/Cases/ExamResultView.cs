using Microsoft.EntityFrameworkCore;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Exams;

namespace Touchstone.Web.Features.Cases;

/// <summary>The exam result an objection is linked to, as the case page shows it: the result now, the hold, who was involved.</summary>
public sealed record ExamResultView(
    Guid SessionId,
    string SessionCode,
    string CandidateNumber,
    string ComponentName,
    ResultBand? Band,
    bool WorkHeld,
    OverallStatus Overall,
    bool DiplomaIssuable,
    string? DiplomaToReview,
    IReadOnlyList<string> InvolvedNames,
    IReadOnlyList<ExamComponentRemarking> Remarkings)
{
    public string BandLabel => Band is { } b ? ExamResultLink.Label(b) : "-";

    public static async Task<ExamResultView?> LoadAsync(TouchstoneDbContext db, Guid componentId, CancellationToken ct)
    {
        var component = await db.Set<ExamComponentResult>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == componentId, ct);
        if (component is null)
        {
            return null;
        }

        var registration = await db.Set<SessionRegistration>().AsNoTracking().Include(r => r.Components).FirstAsync(r => r.Id == component.RegistrationId, ct);
        var session = await db.Set<ExamSession>().AsNoTracking().FirstAsync(s => s.Id == registration.SessionId, ct);
        var involved = await ApplyObjectionRemarkingHandler.InvolvedAsync(db, component, session, ct);
        var names = await db.Users.AsNoTracking().Where(u => involved.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => u.DisplayName).ToListAsync(ct);
        var remarkings = await db.Set<ExamComponentRemarking>().AsNoTracking().Where(r => r.ComponentId == componentId).OrderBy(r => r.RemarkedOn).ToListAsync(ct);
        var diplomas = await db.Set<Diploma>().AsNoTracking().Where(d => d.RegistrationId == registration.Id).ToListAsync(ct);
        return new ExamResultView(
            session.Id, session.Code, registration.CandidateNumber, LmpExam.Blueprint.Component(component.Code).Name, component.Band, component.ObjectionOpen,
            ReleaseResultsHandler.Overall(registration).Status,
            ApplyObjectionRemarkingHandler.DiplomaIssuable(registration, diplomas.Count > 0),
            ApplyObjectionRemarkingHandler.DiplomaNeedsReview(registration, diplomas) ? diplomas.First(d => d.RevokedOn is null).Number : null,
            names, remarkings);
    }
}
