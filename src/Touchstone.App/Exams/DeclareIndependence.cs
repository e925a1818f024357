using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record DeclareIndependence(string UserId, string? Institute, InstituteRelationKind? Kind);

/// <summary>
/// A committee member, examiner or marker declares his independence himself (Examenreglement 4.9, 5.2, 1 Examinator):
/// any relation with an institute that trains for the exam; the candidates in his circle carry over from his last declaration.
/// </summary>
public sealed class DeclareIndependenceHandler(TouchstoneDbContext db, TimeProvider time)
{
    public async Task<Result> HandleAsync(DeclareIndependence cmd, CancellationToken ct)
    {
        var institute = string.IsNullOrWhiteSpace(cmd.Institute) ? null : cmd.Institute.Trim();
        if (institute is not null && cmd.Kind is null)
        {
            return new DomainError("exams.independence.kind", $"Say what the relation with {institute} is.", "Examenreglement 5.2") { Args = [institute] };
        }

        var previous = await IndependenceStatement.LatestAsync(db, cmd.UserId, ct);
        db.Add(new IndependenceStatement
        {
            UserId = cmd.UserId, DeclaredOn = time.Today(), InstituteRelation = institute, InstituteRelationKind = institute is null ? null : cmd.Kind,
            CandidatesInCircle = [.. previous?.CandidatesInCircle ?? []],
        });
        await db.Because(institute is null ? "independence declared (Examenreglement 4.9, 5.2)" : $"independence declaration names a relation with {institute}").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
