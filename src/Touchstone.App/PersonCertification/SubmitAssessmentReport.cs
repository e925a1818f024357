using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>One of the two planned assessors submits the report with the advice (positive with grounds, negative with rationale).</summary>
public sealed record SubmitAssessmentReport(Guid ApplicationId, AdviceKind Advice, string? Motivation, string? Text);

public sealed class SubmitAssessmentReportHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer)
{
    public async Task<Result> HandleAsync(SubmitAssessmentReport command, CmcActor actor, CancellationToken ct)
    {
        var app = await CmcLookups.LoadAsync(db, command.ApplicationId, ct);
        if (app is null)
        {
            return CmcLookups.NotFound();
        }

        if (!actor.Has(CmcRole.Assessor) || !app.IsAssessor(actor.UserId))
        {
            return CmcApplication.NotAPlannedAssessor();
        }

        var advice = command.Advice == AdviceKind.Positive ? AssessmentAdvice.Positive(command.Motivation ?? "") : AssessmentAdvice.Negative(command.Motivation ?? "");
        if (!advice.IsSuccess)
        {
            return Result.Failure([.. advice.Errors]);
        }

        if (string.IsNullOrWhiteSpace(command.Text))
        {
            return new DomainError("cmc.report.text-required", "Write the report.", "CMC-reglement: na een assessment");
        }

        var now = time.GetUtcNow();
        var taken = app.Take(CmcStep.SubmitReport, CmcRole.Assessor, actor.UserId, now, command.Advice.ToString());
        if (!taken.IsSuccess)
        {
            return taken;
        }

        app.Advice = command.Advice;
        app.AdviceMotivation = advice.Value.Motivation;
        app.ReportText = command.Text.Trim();
        app.ReportSubmittedOn = DateOnly.FromDateTime(now.UtcDateTime);
        mailer.Queue(app.CandidateEmail, "CMC: assessmentverslag / assessment report",
            "Het verslag van uw assessment staat in uw dossier; de certificatiebeslisser neemt het besluit.\nThe report of your assessment is in your dossier; the decision-maker decides.");
        foreach (var email in await CmcLookups.DecisionMakerEmailsAsync(db, app, ct))
        {
            mailer.Queue(email, "CMC: assessmentverslag voor besluit / assessment report for decision",
                $"Het assessmentverslag van {app.CandidateName} is ingediend (advies: {command.Advice}); het staat in het dossier voor uw besluit.\n" +
                $"The assessment report of {app.CandidateName} has been submitted (advice: {command.Advice}); it is in the dossier for your decision.");
        }

        await db.Because($"CMC assessment report ({command.Advice})").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
