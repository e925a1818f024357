using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.Web.Features.PersonCertification;

/// <summary>CMC applications the signed-in person works on.</summary>
public sealed class IndexModel(TouchstoneDbContext db, ListCmcApplicationsHandler list) : PageModel
{
    public IReadOnlyList<CmcApplicationRow> Rows { get; private set; } = [];

    public CmcActor Actor { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = await CmcActors.ForAsync(User, db, ct);
        Rows = await list.HandleAsync(new ListCmcApplications(), Actor, ct);
    }

    public bool IsCandidate => Actor.Has(CmcRole.Candidate);
}
