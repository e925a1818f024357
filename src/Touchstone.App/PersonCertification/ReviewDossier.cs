using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>The dossier review (CRP toetst dossier): complete, or more needed with reasons (sent to the candidate).</summary>
public sealed record ReviewDossier(Guid ApplicationId, bool Complete, IReadOnlyList<string> Reasons);

public sealed class ReviewDossierHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer, GetCeDashboardHandler ce)
{
    public async Task<Result> HandleAsync(ReviewDossier command, CmcActor actor, CancellationToken ct)
    {
        var app = await CmcLookups.LoadAsync(db, command.ApplicationId, ct);
        if (app is null)
        {
            return CmcLookups.NotFound();
        }

        if (!actor.Has(CmcRole.BackOffice))
        {
            return CmcActor.NotAllowed("review the dossier");
        }

        var now = time.GetUtcNow();
        if (!command.Complete)
        {
            var reasons = command.Reasons.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToArray();
            if (reasons.Length == 0)
            {
                return new DomainError("cmc.review.reasons-required", "Say what is missing or wrong in the dossier.", "Certificeren? Adviseur 5 (CRP toetst dossier)");
            }

            var taken = app.Take(CmcStep.MarkReviewIncomplete, CmcRole.BackOffice, actor.UserId, now, string.Join("; ", reasons));
            if (!taken.IsSuccess)
            {
                return taken;
            }

            app.ReviewIncompleteReasons = string.Join("\n", reasons);
            mailer.Queue(app.CandidateEmail, "CMC: uw dossier is nog niet compleet / your dossier is not yet complete",
                "Bij de toetsing van uw dossier ontbreekt nog het volgende / The dossier review found:\n- " + string.Join("\n- ", reasons));
            await db.Because("CMC dossier review: more needed").SaveChangesAsync(ct);
            return Result.Ok;
        }

        // ACP and recertification: continuing education must meet the rules before the review passes.
        CeDashboard? dashboard = null;
        if (app.Route is CmcRoute.AcpNomination or CmcRoute.Recertification)
        {
            dashboard = (await ce.HandleAsync(new GetCeDashboard(app.CandidateUserId), ct)).Dashboard;
            if (!dashboard.IsCompliant)
            {
                return new DomainError("cmc.review.ce-not-compliant",
                    "Continuing education does not meet the rules (hours, EQF level or gaps).", "Bijlage Permanente Educatie; Certificeren? ACP stap 4");
            }
        }

        var done = app.Take(CmcStep.MarkReviewComplete, CmcRole.BackOffice, actor.UserId, now);
        if (!done.IsSuccess)
        {
            return done;
        }

        app.ReviewIncompleteReasons = null;
        await db.Because("CMC dossier review: complete").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
