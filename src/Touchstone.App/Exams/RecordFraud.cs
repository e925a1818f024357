using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="Actor">Examiner on the day (7.8), Director afterwards (7.9); anyone else is refused (<see cref="ExamAuthority.CheckFraudFinding"/>).</param>
public sealed record RecordFraud(Guid RegistrationId, string Finding, RegistrationActor Actor);

/// <summary>
/// Fraud (Examenreglement 7.9): the exam is declared invalid, a diploma already issued is revoked, the
/// candidate is excluded from every exam for five years and is told so in writing.
/// </summary>
public sealed class RecordFraudHandler(TouchstoneDbContext db, TimeProvider time, ICurrentActor actor, Mailer mailer)
{
    public async Task<Result> HandleAsync(RecordFraud cmd, CancellationToken ct)
    {
        var (registration, session) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null || session is null)
        {
            return LmpExam.NotFound("The registration");
        }

        var authority = ExamAuthority.CheckFraudFinding(cmd.Actor);
        if (!authority.IsSuccess)
        {
            db.RecordEvent(nameof(SessionRegistration), registration.Id.ToString(), "FraudFindingRefused", $"{actor.Name} ({cmd.Actor}) may not establish fraud (Examenreglement 7.9)");
            await db.SaveChangesAsync(ct);
            return authority;
        }

        if (string.IsNullOrWhiteSpace(cmd.Finding))
        {
            return new DomainError("exams.fraud.finding", "Describe what was found.", "Examenreglement 7.9");
        }

        var now = time.GetUtcNow();
        if (registration.State != RegistrationState.Invalidated)
        {
            var moved = LmpExam.Move(registration, session, RegistrationState.Invalidated, cmd.Actor, actor.Id, now, "fraude: " + cmd.Finding);
            if (!moved.IsSuccess)
            {
                return moved;
            }
        }

        var today = time.Today();
        foreach (var component in registration.Components)
        {
            component.Invalid = true;
        }

        var candidate = await db.Set<ExamCandidate>().FirstAsync(c => c.Id == registration.CandidateId, ct);
        candidate.FraudEstablishedOn = today;
        candidate.FraudFinding = cmd.Finding.Trim();
        var diploma = await db.Set<Diploma>().FirstOrDefaultAsync(d => d.RegistrationId == registration.Id && d.RevokedOn == null, ct);
        if (diploma is not null)
        {
            diploma.RevokedOn = today;
            diploma.RevocationReason = "Fraud (Examenreglement 7.9): " + cmd.Finding.Trim();
        }

        var until = new FraudExclusion(candidate.Id.ToString(), today, cmd.Finding).ExcludedUntil(LmpExam.Regulation);

        // Registrations for later exams within the five years fall away (the exclusion is the institute's rule, applied for the director).
        var pending = await (from r in db.Set<SessionRegistration>()
                             join s in db.Set<ExamSession>() on r.SessionId equals s.Id
                             where r.CandidateId == candidate.Id && r.Id != registration.Id && r.State == RegistrationState.Registered && s.ExamDate >= today && s.ExamDate < until
                             select new { Registration = r, Session = s }).ToListAsync(ct);
        foreach (var p in pending)
        {
            LmpExam.Move(p.Registration, p.Session, RegistrationState.Excluded, RegistrationActor.Director, actor.Id, now, "excluded after fraud (Examenreglement 7.9)");
        }

        mailer.Queue(candidate.Email, "Uitslag LMP-examen ongeldig verklaard",
            $"Beste {candidate.Name},\n\nBij uw examen van {session.ExamDate:dd-MM-yyyy} is frauduleus handelen vastgesteld: {cmd.Finding.Trim()}\n" +
            $"Het examen is ongeldig verklaard{(diploma is null ? string.Empty : " en uw diploma " + diploma.Number + " is ingetrokken")}. " +
            $"U bent tot {until:dd-MM-yyyy} uitgesloten van deelname aan examens van Cinses (Examenreglement 7.9).");
        await db.Because("fraud established (Examenreglement 7.9)").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
