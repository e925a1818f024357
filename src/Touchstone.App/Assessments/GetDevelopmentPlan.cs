using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Assessments;

namespace Touchstone.App.Assessments;

/// <summary>The development plan of an assessment with the profile it was made for (null when none yet).</summary>
public sealed class GetDevelopmentPlanHandler(TouchstoneDbContext db)
{
    public async Task<(DevelopmentPlan Plan, DevelopmentPlanRecord Record)?> HandleAsync(Guid assessmentId, CancellationToken ct)
    {
        var record = await db.Set<DevelopmentPlanRecord>().AsNoTracking().FirstOrDefaultAsync(p => p.AssessmentId == assessmentId, ct);
        return record is null ? null : (record.ToDomain(), record);
    }
}
