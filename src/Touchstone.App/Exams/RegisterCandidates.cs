using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <summary>
/// One candidate to register, as typed, uploaded (CSV) or posted (API). <paramref name="Problem"/> is a parse failure;
/// <paramref name="Accommodation"/> a special arrangement asked for with the registration (Examenreglement 6.2).
/// </summary>
public sealed record RegistrationRow(
    int Line, string? SessionCode, string? Name, string? DateOfBirth, string? Email, bool Resit, DomainError? Problem = null, RowAccommodation? Accommodation = null);

/// <summary>
/// A special arrangement in a collective registration (CSV or API row). The supporting statement is described in words
/// (who declared what, when), as a file cannot travel in a row; the one-by-one form takes the statement as a file.
/// </summary>
public sealed record RowAccommodation(
    AccommodationKind Kind, int ExtraMinutes, bool ReadAloud, bool Dictionary, string? AlternativeForm, DateOnly? ResidentSince, string? Statement)
{
    public const int StatementMaxLength = 1000;

    public AccommodationRequest ToRequest() => new(
        Kind, true, !string.IsNullOrWhiteSpace(Statement), ExtraMinutes, ReadAloud, Dictionary,
        string.IsNullOrWhiteSpace(AlternativeForm) ? null : AlternativeForm.Trim(), ResidentSince);

    /// <summary>The request checked against the limits of art. 6.2 for this exam date, and the statement's length.</summary>
    public IEnumerable<DomainError> Check(DateOnly examDate)
    {
        var errors = AccommodationRules.Validate(ToRequest(), examDate, LmpExam.Regulation).Errors.ToList();
        if (Statement?.Trim().Length > StatementMaxLength)
        {
            errors.Add(new("exams.registration.statement-length", $"The supporting statement is at most {StatementMaxLength} characters.") { Args = [StatementMaxLength] });
        }

        return errors;
    }
}

/// <summary>The outcome for one row: its errors (empty when the row was fine).</summary>
public sealed record RowReport(int Line, string? Email, IReadOnlyList<DomainError> Errors)
{
    public bool Ok => Errors.Count == 0;
}

/// <summary>Either every row was imported, or none was and the report says why per row.</summary>
public sealed record RegistrationImportResult(bool Imported, IReadOnlyList<RowReport> Rows, IReadOnlyList<Guid> RegistrationIds);

/// <param name="SessionId">When set (API, one session's page), rows carry no session code.</param>
public sealed record RegisterCandidates(IReadOnlyList<RegistrationRow> Rows, Guid? SessionId, Guid? TrainingProviderId);

/// <summary>
/// Registers candidates one by one or collectively (Examenreglement 6.4, 6.5), validated row by row; a batch
/// with any bad row imports nothing. A person excluded for fraud is refused (7.9), recognised by e-mail address or by
/// name and date of birth. A row may ask for a special
/// arrangement (6.2), checked against its limits like the rest of the row; it then awaits the decision.
/// </summary>
public sealed class RegisterCandidatesHandler(TouchstoneDbContext db, TimeProvider time, ICurrentActor actor)
{
    public async Task<RegistrationImportResult> HandleAsync(RegisterCandidates cmd, CancellationToken ct)
    {
        var today = time.Today();
        var sessions = await db.Set<ExamSession>().AsNoTracking().ToListAsync(ct);
        var emails = cmd.Rows.Select(r => r.Email?.Trim().ToLowerInvariant()).OfType<string>().Distinct().ToList();
        var candidates = await db.Set<ExamCandidate>().Where(c => emails.Contains(c.Email)).ToListAsync(ct);
        var candidateIds = candidates.Select(c => c.Id).ToList();
        // Art. 7.9 excludes the person, not the address: every candidate with a fraud finding is matched on e-mail and on
        // name plus date of birth, so a new address does not lift the exclusion. Findings are few; the recent ones are all read.
        // Only findings recent enough to exclude from an exam from today on (the rule itself checks each exam's date).
        var findingsSince = today.AddYears(-LmpExam.Regulation.FraudExclusionYears);
        var excludedPeople = (await db.Set<ExamCandidate>().AsNoTracking().Where(c => c.FraudEstablishedOn != null && c.FraudEstablishedOn >= findingsSince).ToListAsync(ct))
            .Select(c => (Person: c, Name: PersonNames.Fold(c.Name))).ToList();
        var existing = await db.Set<SessionRegistration>().AsNoTracking().Where(r => candidateIds.Contains(r.CandidateId)).ToListAsync(ct);
        var activeCounts = await db.Set<SessionRegistration>().AsNoTracking()
            .Where(r => r.State != RegistrationState.Cancelled && r.State != RegistrationState.Excluded)
            .GroupBy(r => r.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var fixedSession = cmd.SessionId is { } sid ? sessions.FirstOrDefault(s => s.Id == sid) : null;

        var reports = new List<RowReport>();
        var accepted = new List<(RegistrationRow Row, ExamSession Session, string Name, DateOnly Birth, string Email)>();
        var seen = new HashSet<(Guid, string)>();
        foreach (var row in cmd.Rows)
        {
            var errors = new List<DomainError>();
            if (row.Problem is not null)
            {
                errors.Add(row.Problem);
                reports.Add(new(row.Line, row.Email, errors));
                continue;
            }

            var session = cmd.SessionId is null ? sessions.FirstOrDefault(s => string.Equals(s.Code, row.SessionCode?.Trim(), StringComparison.OrdinalIgnoreCase)) : fixedSession;
            if (session is null)
            {
                errors.Add(new("exams.registration.unknown-session", $"There is no exam session '{row.SessionCode}'.") { Args = [row.SessionCode] });
            }

            var name = row.Name?.Trim() ?? string.Empty;
            if (name.Length is 0 or > 200)
            {
                errors.Add(new("exams.registration.name", "The candidate's name is required (at most 200 characters)."));
            }

            var birthOk = DateOnly.TryParseExact(row.DateOfBirth?.Trim(), ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth);
            if (!birthOk || birth >= today || birth < today.AddYears(-100))
            {
                errors.Add(new("exams.registration.date-of-birth", $"'{row.DateOfBirth}' is not a valid date of birth (yyyy-MM-dd).") { Args = [row.DateOfBirth] });
            }

            var email = row.Email?.Trim().ToLowerInvariant() ?? string.Empty;
            if (!MailAddress.TryCreate(email, out _) || email.Length > 320)
            {
                errors.Add(new("exams.registration.email", $"'{row.Email}' is not a valid e-mail address.") { Args = [row.Email] });
            }

            if (session is not null && errors.Count == 0)
            {
                if (today > session.RegistrationDeadline)
                {
                    errors.Add(new("exams.registration.deadline", $"Registration for {session.Code} closed on {session.RegistrationDeadline:yyyy-MM-dd}.", "Examenreglement 3.1 g") { Args = [session.Code, session.RegistrationDeadline] });
                }

                if (!seen.Add((session.Id, email)))
                {
                    errors.Add(new("exams.registration.duplicate-row", $"{email} appears more than once for {session.Code} in this batch.") { Args = [email, session.Code] });
                }

                var candidate = candidates.FirstOrDefault(c => c.Email == email);
                if (candidate is not null && existing.Any(r => r.CandidateId == candidate.Id && r.SessionId == session.Id && r.State != RegistrationState.Cancelled))
                {
                    errors.Add(new("exams.registration.already-registered", $"{email} is already registered for {session.Code}.") { Args = [email, session.Code] });
                }

                // Named by the e-mail address the provider knows him by (not the internal id).
                var folded = PersonNames.Fold(name);
                var exclusions = excludedPeople
                    .Where(x => x.Person.Email == email || (x.Person.DateOfBirth == birth && x.Name == folded))
                    .Select(x => new FraudExclusion(email, x.Person.FraudEstablishedOn!.Value, x.Person.FraudFinding ?? string.Empty));
                errors.AddRange(RegistrationRules.CheckNotExcluded(email, session.ExamDate, exclusions, LmpExam.Regulation).Errors);

                if (row.Resit && (candidate is null || !existing.Any(r => r.CandidateId == candidate.Id && r.SessionId != session.Id && r.State == RegistrationState.Completed)))
                {
                    errors.Add(new("exams.registration.no-previous-sitting", $"{email} has no completed earlier exam to resit.", "Examenreglement 6.4") { Args = [email] });
                }

                if (row.Accommodation is { } accommodation)
                {
                    errors.AddRange(accommodation.Check(session.ExamDate));
                }

                var taken = activeCounts.GetValueOrDefault(session.Id) + accepted.Count(a => a.Session.Id == session.Id);
                if (errors.Count == 0 && taken >= session.Capacity)
                {
                    errors.Add(new("exams.registration.full", $"Session {session.Code} is full ({session.Capacity} places).") { Args = [session.Code, session.Capacity] });
                }
            }

            reports.Add(new(row.Line, row.Email, errors));
            if (errors.Count == 0)
            {
                accepted.Add((row, session!, name, birth, email));
            }
        }

        if (reports.Count == 0 || reports.Any(r => !r.Ok))
        {
            db.RecordEvent(nameof(SessionRegistration), "batch", "RegistrationRefused", "registration batch refused: nothing imported",
                string.Join("; ", reports.Where(r => !r.Ok).Select(r => $"line {r.Line}: {string.Join(", ", r.Errors.Select(e => e.Code))}")));
            await db.SaveChangesAsync(ct);
            return new(false, reports, []);
        }

        var ids = new List<Guid>();
        var numbered = new List<(SessionRegistration Registration, ExamSession Session)>();
        foreach (var (row, session, name, birth, email) in accepted)
        {
            var candidate = candidates.FirstOrDefault(c => c.Email == email);
            if (candidate is null)
            {
                candidate = new ExamCandidate { Name = name, DateOfBirth = birth, Email = email, TrainingProviderId = cmd.TrainingProviderId };
                candidates.Add(candidate);
                db.Add(candidate);
            }

            var registration = new SessionRegistration
            {
                SessionId = session.Id,
                CandidateId = candidate.Id,
                CandidateNumber = "",
                IsResit = row.Resit,
                RegisteredOn = today,
                RegisteredBy = actor.Name,
                Components = [.. LmpExam.ComponentCodes.Select(c => new ExamComponentResult { Code = c })],
            };
            if (row.Accommodation is { } accommodation)
            {
                registration.RequestAccommodation(accommodation.ToRequest(), null, accommodation.Statement!.Trim());
            }

            db.Add(registration);
            ids.Add(registration.Id);
            numbered.Add((registration, session));
        }

        await db.SaveNumberedAsync<SessionRegistration>(
            nameof(SessionRegistration.CandidateNumber),
            accepted.Count == 1 ? "candidate registered" : $"{accepted.Count} candidates registered collectively",
            c => AssignCandidateNumbersAsync(numbered, c),
            ct);
        return new(true, reports, ids);
    }

    /// <summary>
    /// Numbers the new registrations per session after the highest number already stored ("LMP-2026-03-007"). Saved through
    /// <see cref="NumberedSave"/>: when another import took the same numbers at the same moment, they are assigned again.
    /// </summary>
    private async Task AssignCandidateNumbersAsync(List<(SessionRegistration Registration, ExamSession Session)> numbered, CancellationToken ct)
    {
        foreach (var group in numbered.GroupBy(n => n.Session))
        {
            var prefix = group.Key.Code + "-";
            var stored = await db.Set<SessionRegistration>().AsNoTracking()
                .Where(r => r.SessionId == group.Key.Id).Select(r => r.CandidateNumber).ToListAsync(ct);
            var last = stored
                .Select(n => n.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : 0)
                .DefaultIfEmpty(0).Max();
            foreach (var (registration, _) in group)
            {
                registration.CandidateNumber = string.Create(CultureInfo.InvariantCulture, $"{prefix}{++last:000}");
            }
        }
    }
}
