using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record DeclareMarkerConflict(Guid RegistrationId, string Reason);

/// <summary>
/// A marker declares that the candidate is in his circle (Examenreglement 5.4): the declaration is recorded
/// and the work goes to another marker whose declaration allows it. Returns the new marker's id, or null
/// when no independent marker is available (the director then assigns one).
/// </summary>
public sealed class DeclareMarkerConflictHandler(TouchstoneDbContext db, TimeProvider time, ICurrentActor actor)
{
    public async Task<Result<string?>> HandleAsync(DeclareMarkerConflict cmd, CancellationToken ct)
    {
        var (registration, _) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null)
        {
            return LmpExam.NotFound("The registration");
        }

        var component = registration.Components.First(c => c.Code == LmpExam.Assignments);
        var second = component.AssignedSecondMarkerId == actor.Id && component.FirstPoints is not null;
        if (!second && component.AssignedMarkerId != actor.Id)
        {
            return new DomainError("exams.conflict.not-assigned", "You are not assigned to this work.", "Examenreglement 8.4");
        }

        var today = time.Today();
        var statement = await IndependenceStatement.LatestTrackedAsync(db, actor.Id, ct);
        if (statement is null)
        {
            statement = new IndependenceStatement { UserId = actor.Id, DeclaredOn = today };
            db.Add(statement);
        }

        statement.CandidatesInCircle = [.. statement.CandidatesInCircle, registration.CandidateId.ToString()];
        statement.DeclaredOn = today;

        var markerIds = await db.RoleGrants.AsNoTracking()
            .Where(g => g.Role == Role.Marker && (g.Scheme == null || g.Scheme == ExamSession.LmpScheme) && g.UserId != actor.Id)
            .Select(g => g.UserId).Distinct().ToListAsync(ct);
        var statements = await db.Set<IndependenceStatement>().AsNoTracking().Where(s => markerIds.Contains(s.UserId)).ToListAsync(ct);
        var record = MarkingRecords.Assignments(registration, component);
        string? replacement = null;
        foreach (var id in markerIds.Order(StringComparer.Ordinal))
        {
            var declaration = IndependenceStatement.LatestOf(statements, id)?.ToDomain();
            var ok = second
                ? record.CheckSecondMarker(LmpExam.AssignmentsScheme, id, declaration)
                : IndependenceRules.CheckMarkerForCandidate(id, declaration, registration.CandidateId.ToString());
            if (ok.IsSuccess)
            {
                replacement = id;
                break;
            }
        }

        if (second)
        {
            component.AssignedSecondMarkerId = replacement;
        }
        else
        {
            component.AssignedMarkerId = replacement;
        }

        await db.Because($"marker declared a conflict (Examenreglement 5.4): {cmd.Reason}; reassigned to {replacement ?? "nobody yet"}").SaveChangesAsync(ct);
        return replacement;
    }
}
