using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// The candidate requests the assessment and so consents to the assessors reading the development report
/// (seed 000: requesting the assessment gives that consent). Recorded once, with the moment.
/// </summary>
public sealed record RequestAssessment(Guid ApplicationId, bool ConsentToShareReport);

public sealed class RequestAssessmentHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(RequestAssessment command, CmcActor actor, CancellationToken ct)
    {
        var app = await CmcLookups.LoadAsync(db, command.ApplicationId, ct);
        if (app is null)
        {
            return CmcLookups.NotFound();
        }

        if (app.CandidateUserId != actor.UserId)
        {
            return CmcActor.NotAllowed("request the assessment");
        }

        if (!command.ConsentToShareReport)
        {
            return new DomainError("cmc.assessment.consent-required", "Requesting the assessment means the assessors read your development report; tick the consent.", "CMC-reglement: assessment");
        }

        if (app.State is not (CmcApplicationState.ReviewComplete or CmcApplicationState.InvitedToAssessment))
        {
            return new DomainError("cmc.assessment.not-yet", "The assessment can be requested once the dossier review is complete.", "Certificeren? Adviseur 5-6");
        }

        if (app.ConsentGivenAt is not null)
        {
            return Result.Ok;
        }

        var now = time.GetUtcNow();
        app.ConsentGivenAt = now;
        app.Steps.Add(new CmcStepEntry { ApplicationId = app.Id, Step = CmcStep.InviteToAssessment, From = app.State, To = app.State, ActorUserId = actor.UserId, Role = CmcRole.Candidate, At = now, Note = "Assessment requested; consent to share the development report" });
        await db.Because("CMC assessment requested with consent").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
