using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>
/// After a first Onvoldoende the second marker is assigned at once (Examenreglement 8.4): the domain chooses among
/// the LMP markers (independent, not the first, no declared conflict, fewest open second markings) and the chosen
/// marker is told by mail. When nobody qualifies the work waits for the director (shown as "tweede corrector nodig").
/// </summary>
public static class SecondMarkers
{
    /// <summary>Assigns and notifies the second marker on the tracked component; returns the chosen id or null. The caller saves.</summary>
    public static async Task<string?> AssignAsync(TouchstoneDbContext db, Mailer mailer, SessionRegistration registration, ExamComponentResult component,
        AssignmentsMarkingRecord record, CancellationToken ct)
    {
        var markerIds = await db.RoleGrants.AsNoTracking()
            .Where(g => g.Role == Role.Marker && (g.Scheme == null || g.Scheme == ExamSession.LmpScheme))
            .Select(g => g.UserId).Distinct().ToListAsync(ct);
        var statements = await db.Set<IndependenceStatement>().AsNoTracking().Where(s => markerIds.Contains(s.UserId)).ToListAsync(ct);
        var open = await db.Set<ExamComponentResult>().AsNoTracking()
            .Where(c => c.Code == LmpExam.Assignments && !c.Invalid && c.AssignedSecondMarkerId != null && markerIds.Contains(c.AssignedSecondMarkerId) && c.SecondPoints == null)
            .GroupBy(c => c.AssignedSecondMarkerId!).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Id, x => x.Count, ct);
        var candidates = markerIds.Select(id => new SecondMarkerCandidate(
            id, IndependenceStatement.LatestOf(statements, id)?.ToDomain(), open.GetValueOrDefault(id)));

        var chosen = record.ChooseSecondMarker(LmpExam.AssignmentsScheme, candidates);
        component.AssignedSecondMarkerId = chosen;
        if (chosen is not null && await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == chosen, ct) is { Email: { } email } marker)
        {
            mailer.Queue(email, "Tweede beoordeling LMP-examen",
                $"Beste {marker.DisplayName},\n\nU bent aangewezen als tweede corrector voor het onderdeel Opdrachten van kandidaatnummer {registration.CandidateNumber}. " +
                "De eerste corrector beoordeelde het onderdeel als onvoldoende; u beoordeelt onafhankelijk van de eerste corrector (Examenreglement 8.4). " +
                "Het werk staat voor u klaar onder Beoordelen. Vermoedt u dat het werk van iemand uit uw persoonlijke of zakelijke kring is, meld dat dan daar (Examenreglement 5.4).");
        }

        return chosen;
    }
}
