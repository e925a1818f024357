using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>A candidate applies (CRP form, ATP graduate with institute and diploma date, or recertification).</summary>
public sealed record ApplyForCmc(CmcRoute Route, string Town, Guid? AtpInstituteId, DateOnly? DiplomaDate, bool ClaimsExemption);

public sealed class ApplyForCmcHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result<Guid>> HandleAsync(ApplyForCmc command, CmcActor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(command.Town))
        {
            return new DomainError("cmc.apply.town-required", "State your town (it is shown in the public register).");
        }

        var user = await db.Set<User>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == actor.UserId, ct);
        if (user is null || !actor.Has(CmcRole.Candidate))
        {
            return CmcActor.NotAllowed("apply");
        }

        if (await db.Set<CmcApplicationRecord>().AnyAsync(a => a.CandidateUserId == actor.UserId
                && a.State != CmcApplicationState.Registered && a.State != CmcApplicationState.Refused && a.State != CmcApplicationState.Withdrawn, ct))
        {
            return new DomainError("cmc.apply.open-application", "You already have an open CMC application.");
        }

        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7();
        Result<CmcApplication> started;
        if (command.Route == CmcRoute.AtpGraduate)
        {
            if (command.AtpInstituteId is not { } institute || command.DiplomaDate is not { } diplomaDate)
            {
                return new DomainError("cmc.apply.atp-details", "Choose the ATP institute and give the diploma date.", "Certificeren? ATP stap 4");
            }

            var register = await CmcLookups.RegisterAsync(db, OrganisationKind.AtpInstitute, ct);
            started = CmcApplication.ApplyAsAtpGraduate(id, actor.UserGuid, institute, diplomaDate, register, actor.UserGuid, CmcRole.Candidate, now);
        }
        else if (command.Route == CmcRoute.AcpNomination)
        {
            return new DomainError("cmc.apply.acp-by-practice", "On the ACP route the practice nominates you.", "Certificeren? ACP stap 5");
        }
        else if (command.Route == CmcRoute.Recertification)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var held = (await db.Set<CmcCertificateRecord>().AsNoTracking().Where(c => c.HolderUserId == actor.UserId).ToListAsync(ct))
                .Select(c => c.StatusOn(today));
            started = CmcApplication.ApplyForRecertification(id, actor.UserGuid, held, actor.UserGuid, CmcRole.Candidate, now);
        }
        else
        {
            started = CmcApplication.Apply(id, command.Route, actor.UserGuid, actor.UserGuid, CmcRole.Candidate, now);
        }

        if (!started.IsSuccess)
        {
            return Result<Guid>.Failure(started.Errors);
        }

        var record = new CmcApplicationRecord
        {
            Id = id,
            Route = command.Route,
            CandidateUserId = actor.UserId,
            CandidateName = user.DisplayName,
            CandidateEmail = user.Email ?? "",
            CandidateTown = command.Town.Trim(),
            OrganisationId = command.Route == CmcRoute.AtpGraduate ? command.AtpInstituteId : null,
            DiplomaDate = command.DiplomaDate,
            ExemptionClaimed = command.Route == CmcRoute.Recertification && command.ClaimsExemption,
            AppliedAt = now,
        };
        record.Steps.Add(new CmcStepEntry { ApplicationId = id, Step = CmcStep.Apply, From = CmcApplicationState.Applied, To = CmcApplicationState.Applied, ActorUserId = actor.UserId, Role = CmcRole.Candidate, At = now });
        db.Add(record);
        await db.Because($"CMC application ({command.Route})").SaveChangesAsync(ct);
        return id;
    }
}
