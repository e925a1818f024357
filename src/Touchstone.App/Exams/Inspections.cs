using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>One inspection request as the staff list shows it, with the last day of the candidate's inspection period.</summary>
public sealed record InspectionRow(InspectionRequest Request, string Session, DateOnly ExamDate, string CandidateNumber, string CandidateName, DateOnly? InspectionUntil);

/// <summary>Loading an inspection request with its registration and candidate, and the component names.</summary>
public static class InspectionLookup
{
    public static async Task<(InspectionRequest Request, SessionRegistration Registration, ExamCandidate Candidate)?> LoadAsync(TouchstoneDbContext db, Guid requestId, CancellationToken ct)
    {
        var request = await db.Set<InspectionRequest>().FirstOrDefaultAsync(i => i.Id == requestId, ct);
        var registration = request is null ? null : await db.Set<SessionRegistration>().FirstOrDefaultAsync(r => r.Id == request.RegistrationId, ct);
        var candidate = registration is null ? null : await db.Set<ExamCandidate>().FirstOrDefaultAsync(c => c.Id == registration.CandidateId, ct);
        return request is null || registration is null || candidate is null ? null : (request, registration, candidate);
    }

    public static string Names(InspectionRequest request) =>
        string.Join(", ", request.Components.Select(c => LmpExam.Blueprint.Component(c).Name));

    /// <summary>Art. 10.1: the last day to ask, from the first date a result of the exam was published.</summary>
    public static DateOnly? Until(IEnumerable<ExamComponentResult> components, WorkingDayCalendar calendar) =>
        components.Min(c => c.ResultSentOn) is { } sent ? ResultRules.InspectionUntil(sent, calendar, LmpExam.Regulation) : null;
}

/// <summary>The staff list of inspection requests (Examenreglement 10.1): open ones first, oldest first.</summary>
public sealed class InspectionListHandler(TouchstoneDbContext db, WorkingDayCalendar calendar)
{
    public async Task<IReadOnlyList<InspectionRow>> HandleAsync(CancellationToken ct)
    {
        var requests = await db.Set<InspectionRequest>().AsNoTracking().ToListAsync(ct);
        var registrationIds = requests.Select(r => r.RegistrationId).Distinct().ToList();
        var registrations = await db.Set<SessionRegistration>().AsNoTracking().Include(r => r.Components)
            .Where(r => registrationIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var sessionIds = registrations.Values.Select(r => r.SessionId).Distinct().ToList();
        var sessions = await db.Set<ExamSession>().AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var candidateIds = registrations.Values.Select(r => r.CandidateId).Distinct().ToList();
        var candidates = await db.Set<ExamCandidate>().AsNoTracking().Where(c => candidateIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return [.. requests.OrderBy(r => r.IsPending ? 0 : 1).ThenBy(r => r.RequestedAt).Select(r =>
        {
            var registration = registrations[r.RegistrationId];
            var session = sessions[registration.SessionId];
            return new InspectionRow(r, session.Code, session.ExamDate, registration.CandidateNumber, candidates[registration.CandidateId].Name,
                InspectionLookup.Until(registration.Components, calendar));
        })];
    }
}
