using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Touchstone.App.Assessments;
using Touchstone.App.Data;
using Touchstone.App.Standards;

namespace Touchstone.Web.Features.Assessments;

/// <summary>Loads the assessment for the signed-in user (not found when they may not see it).</summary>
public abstract class AssessmentPageBase(TouchstoneDbContext db, GetFrameworkHandler frameworks) : PageModel
{
    public AssessmentView View { get; private set; } = null!;

    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    protected TouchstoneDbContext Db => db;

    protected GetFrameworkHandler Frameworks => frameworks;

    protected async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var loaded = await AssessmentSession.LoadAsync(db, frameworks, UserId, id, track: false, ct);
        if (!loaded.IsSuccess)
        {
            return false;
        }

        View = loaded.Value;
        return true;
    }
}
