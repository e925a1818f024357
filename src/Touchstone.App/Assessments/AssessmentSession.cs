using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Standards;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Common;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Assessments;

/// <summary>An assessment loaded for one user: the record, its domain form, its framework and what the user may do.</summary>
public sealed record AssessmentView(AssessmentRecord Record, Assessment Assessment, Framework Framework, AssessmentViewer Viewer)
{
    public bool IsRater => Record.RaterId == Viewer.UserId;

    public bool CanEdit => IsRater && Record.State == AssessmentState.Draft;

    public bool CanCoordinate => Viewer.CanCoordinate(Record);
}

/// <summary>Shared loading and saving for the assessment use cases (not a use case itself).</summary>
public static class AssessmentSession
{
    public const string NotFoundCode = "assessment.not-found";

    /// <summary>Loads the assessment when the user may see it; tracked when <paramref name="track"/> is set.</summary>
    public static async Task<Result<AssessmentView>> LoadAsync(
        TouchstoneDbContext db, GetFrameworkHandler frameworks, string userId, Guid id, bool track, CancellationToken ct)
    {
        var query = db.Set<AssessmentRecord>().AsQueryable();
        var record = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, ct);
        var viewer = await AssessmentViewer.LoadAsync(db, userId, ct);
        if (record is null || !viewer.CanView(record))
        {
            return new DomainError(NotFoundCode, "The assessment does not exist or you may not see it.", AssessmentRules.Procedure);
        }

        var framework = await frameworks.FindAsync(record.FrameworkCode, record.FrameworkVersion, ct)
            ?? throw new InvalidOperationException($"Framework {record.FrameworkKey} of assessment {id} is missing.");
        return new AssessmentView(record, record.ToDomain(), framework, viewer);
    }

    /// <summary>
    /// Saves a change to the assessment, refusing it when someone saved in between (the version the user
    /// saw is <paramref name="expectedVersion"/>).
    /// </summary>
    public static async Task<Result> SaveAsync(TouchstoneDbContext db, AssessmentRecord record, Guid? expectedVersion, string reason, CancellationToken ct)
    {
        if (expectedVersion is { } seen)
        {
            db.Entry(record).Property(r => r.Version).OriginalValue = seen;
        }

        try
        {
            await db.Because(reason).SaveChangesAsync(ct);
            return Result.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new DomainError("assessment.stale",
                "Someone else saved this assessment after you opened it; reload the page to see the latest version and try again.", AssessmentRules.Procedure);
        }
    }

    /// <summary>Writes a refused change into the audit trail (who tried what, and why it was refused).</summary>
    public static async Task AuditRefusalAsync(TouchstoneDbContext db, Guid id, string attempted, IReadOnlyList<DomainError> errors, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.RecordEvent(nameof(AssessmentRecord), id.ToString(), "ChangeRefused",
            string.Join("; ", errors.Select(e => e.Message)), attempted);
        await db.SaveChangesAsync(ct);
    }
}
