using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Recertification step 1: the guided peer review with its facilitator, participants and a summary.</summary>
public sealed record RecordPeerReview(Guid ApplicationId, DateOnly HeldOn, string? Facilitator, IReadOnlyList<string> Participants, string? Summary);

public sealed class RecordPeerReviewHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(RecordPeerReview command, CmcActor actor, CancellationToken ct)
    {
        var app = await CmcLookups.LoadAsync(db, command.ApplicationId, ct);
        if (app is null)
        {
            return CmcLookups.NotFound();
        }

        if (CmcLookups.RoleFor(actor, app, CmcStep.RecordPeerReview) is not { } role)
        {
            return CmcActor.NotAllowed("record the peer review");
        }

        var participants = command.Participants.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToArray();
        var record = new PeerReviewRecord(command.HeldOn, command.Facilitator?.Trim() ?? "", participants, command.Summary?.Trim() ?? "");
        if (string.IsNullOrWhiteSpace(record.Facilitator) || participants.Length == 0)
        {
            return new DomainError("cmc.peer-review.incomplete", "A guided peer review names its facilitator and participants.", "Certificeren? Adviseur: Hercertificering 1");
        }

        if (command.HeldOn > DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
        {
            return new DomainError("cmc.peer-review.future", "Record a peer review once it has been held.", "Certificeren? Adviseur: Hercertificering 1");
        }

        var taken = app.Take(CmcStep.RecordPeerReview, role, actor.UserId, time.GetUtcNow(), $"Peer review {command.HeldOn:yyyy-MM-dd}");
        if (!taken.IsSuccess)
        {
            return taken;
        }

        app.PeerReviewHeldOn = record.HeldOn;
        app.PeerReviewFacilitator = record.Facilitator;
        app.PeerReviewParticipants = string.Join(", ", participants);
        app.PeerReviewSummary = record.Summary;
        await db.Because("CMC guided peer review recorded").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
