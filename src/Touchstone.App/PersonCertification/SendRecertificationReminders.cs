using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// Queues the recertification reminders due today (6 and 3 months before expiry, each once) in the outbox. The mail states the
/// last valid day and the time actually left, not the threshold that triggered the reminder.
/// </summary>
public sealed record SendRecertificationReminders;

public sealed class SendRecertificationRemindersHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer)
{
    public async Task<int> HandleAsync(SendRecertificationReminders command, CancellationToken ct)
    {
        var scheme = CmcSchemeFile.Current;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var horizon = today.AddMonths(scheme.ReminderMonthsBeforeExpiry.Max());
        var candidates = await db.Set<CmcCertificateRecord>()
            .Where(c => c.ValidUntil >= today && c.ValidUntil <= horizon && (c.Status == CertificateStatus.Active || c.Status == CertificateStatus.Suspended))
            // Already recertified: a later certificate of the same holder takes over; no reminder for the one ending.
            .Where(c => !db.Set<CmcCertificateRecord>().Any(n => n.HolderUserId == c.HolderUserId && n.Status == CertificateStatus.Active && n.ValidUntil > c.ValidUntil))
            .ToListAsync(ct);
        var holderIds = candidates.Select(c => c.HolderUserId).Distinct().ToArray();
        var emails = await db.Users.AsNoTracking().Where(u => holderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        var sent = 0;
        foreach (var c in candidates)
        {
            foreach (var months in RecertificationReminders.Due(c.ValidUntil, today, c.RemindersSentMonths, scheme))
            {
                if (emails.GetValueOrDefault(c.HolderUserId) is not { } email)
                {
                    continue;
                }

                var (monthsLeft, daysLeft) = RecertificationReminders.TimeLeft(c.ValidUntil, today);
                mailer.Queue(email, $"CMC: hercertificering / recertification ({c.Number})",
                    $"Uw CMC-certificaat {c.Number} is geldig tot en met {c.ValidUntil:yyyy-MM-dd} (nog {Dutch(monthsLeft, daysLeft)}). Start de hercertificering: begeleide intervisie en ontwikkelverslag.\n" +
                    $"Your CMC certificate {c.Number} is valid up to and including {c.ValidUntil:yyyy-MM-dd} ({English(monthsLeft, daysLeft)} left). Start recertification: guided peer review and development report.");
                c.RemindersSent = string.Join(';', c.RemindersSentMonths.Append(months).Distinct());
                sent++;
            }
        }

        await db.Because("CMC recertification reminders").SaveChangesAsync(ct);
        return sent;
    }

    private static string Dutch(int months, int days) =>
        $"{months} {(months == 1 ? "maand" : "maanden")} en {days} {(days == 1 ? "dag" : "dagen")}";

    private static string English(int months, int days) =>
        $"{months} {(months == 1 ? "month" : "months")} and {days} {(days == 1 ? "day" : "days")}";
}
