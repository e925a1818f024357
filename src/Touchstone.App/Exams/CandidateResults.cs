using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="ResitDeclinedAt">For the practical: when the candidate declined the on-the-spot resit he was offered (8.7).</param>
public sealed record CandidateComponentView(string Code, string Name, ResultBand? Band, bool Invalid, DateOnly? SentOn, DateTimeOffset? ResitDeclinedAt = null);

/// <param name="InspectionUntil">The last day to ask to inspect the marked work (10.1); null before any result was sent.</param>
/// <param name="Inspections">His inspection requests for this exam, newest first.</param>
/// <param name="Times">His own times on the exam day, with any approved extra time (6.2, 6.3).</param>
public sealed record CandidateExamView(
    Guid RegistrationId, string Session, DateOnly ExamDate, string CandidateNumber, RegistrationState State, IReadOnlyList<CandidateComponentView> Components, string? DiplomaNumber,
    DateOnly? InspectionUntil, IReadOnlyList<InspectionRequest> Inspections, CandidateTimes Times);

/// <summary>
/// A candidate's times on the exam day (Examenreglement 6.2, 6.3): the start, the written component's duration with the
/// extra time approved for him and the end that follows, the practical's duration.
/// </summary>
/// <param name="TheoryEndsAt">Null for a session planned without a start time.</param>
public sealed record CandidateTimes(TimeOnly? StartsAt, int TheoryMinutes, int ExtraMinutes, TimeOnly? TheoryEndsAt, int PracticalMinutes)
{
    public static CandidateTimes Of(ExamSession session, SessionRegistration registration) => new(
        session.StartsAt, session.TheoryMinutes, registration.ApprovedExtraMinutes,
        session.StartsAt is { } start ? ExamDayRules.EndsAt(start, session.TheoryMinutes, registration.ApprovedExtraMinutes) : null,
        session.PracticalMinutes);
}

/// <summary>
/// What a candidate sees of his own exams: only results that were sent, per component O/V/G with the date sent;
/// until when he may ask to inspect the marked work (10.1) and how his requests stand.
/// </summary>
public sealed class CandidateResultsHandler(TouchstoneDbContext db, WorkingDayCalendar calendar)
{
    public async Task<IReadOnlyList<CandidateExamView>> HandleAsync(string email, CancellationToken ct)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var candidate = await db.Set<ExamCandidate>().AsNoTracking().FirstOrDefaultAsync(c => c.Email == normalized, ct);
        if (candidate is null)
        {
            return [];
        }

        var registrations = await db.Set<SessionRegistration>().AsNoTracking().Include(r => r.Components).Where(r => r.CandidateId == candidate.Id).ToListAsync(ct);
        var sessionIds = registrations.Select(r => r.SessionId).ToList();
        var sessions = await db.Set<ExamSession>().AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var diplomas = await db.Set<Diploma>().AsNoTracking().Where(d => d.CandidateId == candidate.Id && d.RevokedOn == null).ToListAsync(ct);
        var inspections = await db.Set<InspectionRequest>().AsNoTracking().Where(i => i.CandidateId == candidate.Id).ToListAsync(ct);
        return [.. registrations.OrderByDescending(r => sessions[r.SessionId].ExamDate).Select(r => new CandidateExamView(
            r.Id, sessions[r.SessionId].Code, sessions[r.SessionId].ExamDate, r.CandidateNumber, r.State,
            [.. LmpExam.ComponentCodes.Select(code => r.Components.First(c => c.Code == code)).Select(c => new CandidateComponentView(
                c.Code, LmpExam.Blueprint.Component(c.Code).Name, c.ResultSentOn is null ? null : c.Band, c.Invalid, c.ResultSentOn, c.ResitDeclinedAt))],
            diplomas.FirstOrDefault(d => d.RegistrationId == r.Id)?.Number,
            InspectionLookup.Until(r.Components, calendar),
            [.. inspections.Where(i => i.RegistrationId == r.Id).OrderByDescending(i => i.RequestedAt)],
            CandidateTimes.Of(sessions[r.SessionId], r)))];
    }
}
