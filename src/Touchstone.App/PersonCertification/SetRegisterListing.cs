using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Staff record an ATP institute's or ACP practice's listing on the register (from, until), with the reason.</summary>
public sealed record SetRegisterListing(Guid OrganisationId, DateOnly? ListedFrom, DateOnly? ListedUntil, string? Reason);

public sealed class SetRegisterListingHandler(TouchstoneDbContext db)
{
    public async Task<Result> HandleAsync(SetRegisterListing command, CmcActor actor, CancellationToken ct)
    {
        if (!actor.Has(CmcRole.BackOffice) && !actor.Has(CmcRole.Administrator))
        {
            return CmcActor.NotAllowed("maintain the ATP and ACP register");
        }

        var organisation = await db.Set<Organisation>().FindAsync([command.OrganisationId], ct);
        if (organisation is null || organisation.Kind is not (OrganisationKind.AtpInstitute or OrganisationKind.AcpPractice))
        {
            return new DomainError("cmc.register.not-atp-or-acp", "Only ATP institutes and ACP practices are listed on these registers.", "Certificeren? ATP/ACP stap 3");
        }

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return new DomainError("cmc.register.reason-required", "Give the reason for the change (e.g. the register holder's decision).");
        }

        var valid = RegisterListing.Validate(command.ListedFrom, command.ListedUntil);
        if (!valid.IsSuccess)
        {
            return valid;
        }

        organisation.RegisterListedFrom = command.ListedFrom;
        organisation.RegisterListedUntil = command.ListedUntil;
        await db.Because($"{organisation.Kind} register listing of {organisation.Name}: {command.Reason.Trim()}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
