using Touchstone.App.Data;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

public sealed record SaveChecklist(Guid CaseId, IReadOnlyDictionary<string, bool?> Answers, DateOnly? PostmarkDate, DateOnly? ProofOfSendingDate);

/// <summary>
/// Staff record their checklist answers. The first save starts the admissibility check (Received →
/// Admissibility). Returns the domain's verdict so the page names every failed requirement.
/// </summary>
public sealed class SaveChecklistHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<Result<AdmissibilityVerdict>> HandleAsync(SaveChecklist command, CaseActor actor, CancellationToken ct)
    {
        var dossier = await CaseAccess.FindVisibleAsync(db, command.CaseId, actor, ct);
        if (dossier is null)
        {
            return new DomainError("cases.not-found", "No such case.");
        }

        var c = dossier.Case;
        var today = CaseClock.Today(time);
        if (c.State == CaseState.Received)
        {
            var started = c.StartAdmissibilityCheck(actor.RoleFor(c, CaseState.Received, CaseState.Admissibility), actor.Name, today);
            if (!started.IsSuccess)
            {
                return Result<AdmissibilityVerdict>.Failure(started.Errors);
            }
        }
        else if (c.State != CaseState.Admissibility)
        {
            return new DomainError("cases.checklist.closed", "The admissibility check of this case is already complete.");
        }

        dossier.ChecklistJson = AdmissibilityChecklist.Serialize(c.Type, command.Answers);
        dossier.PostmarkDate = command.PostmarkDate;
        dossier.ProofOfSendingDate = command.ProofOfSendingDate;
        dossier.LastChangedAt = time.GetUtcNow();
        await db.Because($"admissibility checklist of {dossier.Reference} saved by {actor.Name}").SaveChangesAsync(ct);
        return await AdmissibilityChecklist.EvaluateAsync(db, dossier, calendar, ct);
    }
}
