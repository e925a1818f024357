using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

/// <param name="InvolvedEarlier">
/// Account ids of people staff know were involved in the original result (e.g. committee members who decided);
/// for a linked exam result the markers, examiner and earlier re-markers recorded by the exam are added.
/// </param>
/// <param name="OriginalResult">Only for a case not linked to an exam result: the result as the letter names it.</param>
public sealed record RecordRemarking(
    Guid CaseId,
    string ComponentCode,
    bool WholeComponentRemarked,
    string OriginalResult,
    string NewResult,
    string RemarkerId,
    string RemarkerName,
    IReadOnlyList<string> InvolvedEarlier,
    int? NewPoints = null);

/// <summary>
/// Records the re-marking of the whole component after an objection by someone not involved before
/// (Examenreglement 11.1). For an objection linked to an LMP exam result the new result replaces the
/// component's result in the exam (<see cref="ApplyObjectionRemarkingHandler"/>), the old one kept; the
/// case keeps both as well. An LMP objection must be linked first.
/// </summary>
public sealed class RecordRemarkingHandler(TouchstoneDbContext db, TimeProvider time, ApplyObjectionRemarkingHandler exams)
{
    public async Task<Result> HandleAsync(RecordRemarking command, CaseActor actor, CancellationToken ct)
    {
        var dossier = await CaseAccess.FindVisibleAsync(db, command.CaseId, actor, ct);
        if (dossier is null)
        {
            return new DomainError("cases.not-found", "No such case.");
        }

        if (string.IsNullOrWhiteSpace(command.NewResult) || string.IsNullOrWhiteSpace(command.RemarkerId))
        {
            return new DomainError("cases.remark.incomplete", "Name the re-marker and the new result.");
        }

        var today = CaseClock.Today(time);
        var componentCode = command.ComponentCode.Trim();
        var originalResult = command.OriginalResult.Trim();
        var involved = command.InvolvedEarlier.ToList();
        ExamComponentResult? component = null;
        if (dossier.ExamComponentId is { } componentId)
        {
            component = await db.Set<ExamComponentResult>().AsNoTracking().FirstAsync(c => c.Id == componentId, ct);
            var registrationId = component.RegistrationId;
            var session = await (from reg in db.Set<SessionRegistration>()
                                 join s in db.Set<ExamSession>() on reg.SessionId equals s.Id
                                 where reg.Id == registrationId
                                 select s).AsNoTracking().FirstAsync(ct);
            involved.AddRange(await ApplyObjectionRemarkingHandler.InvolvedAsync(db, component, session, ct));
            componentCode = LmpExam.Blueprint.Component(component.Code).Name;
            originalResult = component.Band is { } band ? ExamResultLink.Label(band) : "-";
        }
        else if (ExamResultLink.Applies(dossier.Case.Type, dossier.Case.SchemeCode))
        {
            return new DomainError("cases.remark.unlinked",
                "Link the objection to the exam result (session, candidate number, component) before recording the re-marking.", "Examenreglement 11.1");
        }

        var newBand = ExamResultLink.ParseBand(command.NewResult);
        if (component is not null && newBand is null)
        {
            return new DomainError("cases.remark.band", $"The new result of an exam component is O, V or G, not '{command.NewResult.Trim()}'.", "Examenreglement 8.6") { Args = [command.NewResult.Trim()] };
        }

        var newResult = newBand is { } parsed && component is not null ? ExamResultLink.Label(parsed) : command.NewResult.Trim();
        var remarking = ObjectionRemarking.Record(
            dossier.Case, componentCode, command.WholeComponentRemarked, originalResult, newResult, command.RemarkerId, involved, today);
        if (!remarking.IsSuccess)
        {
            return Named(remarking.Errors, command);
        }

        var r = remarking.Value;
        dossier.ComponentCode = r.ComponentCode;
        dossier.OriginalResult = r.OriginalResult;
        dossier.NewResult = r.NewResult;
        dossier.RemarkerId = r.RemarkerId;
        dossier.RemarkerName = command.RemarkerName;
        dossier.RemarkedOn = r.RemarkedOn;
        dossier.LastChangedAt = time.GetUtcNow();
        if (component is not null)
        {
            // One save: the exam's new result (old one kept) and the case's record of it.
            var applied = await exams.HandleAsync(new ApplyObjectionRemarking(
                component.Id, dossier.Id, dossier.Reference, newBand!.Value, command.NewPoints, command.RemarkerId, today), ct);
            if (!applied.IsSuccess)
            {
                await db.Entry(dossier).ReloadAsync(ct);
                return Named(applied.Errors, command);
            }

            if (applied.Value.DiplomaIssuable)
            {
                db.RecordEvent(nameof(CaseDossier), dossier.Id.ToString(), "DiplomaIssuable",
                    $"{dossier.Reference}: the candidate passed after the re-marking; the diploma can be issued (Examenreglement 9.3)");
                await db.SaveChangesAsync(ct);
            }

            return Result.Ok;
        }

        await db.Because($"{dossier.Reference}: component {r.ComponentCode} re-marked by {command.RemarkerName}: {r.OriginalResult} → {r.NewResult}")
            .SaveChangesAsync(ct);
        return Result.Ok;
    }

    /// <summary>The rules name the re-marker by account id; the person reading the page knows the name.</summary>
    /// <summary>The domain names the re-marker by account id; the person reading the page knows the name (message and Args).</summary>
    private static Result Named(IEnumerable<DomainError> errors, RecordRemarking command) =>
        Result.Failure([.. errors.Select(e => e with
        {
            Message = e.Message.Replace(command.RemarkerId, command.RemarkerName, StringComparison.OrdinalIgnoreCase),
            Args = [.. e.Args.Select(a => a is string text && string.Equals(text, command.RemarkerId, StringComparison.OrdinalIgnoreCase) ? command.RemarkerName : a)],
        })]);
}
