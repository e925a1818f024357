using Touchstone.App.Data;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

/// <summary>Staff link an objection to the exam result it is about when the letter did not name it clearly.</summary>
public sealed record LinkExamResult(Guid CaseId, string? ExamReference, string? CandidateNumber, string? ComponentCode);

/// <summary>
/// Resolves the session code, candidate number and component to the exam result and links the objection
/// to it (the texts are replaced by what staff entered). The hold on the work moves with the link.
/// </summary>
public sealed class LinkExamResultHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(LinkExamResult command, CaseActor actor, CancellationToken ct)
    {
        var dossier = await CaseAccess.FindVisibleAsync(db, command.CaseId, actor, ct);
        if (dossier is null)
        {
            return new DomainError("cases.not-found", "No such case.");
        }

        if (!ExamResultLink.Applies(dossier.Case.Type, dossier.Case.SchemeCode))
        {
            return new DomainError("cases.link.not-applicable", "Only an objection against an LMP exam result is linked to an exam result.", "Examenreglement 11.1");
        }

        if (!dossier.Case.IsOpen || dossier.NewResult is not null)
        {
            return new DomainError("cases.link.fixed", "The exam result can only be changed while the objection is open and not yet re-marked.");
        }

        var target = await ExamResultLink.ResolveAsync(db, command.ExamReference, command.CandidateNumber, command.ComponentCode, ct);
        if (target is null)
        {
            return new DomainError("cases.link.not-found",
                $"No exam result matches session '{command.ExamReference}', candidate number '{command.CandidateNumber}' and component '{command.ComponentCode}'.")
            { Args = [command.ExamReference, command.CandidateNumber, command.ComponentCode] };
        }

        var previous = dossier.ExamComponentId;
        dossier.ExamReference = command.ExamReference?.Trim();
        dossier.CandidateReference = command.CandidateNumber?.Trim();
        dossier.ComponentCode = command.ComponentCode?.Trim();
        dossier.ExamRegistrationId = target.RegistrationId;
        dossier.ExamComponentId = target.ComponentId;
        dossier.LastChangedAt = time.GetUtcNow();
        if (previous != target.ComponentId)
        {
            await ExamResultLink.SyncHoldAsync(db, previous, ct);
        }

        await ExamResultLink.SyncHoldAsync(db, target.ComponentId, ct);
        await db.Because($"{dossier.Reference} linked to the exam result {dossier.CandidateReference} / {dossier.ComponentCode} by {actor.Name}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
