using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>An ACP practice's contact nominates one of its consultants (by e-mail of their account), optionally claiming the exemption.</summary>
public sealed record NominateConsultant(string ConsultantEmail, string Town, ExemptionGroundKind? ExemptionKind, string? ExemptionEvidence);

public sealed class NominateConsultantHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result<Guid>> HandleAsync(NominateConsultant command, CmcActor actor, CancellationToken ct)
    {
        if (!actor.Has(CmcRole.OrganisationContact) || actor.OrganisationId is not { } practiceId)
        {
            return CmcActor.NotAllowed("nominate");
        }

        var email = command.ConsultantEmail.Trim();
        var consultant = await db.Set<User>().AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct);
        if (consultant is null || !await db.RoleGrants.AnyAsync(g => g.UserId == consultant.Id && g.Role == Role.Candidate, ct))
        {
            return new DomainError("cmc.nominate.unknown-consultant", $"No candidate account with e-mail '{email}'. Ask the consultant to create an account first.") { Args = [email] };
        }

        if (string.IsNullOrWhiteSpace(command.Town))
        {
            return new DomainError("cmc.nominate.town-required", "State the consultant's town (it is shown in the public register).");
        }

        if (command.ExemptionKind is not null && string.IsNullOrWhiteSpace(command.ExemptionEvidence))
        {
            return new DomainError("cmc.exemption.evidence-required", "State the evidence of the employment or contract.", "CMC-reglement: vrijstelling");
        }

        var register = await CmcLookups.RegisterAsync(db, OrganisationKind.AcpPractice, ct);
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7();
        var started = CmcApplication.Nominate(id, Guid.Parse(consultant.Id), consultant.OrganisationId, practiceId, register, actor.UserGuid, CmcRole.OrganisationContact, now);
        if (!started.IsSuccess)
        {
            // A practice trying to nominate someone it may not (not on the ACP register, not its consultant) is audited.
            return Result<Guid>.Failure(await CmcLookups.RecordRefusalAsync(
                db, "CmcNomination", consultant.Id, "NominationRefused", started.Errors, ct));
        }

        var record = new CmcApplicationRecord
        {
            Id = id,
            Route = CmcRoute.AcpNomination,
            CandidateUserId = consultant.Id,
            CandidateName = consultant.DisplayName,
            CandidateEmail = consultant.Email ?? "",
            CandidateTown = command.Town.Trim(),
            OrganisationId = practiceId,
            ExemptionClaimed = command.ExemptionKind is not null,
            ExemptionKind = command.ExemptionKind,
            ExemptionEvidence = command.ExemptionEvidence?.Trim(),
            AppliedAt = now,
        };
        record.Steps.Add(new CmcStepEntry { ApplicationId = id, Step = CmcStep.Apply, From = CmcApplicationState.Applied, To = CmcApplicationState.Applied, ActorUserId = actor.UserId, Role = CmcRole.OrganisationContact, At = now, Note = "Nominated by ACP practice" });
        db.Add(record);
        await db.Because("CMC nomination by ACP practice").SaveChangesAsync(ct);
        return id;
    }
}
