using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.App.Mail;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

public sealed record DecideCase(Guid CaseId, CaseOutcome Outcome, string? Motivation);

/// <summary>
/// Records the decision: the committee on a comment or objection, the director on a complaint, the office
/// recording the appeals board's ruling. The motivated decision on an objection or complaint goes out as
/// a PDF letter (kept in the file store) and by e-mail. An upheld objection against a CMC refusal is carried out by the
/// certificatiebeslisser: the CMC decision-makers are told by e-mail to take the new decision, and the case shows the
/// follow-up as pending until he has (<see cref="CmcDecisionLink.AwaitsNewDecision"/>).
/// </summary>
public sealed class DecideCaseHandler(TouchstoneDbContext db, TimeProvider time, FileStore files, Mailer mailer)
{
    public async Task<Result> HandleAsync(DecideCase command, CaseActor actor, CancellationToken ct)
    {
        var dossier = await CaseAccess.FindVisibleAsync(db, command.CaseId, actor, ct);
        if (dossier is null)
        {
            return new DomainError("cases.not-found", "No such case.");
        }

        var c = dossier.Case;
        // Re-marking belongs to an objection on an exam result; an upheld objection against a certification decision is
        // carried out by the decision-maker's new decision on the application (CmcDecisionLink, GrantAfterObjection).
        if (c.Type == CaseType.Objection && ExamResultLink.Applies(c.Type, c.SchemeCode)
            && command.Outcome is CaseOutcome.Upheld or CaseOutcome.PartlyUpheld && dossier.NewResult is null)
        {
            return new DomainError("cases.decision.no-remarking",
                "Record the re-marking of the whole component before upholding the objection.", "Examenreglement 11.1");
        }

        var today = CaseClock.Today(time);
        var motivation = string.IsNullOrWhiteSpace(command.Motivation) ? null : command.Motivation.Trim();
        var decided = c.Decide(command.Outcome, motivation, actor.RoleFor(c, c.State, CaseState.Decided), actor.Name, today);
        if (!decided.IsSuccess)
        {
            return decided;
        }

        dossier.LastChangedAt = time.GetUtcNow();
        if (c.Type is CaseType.Objection or CaseType.Complaint)
        {
            var appealBody = CaseSchemes.Find(c.SchemeCode)?.CaseTypes.FirstOrDefault(t => t.Type == CaseType.Appeal)?.AppealBody;
            var pdf = DecisionLetter.Render(dossier, actor.Name, appealBody);
            var letter = files.Add($"{dossier.Reference}-beslissing.pdf", pdf, UploadPolicy.Documents);
            if (!letter.IsSuccess)
            {
                throw new InvalidOperationException("The decision letter could not be stored: " + string.Join("; ", letter.Errors));
            }

            dossier.DecisionLetterFileId = letter.Value.Id;
            if (dossier.SubmitterEmail is { } email)
            {
                mailer.Queue(email, CaseMails.DecisionSubject(dossier), CaseMails.Decision(dossier, appealBody));
            }
        }

        if (c.Outcome is CaseOutcome.Upheld or CaseOutcome.PartlyUpheld && dossier.CmcApplicationId is { } applicationId
            && await CmcLookups.LoadAsync(db, applicationId, ct) is { } application
            && CmcDecisionLink.AwaitsNewDecision(c, new CmcDecisionTarget(application.Id, application.CandidateName, application.State, application.Decision, application.DecidedOn)))
        {
            // Only the certificatiebeslisser certifies: he carries out the upheld objection with a new decision.
            foreach (var email in await CmcLookups.DecisionMakerEmailsAsync(db, application, ct))
            {
                mailer.Queue(email, CaseMails.NewCmcDecisionSubject(dossier), CaseMails.NewCmcDecision(dossier, application.Id, application.CandidateName));
            }
        }

        await ExamResultLink.SyncHoldAsync(db, dossier.ExamComponentId, ct);
        await db.Because($"{dossier.Reference} decided: {command.Outcome}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
