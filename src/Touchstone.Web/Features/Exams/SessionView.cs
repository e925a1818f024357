using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Accounts;

namespace Touchstone.Web.Features.Exams;

/// <summary>One row of a session's candidate list, as shown on the staff, exam-day and committee pages.</summary>
public sealed record CandidateRow(SessionRegistration Registration, ExamCandidate Candidate, Diploma? Diploma)
{
    public ExamComponentResult Component(string code) => Registration.Components.First(c => c.Code == code);
}

/// <summary>Loads a session with its registrations, candidates and diplomas (read-only).</summary>
public static class SessionView
{
    public static async Task<(ExamSession? Session, IReadOnlyList<CandidateRow> Rows)> LoadAsync(TouchstoneDbContext db, Guid sessionId, CancellationToken ct)
    {
        var session = await db.Set<ExamSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null)
        {
            return (null, []);
        }

        var registrations = await db.Set<SessionRegistration>().AsNoTracking().Include(r => r.Components)
            .Where(r => r.SessionId == sessionId).OrderBy(r => r.CandidateNumber).ToListAsync(ct);
        var ids = registrations.Select(r => r.CandidateId).ToList();
        var candidates = await db.Set<ExamCandidate>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var regIds = registrations.Select(r => r.Id).ToList();
        var diplomas = await db.Set<Diploma>().AsNoTracking().Where(d => regIds.Contains(d.RegistrationId)).ToDictionaryAsync(d => d.RegistrationId, ct);
        return (session, [.. registrations.Select(r => new CandidateRow(r, candidates[r.CandidateId], diplomas.GetValueOrDefault(r.Id)))]);
    }

    public static async Task<IReadOnlyList<(string Id, string Name)>> UsersWithRoleAsync(TouchstoneDbContext db, Role role, CancellationToken ct)
    {
        var ids = await db.RoleGrants.AsNoTracking().Where(g => g.Role == role).Select(g => g.UserId).ToListAsync(ct);
        return [.. (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).ToListAsync(ct)).Select(u => (u.Id, u.DisplayName))];
    }
}
