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
        await NameRecordersAsync(db, registrations, ct);
        return (session, [.. registrations.Select(r => new CandidateRow(r, candidates[r.CandidateId], diplomas.GetValueOrDefault(r.Id)))]);
    }

    /// <summary>The session's exam-day log (Examenreglement 7.8), earliest first: when, which candidate number, what happened and by whom.</summary>
    public static IReadOnlyList<(string CandidateNumber, ExamDayIncident Entry)> Incidents(IEnumerable<CandidateRow> rows) =>
        [.. rows.SelectMany(r => r.Registration.Incidents.Select(i => (r.Registration.CandidateNumber, i))).OrderBy(x => x.i.At).ThenBy(x => x.CandidateNumber, StringComparer.Ordinal)];

    /// <summary>
    /// What an entry says, as both exam-day views show it: the text typed with it, except the exclusion after fraud, which
    /// the system logs itself and is shown in the reader's language.
    /// </summary>
    public static string What(ExamDayIncident entry, Microsoft.Extensions.Localization.IStringLocalizer t) =>
        entry.State == Touchstone.Domain.Exams.RegistrationState.Excluded ? t["Exams.Incidents.ExcludedAfterFraud"].Value : entry.Text;

    /// <summary>When an entry was logged, on the Dutch clock; empty for an old line without a readable time.</summary>
    public static string When(ExamDayIncident entry) =>
        entry.At == DateTimeOffset.MinValue ? string.Empty : LmpExam.ToDutch(entry.At).ToString("dd-MM-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    // Entries logged with only the recorder's id (or none, before the log named him) get his current name for display; the rows are not tracked.
    private static async Task NameRecordersAsync(TouchstoneDbContext db, List<SessionRegistration> registrations, CancellationToken ct)
    {
        var ids = registrations.SelectMany(r => r.Incidents).Where(i => i.ByName is null && i.ById is not null).Select(i => i.ById!).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        foreach (var registration in registrations)
        {
            registration.Incidents = [.. registration.Incidents.Select(i => i.ByName is null && i.ById is { } id && names.TryGetValue(id, out var name) ? i with { ByName = name } : i)];
        }
    }

    public static async Task<IReadOnlyList<(string Id, string Name)>> UsersWithRoleAsync(TouchstoneDbContext db, Role role, CancellationToken ct)
    {
        var ids = await db.RoleGrants.AsNoTracking().Where(g => g.Role == role).Select(g => g.UserId).ToListAsync(ct);
        return [.. (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).ToListAsync(ct)).Select(u => (u.Id, u.DisplayName))];
    }
}
