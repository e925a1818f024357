using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

/// <summary>
/// Completes the admissibility check with the domain's verdict on the saved checklist: admissible → in
/// handling; otherwise inadmissible with every failed requirement recorded, and the person is told why.
/// Declaring an objection inadmissible is the committee's ruling (the transition table says who may).
/// </summary>
public sealed class CompleteAdmissibilityHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar, Mailer mailer, IDutchRuleMessages dutch)
{
    public async Task<Result<AdmissibilityVerdict>> HandleAsync(Guid caseId, CaseActor actor, CancellationToken ct)
    {
        var dossier = await CaseAccess.FindVisibleAsync(db, caseId, actor, ct);
        if (dossier is null)
        {
            return new DomainError("cases.not-found", "No such case.");
        }

        var c = dossier.Case;
        var today = CaseClock.Today(time);
        if (c.State == CaseState.Received && c.Type == CaseType.Appeal)
        {
            var started = c.StartAdmissibilityCheck(actor.RoleFor(c, CaseState.Received, CaseState.Admissibility), actor.Name, today);
            if (!started.IsSuccess)
            {
                return Result<AdmissibilityVerdict>.Failure(started.Errors);
            }
        }

        if (c.State != CaseState.Admissibility)
        {
            return new DomainError("cases.checklist.not-started", "Save the admissibility checklist first.");
        }

        var verdict = await AdmissibilityChecklist.EvaluateAsync(db, dossier, calendar, ct);
        var target = verdict.IsAdmissible ? CaseState.InHandling : CaseState.Inadmissible;
        var completed = c.CompleteAdmissibility(verdict, actor.RoleFor(c, CaseState.Admissibility, target), actor.Name, today);
        if (!completed.IsSuccess)
        {
            return Result<AdmissibilityVerdict>.Failure(completed.Errors);
        }

        dossier.LastChangedAt = time.GetUtcNow();
        if (target == CaseState.Inadmissible && dossier.SubmitterEmail is { } email)
        {
            mailer.Queue(email, CaseMails.InadmissibleSubject(dossier), CaseMails.Inadmissible(dossier, verdict.Failures, dutch));
        }

        await ExamResultLink.SyncHoldAsync(db, dossier.ExamComponentId, ct);
        var why = verdict.IsAdmissible
            ? $"{dossier.Reference} admissible"
            : $"{dossier.Reference} inadmissible: " + string.Join("; ", verdict.Failures.Select(f => f.Code));
        await db.Because(why).SaveChangesAsync(ct);
        return verdict;
    }
}
