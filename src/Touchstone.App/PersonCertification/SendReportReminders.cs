using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// Queues the reminders to the assessors about assessment reports not yet in: a number of days (scheme data) before
/// the due date, and an overdue notice from the day after it; each once per due date (CMC-reglement: na een assessment).
/// </summary>
public sealed record SendReportReminders;

public sealed class SendReportRemindersHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer)
{
    public async Task<int> HandleAsync(SendReportReminders command, CancellationToken ct)
    {
        var scheme = CmcSchemeFile.Current;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var horizon = today.AddDays(scheme.ReportReminderDaysBeforeDue);
        var open = await db.Set<CmcApplicationRecord>()
            .Where(a => (a.State == CmcApplicationState.AssessmentScheduled || a.State == CmcApplicationState.Assessed)
                        && a.ReportDueDate != null && a.ReportDueDate <= horizon)
            .ToListAsync(ct);
        var assessorIds = open.SelectMany(a => a.AssessorUserIds).Distinct().ToArray();
        var emails = await db.Users.AsNoTracking().Where(u => assessorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        var sent = 0;
        foreach (var app in open)
        {
            var due = app.ReportDueDate!.Value;
            var kind = ReportReminders.Due(due, today, app.ReportReminderSentFor, app.ReportOverdueNoticeSentFor, scheme);
            if (kind is null)
            {
                continue;
            }

            var (subject, body) = kind == ReportReminderKind.Overdue
                ? ("CMC: assessmentverslag te laat / assessment report overdue",
                    $"Het verslag van het assessment van {app.CandidateName} was uiterlijk {due:yyyy-MM-dd} verwacht en is nog niet ingediend. Dien het in of verleng de termijn (met reden; de kandidaat krijgt bericht).\n" +
                    $"The report of the assessment of {app.CandidateName} was due on {due:yyyy-MM-dd} and has not been submitted. Submit it or extend the term (with a reason; the candidate is told).")
                : ("CMC: assessmentverslag binnenkort verwacht / assessment report due soon",
                    $"Het verslag van het assessment van {app.CandidateName} moet uiterlijk {due:yyyy-MM-dd} zijn ingediend.\n" +
                    $"The report of the assessment of {app.CandidateName} is due on {due:yyyy-MM-dd}.");
            foreach (var assessor in app.AssessorUserIds)
            {
                if (emails.GetValueOrDefault(assessor) is { } email)
                {
                    mailer.Queue(email, subject, body);
                    sent++;
                }
            }

            if (kind == ReportReminderKind.Overdue)
            {
                app.ReportOverdueNoticeSentFor = due;
            }
            else
            {
                app.ReportReminderSentFor = due;
            }
        }

        await db.Because("CMC assessment report reminders").SaveChangesAsync(ct);
        return sent;
    }
}
