using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>More time for the report: a later date and a reason; the candidate is told by e-mail in the same save.</summary>
public sealed record ExtendReportTerm(Guid ApplicationId, DateOnly NewDueDate, string? Reason);

public sealed class ExtendReportTermHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer)
{
    public async Task<Result> HandleAsync(ExtendReportTerm command, CmcActor actor, CancellationToken ct)
    {
        var app = await CmcLookups.LoadAsync(db, command.ApplicationId, ct);
        if (app is null)
        {
            return CmcLookups.NotFound();
        }

        if (!(actor.Has(CmcRole.BackOffice) || (actor.Has(CmcRole.Assessor) && app.IsAssessor(actor.UserId))))
        {
            return CmcActor.NotAllowed("extend the report term");
        }

        if (app.AssessmentDate is not { } held || app.State is not (CmcApplicationState.AssessmentScheduled or CmcApplicationState.Assessed))
        {
            return new DomainError("cmc.report.no-term", "There is no running report term.", "CMC-reglement: na een assessment");
        }

        var now = time.GetUtcNow();
        var term = new ReportTerm(held, CmcSchemeFile.Current);
        if (app.ReportDueDate is { } due && due != term.OriginalDueDate)
        {
            term.Extend(due, app.ReportExtensionReason ?? "earlier extension", actor.UserGuid, now);
        }

        var message = mailer.Queue(app.CandidateEmail, "CMC: meer tijd voor het verslag / more time for the report",
            $"Het verslag van uw assessment komt uiterlijk {command.NewDueDate:yyyy-MM-dd}. Reden: {command.Reason}\n" +
            $"The report of your assessment will be ready by {command.NewDueDate:yyyy-MM-dd}. Reason: {command.Reason}");
        var extended = term.Extend(command.NewDueDate, command.Reason ?? "", actor.UserGuid, message.CreatedAt);
        if (!extended.IsSuccess)
        {
            db.Outbox.Remove(message);
            return extended;
        }

        app.ReportDueDate = term.DueDate;
        app.ReportExtensionReason = command.Reason!.Trim();
        await db.Because($"CMC report term extended to {command.NewDueDate:yyyy-MM-dd}: {command.Reason}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
