using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Back office invites the candidate to the assessment (CRP step 6); the plan follows.</summary>
public sealed record InviteToAssessment(Guid ApplicationId);

public sealed class InviteToAssessmentHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer)
{
    public async Task<Result> HandleAsync(InviteToAssessment command, CmcActor actor, CancellationToken ct)
    {
        var app = await CmcLookups.LoadAsync(db, command.ApplicationId, ct);
        if (app is null)
        {
            return CmcLookups.NotFound();
        }

        if (!actor.Has(CmcRole.BackOffice))
        {
            return CmcActor.NotAllowed("invite");
        }

        var taken = app.Take(CmcStep.InviteToAssessment, CmcRole.BackOffice, actor.UserId, time.GetUtcNow());
        if (!taken.IsSuccess)
        {
            return taken;
        }

        mailer.Queue(app.CandidateEmail, "CMC: uitnodiging assessment / invitation to the assessment",
            "Uw dossier is compleet. U wordt uitgenodigd voor het CMC-assessment; datum, plaats en assessoren volgen.\n" +
            "Your dossier is complete. You are invited to the CMC assessment; date, place and assessors follow.");
        await db.Because("CMC invitation to the assessment").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
