using Microsoft.EntityFrameworkCore;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record ReleaseResults(Guid SessionId);

/// <summary>What a release did: results sent, withheld for payment (6.4), still pending marking.</summary>
public sealed record ReleaseOutcome(int Sent, int WithheldForPayment, int Pending);

/// <summary>
/// Sends final results to the candidates (Examenreglement 9.1): only when every component is final, and not
/// while the payment is incomplete. Each component keeps the date its result was sent (the objection term runs from it).
/// </summary>
public sealed class ReleaseResultsHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer, WorkingDayCalendar calendar)
{
    public async Task<Result<ReleaseOutcome>> HandleAsync(ReleaseResults cmd, CancellationToken ct)
    {
        var session = await db.Set<ExamSession>().FindAsync([cmd.SessionId], ct);
        if (session is null)
        {
            return LmpExam.NotFound("The session");
        }

        var registrations = await db.Set<SessionRegistration>().Include(r => r.Components)
            .Where(r => r.SessionId == session.Id && r.State == RegistrationState.Completed).ToListAsync(ct);
        var candidateIds = registrations.Select(r => r.CandidateId).ToList();
        var candidates = await db.Set<ExamCandidate>().Where(c => candidateIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var today = time.Today();
        int sent = 0, withheld = 0, pending = 0;
        foreach (var registration in registrations.Where(r => r.Components.Any(c => c.ResultSentOn is null)))
        {
            var overall = Overall(registration);
            if (!overall.IsFinal)
            {
                pending++;
                continue;
            }

            if (!ResultRules.CheckRelease(registration.Paid).IsSuccess)
            {
                withheld++;
                db.RecordEvent(nameof(SessionRegistration), registration.Id.ToString(), "ResultWithheld", "payment incomplete (Examenreglement 6.4)");
                continue;
            }

            foreach (var component in registration.Components)
            {
                component.ResultSentOn = today;
            }

            var candidate = candidates[registration.CandidateId];

            // The objection term comes from the scheme's case configuration, counted on the working-day calendar.
            var objectionDeadline = CaseSchemes.DeadlinesFor(Schemes.Lmp, calendar).ObjectionFilingDeadline(today);
            mailer.Queue(candidate.Email, "Uitslag LMP-examen",
                $"Beste {candidate.Name},\n\nDe uitslag van uw LMP-examen van {session.ExamDate:dd-MM-yyyy} (kandidaatnummer {registration.CandidateNumber}):\n" +
                string.Join("\n", registration.Components.OrderBy(c => LmpExam.ComponentCodes.ToList().IndexOf(c.Code)).Select(c => $"- {LmpExam.Blueprint.Component(c.Code).Name}: {c.Band}")) +
                $"\n\nEindresultaat: {(overall.Status == OverallStatus.Passed ? "geslaagd" : "niet geslaagd")}.\n" +
                $"U kunt tot en met {objectionDeadline:dd-MM-yyyy} bezwaar maken bij de examencommissie (Examenreglement 14).");
            sent++;
        }

        await db.Because($"results released for {session.Code} (Examenreglement 9.1)").SaveChangesAsync(ct);
        return new ReleaseOutcome(sent, withheld, pending);
    }

    /// <summary>The overall result: invalid components count as Onvoldoende; open components keep it pending.</summary>
    public static OverallResult Overall(SessionRegistration registration) =>
        ResultRules.Overall(LmpExam.Blueprint, [.. registration.Components.Select(c => new ComponentResult(
            c.Code, c.Invalid ? ResultBand.Onvoldoende : c.Band ?? ResultBand.Onvoldoende, c.Invalid || (c.IsFinal && c.Band is not null)))]);
}
