using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.Web.Features.PersonCertification;

/// <summary>The signed-in user as a CMC actor: the CMC roles of their grants (assessor and decision-maker only when scoped to CMC) and their organisation.</summary>
public static class CmcActors
{
    public static async Task<CmcActor> ForAsync(ClaimsPrincipal user, TouchstoneDbContext db, CancellationToken ct)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var roles = new HashSet<CmcRole>();
        void Map(Role role, CmcRole cmc, string? scheme = null)
        {
            if (user.Holds(role, scheme))
            {
                roles.Add(cmc);
            }
        }

        Map(Role.Candidate, CmcRole.Candidate);
        Map(Role.OrganisationContact, CmcRole.OrganisationContact);
        Map(Role.BackOffice, CmcRole.BackOffice);
        Map(Role.Assessor, CmcRole.Assessor, Schemes.Cmc);
        Map(Role.DecisionMaker, CmcRole.DecisionMaker, Schemes.Cmc);
        Map(Role.Administrator, CmcRole.Administrator);
        var organisation = id.Length == 0 ? null : await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.OrganisationId).FirstOrDefaultAsync(ct);
        return new CmcActor(id, user.FindFirstValue(TouchstoneClaimTypes.DisplayName) ?? user.Identity?.Name ?? id, roles, organisation);
    }
}
