using Touchstone.App.Data;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

/// <param name="InvolvedEarlier">Account ids (or names) of the markers, examiner and committee members involved in the original result.</param>
public sealed record RecordRemarking(
    Guid CaseId,
    string ComponentCode,
    bool WholeComponentRemarked,
    string OriginalResult,
    string NewResult,
    string RemarkerId,
    string RemarkerName,
    IReadOnlyList<string> InvolvedEarlier);

/// <summary>
/// Records the re-marking of the whole component after an objection by someone not involved before
/// (Examenreglement 11.1). The original result is kept next to the new one.
/// </summary>
public sealed class RecordRemarkingHandler(TouchstoneDbContext db, TimeProvider time)
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
        var remarking = ObjectionRemarking.Record(
            dossier.Case, command.ComponentCode.Trim(), command.WholeComponentRemarked, command.OriginalResult.Trim(),
            command.NewResult.Trim(), command.RemarkerId, command.InvolvedEarlier, today);
        if (!remarking.IsSuccess)
        {
            // The domain names the re-marker by account id; the person reading the page knows the name.
            return Result.Failure([.. remarking.Errors.Select(e => e.Code == "objection.remarker-involved"
                ? e with { Message = e.Message.Replace(command.RemarkerId, command.RemarkerName, StringComparison.OrdinalIgnoreCase), Args = [command.RemarkerName] }
                : e)]);
        }

        var r = remarking.Value;
        dossier.ComponentCode = r.ComponentCode;
        dossier.OriginalResult = r.OriginalResult;
        dossier.NewResult = r.NewResult;
        dossier.RemarkerId = r.RemarkerId;
        dossier.RemarkerName = command.RemarkerName;
        dossier.RemarkedOn = r.RemarkedOn;
        dossier.LastChangedAt = time.GetUtcNow();
        await db.Because($"{dossier.Reference}: component {r.ComponentCode} re-marked by {command.RemarkerName}: {r.OriginalResult} → {r.NewResult}")
            .SaveChangesAsync(ct);
        return Result.Ok;
    }
}
