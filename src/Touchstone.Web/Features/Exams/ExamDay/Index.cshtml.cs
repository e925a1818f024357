using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Accounts;
using Touchstone.Web.Infrastructure.Auth;

namespace Touchstone.Web.Features.Exams.ExamDay;

/// <summary>The examiner's sessions (staff see all).</summary>
public sealed class IndexModel(TouchstoneDbContext db, ICurrentActor actor) : ExamsPage
{
    public IReadOnlyList<ExamSession> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var staff = Policies.HoldsLmp(User, Role.Director, Role.BackOffice);
        Sessions = await db.Set<ExamSession>().AsNoTracking().Where(s => staff || s.ExaminerUserId == actor.Id).OrderByDescending(s => s.ExamDate).ToListAsync(ct);
    }
}
