using Touchstone.App.Data;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

/// <param name="LodgedOn">The date the appeal was lodged with the appeals board (null: today).</param>
public sealed record OpenAppeal(Guid AppealedCaseId, DateOnly? LodgedOn, string? Note);

/// <summary>
/// Records an appeal to the external board against a decided (or overdue) objection or complaint
/// (Examenreglement 13.2, 15). An appeal about a complaint is as confidential as the complaint.
/// </summary>
public sealed class OpenAppealHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<Result<CaseDossier>> HandleAsync(OpenAppeal command, CaseActor actor, CancellationToken ct)
    {
        var appealed = await CaseAccess.FindVisibleAsync(db, command.AppealedCaseId, actor, ct);
        if (appealed is null)
        {
            return new DomainError("cases.not-found", "No such case.");
        }

        // The appeal is lodged with the external board; the office (or the director) records it here.
        if (!actor.CaseRoles.Any(r => r is CaseRole.BackOffice or CaseRole.Director))
        {
            return new DomainError("cases.appeal.record-role", "Only the back office or the director records an appeal.", "Examenreglement 15");
        }

        var lodgedOn = command.LodgedOn ?? CaseClock.Today(time);
        var deadlines = CaseSchemes.DeadlinesFor(appealed.Case.SchemeCode, calendar);
        var opened = Case.OpenAppeal(appealed.Case, deadlines, lodgedOn, appealed.SubmitterName, CaseRole.BackOffice);
        if (!opened.IsSuccess)
        {
            return Result<CaseDossier>.Failure(opened.Errors);
        }

        var now = time.GetUtcNow();
        var dossier = new CaseDossier
        {
            Id = opened.Value.Id,
            Case = opened.Value,
            Reference = "",
            SubmitterName = appealed.SubmitterName,
            SubmitterEmail = appealed.SubmitterEmail,
            SubmitterAddress = appealed.SubmitterAddress,
            SubmitterPhone = appealed.SubmitterPhone,
            Channel = SubmissionChannel.OrdinaryLetter,
            Description = string.IsNullOrWhiteSpace(command.Note) ? $"Beroep tegen {appealed.Reference}" : command.Note.Trim(),
            ExamReference = appealed.ExamReference,
            CandidateReference = appealed.CandidateReference,
            ComponentCode = appealed.ComponentCode,
            ExamRegistrationId = appealed.ExamRegistrationId,
            ExamComponentId = appealed.ExamComponentId,
            Confidential = appealed.Confidential,
            RegisteredAt = now,
            LastChangedAt = now,
        };
        db.Add(opened.Value);
        db.Add(dossier);
        appealed.LastChangedAt = now;
        await ExamResultLink.SyncHoldAsync(db, dossier.ExamComponentId, ct);
        await db.SaveNumberedAsync<CaseDossier>(nameof(CaseDossier.Reference), $"appeal against {appealed.Reference} recorded by {actor.Name}",
            async c => dossier.Reference = await RegisterCaseHandler.NextReferenceAsync(db, CaseType.Appeal, lodgedOn.Year, c, dossier), ct);
        return dossier;
    }
}
