using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;

namespace Touchstone.App.Cases;

/// <summary>
/// Reminds the staff handling an open case that its decision or answer is due soon: the scheme's number of
/// working days before the due date (frameworks/case-types.yaml, <c>reminderWorkingDaysBefore</c>), once per
/// case and due date, through the outbox. A confidential complaint (and its appeal) is named only to the
/// director and the staff he designated (Examenreglement 13.1); other cases go to the people who decide them
/// and the back office that keeps the register. Run hourly by <see cref="CaseDeadlineJob"/>.
/// </summary>
public sealed class SendCaseRemindersHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar, Mailer mailer)
{
    private static readonly CaseState[] Open = [CaseState.Received, CaseState.Admissibility, CaseState.InHandling];

    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var dossiers = await db.Set<CaseDossier>().Include(d => d.Case).AsSplitQuery()
            .Where(d => Open.Contains(d.Case.State)).ToListAsync(ct);
        var today = CaseClock.Today(time);
        var reminded = 0;
        foreach (var dossier in dossiers)
        {
            var entry = DeadlinesBoard.EntryFor(dossier.Case, CaseSchemes.DeadlinesFor(dossier.Case.SchemeCode, calendar), today);
            if (!entry.ReminderDue || entry.DueDate is not { } due || dossier.ReminderSentForDue == due)
            {
                continue;
            }

            var recipients = await RecipientsAsync(dossier, ct);
            foreach (var email in recipients)
            {
                mailer.Queue(email, CaseMails.ReminderSubject(dossier, due), CaseMails.Reminder(dossier, due, entry.WorkingDaysLeft ?? 0));
            }

            if (recipients.Count == 0)
            {
                db.RecordEvent(nameof(CaseDossier), dossier.Id.ToString(), "ReminderWithoutRecipient", $"{dossier.Reference} due {due:yyyy-MM-dd}: nobody to remind");
            }

            dossier.ReminderSentForDue = due;
            dossier.LastChangedAt = time.GetUtcNow();
            reminded++;
        }

        if (reminded > 0)
        {
            await db.Because("case deadline approaching: staff reminded").SaveChangesAsync(ct);
        }

        return reminded;
    }

    /// <summary>The e-mail addresses of the active staff handling the case.</summary>
    private async Task<IReadOnlyList<string>> RecipientsAsync(CaseDossier dossier, CancellationToken ct)
    {
        var c = dossier.Case;
        List<string> userIds;
        if (dossier.Confidential)
        {
            var designated = db.Set<CaseDesignation>().Where(x => x.CaseId == dossier.Id).Select(x => x.UserId);
            userIds = await db.RoleGrants.Where(g => g.Role == Role.Director).Select(g => g.UserId)
                .Concat(designated).Distinct().ToListAsync(ct);
        }
        else
        {
            var roles = CaseTransitions.Roles(c.Type, CaseState.InHandling, CaseState.Decided, c.DecidingRole)
                .Select(ToRole).Append(Role.BackOffice).Distinct().ToArray();
            var scheme = c.SchemeCode;
            userIds = await db.RoleGrants.Where(g => roles.Contains(g.Role) && (g.Scheme == null || g.Scheme == scheme))
                .Select(g => g.UserId).Distinct().ToListAsync(ct);
        }

        return await db.Users.Where(u => userIds.Contains(u.Id) && u.IsActive && u.Email != null)
            .OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(ct);
    }

    private static Role ToRole(CaseRole role) => role switch
    {
        CaseRole.Director => Role.Director,
        CaseRole.ExamCommittee => Role.ExamCommitteeMember,
        _ => Role.BackOffice,
    };
}
