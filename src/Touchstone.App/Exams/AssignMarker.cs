using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record AssignMarker(Guid RegistrationId, string MarkerUserId, bool Second);

/// <summary>The director assigns an independent marker to a candidate's assignments (Examenreglement 3.1 m, 5.2, 5.4, 8.4).</summary>
public sealed class AssignMarkerHandler(TouchstoneDbContext db)
{
    public async Task<Result> HandleAsync(AssignMarker cmd, CancellationToken ct)
    {
        var (registration, _) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null)
        {
            return LmpExam.NotFound("The registration");
        }

        var component = registration.Components.First(c => c.Code == LmpExam.Assignments);
        var statement = await IndependenceStatement.LatestAsync(db, cmd.MarkerUserId, ct);
        var record = MarkingRecords.Assignments(registration, component);

        // The first marker is named in the refusal by the name the director chose him by, not his internal id (5.2, 5.4).
        var name = await db.Users.AsNoTracking().Where(u => u.Id == cmd.MarkerUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? cmd.MarkerUserId;
        var check = cmd.Second
            ? record.CheckSecondMarker(LmpExam.AssignmentsScheme, cmd.MarkerUserId, statement?.ToDomain())
            : IndependenceRules.CheckMarkerForCandidate(name, statement?.ToDomain(name), registration.CandidateId.ToString());
        if (!check.IsSuccess)
        {
            db.RecordEvent(nameof(ExamComponentResult), component.Id.ToString(), "MarkerAssignmentRefused",
                $"{name} not assigned as {(cmd.Second ? "second" : "first")} marker", string.Join("; ", check.Errors.Select(e => $"{e.Rule}: {e.Message}")));
            await db.SaveChangesAsync(ct);
            return check;
        }

        if (cmd.Second)
        {
            component.AssignedSecondMarkerId = cmd.MarkerUserId;
        }
        else
        {
            component.AssignedMarkerId = cmd.MarkerUserId;
        }

        await db.Because(cmd.Second ? "second marker assigned (Examenreglement 8.4)" : "marker assigned (Examenreglement 8.4)").SaveChangesAsync(ct);
        return Result.Ok;
    }
}

/// <summary>Maps the stored marking of a component to the domain's marking record.</summary>
public static class MarkingRecords
{
    public static AssignmentsMarkingRecord Assignments(SessionRegistration registration, ExamComponentResult c) => new(
        registration.CandidateId.ToString(),
        c.FirstPoints is null ? null : new AssignmentMarking(c.FirstMarkerId!, c.FirstPoints, c.FirstMarkedOn!.Value),
        c.SecondPoints is null ? null : new AssignmentMarking(c.SecondMarkerId!, c.SecondPoints, c.SecondMarkedOn!.Value),
        c.DecisionBand is { } band ? new CommitteeMarkingDecision(band, c.DecisionGrounds ?? string.Empty, c.FinalOn ?? DateOnly.MinValue, "committee") : null);

    /// <summary>Copies the domain's band and status back onto the component.</summary>
    public static void Apply(ExamComponentResult c, AssignmentsMarkingRecord record, DateOnly today)
    {
        var scheme = LmpExam.AssignmentsScheme;
        var final = record.FinalBand(scheme);
        c.Band = final ?? (record.First is null ? null : scheme.BandFor(record.First.Points));
        c.Points = (record.Second ?? record.First)?.Points.Sum();
        c.IsFinal = final is not null;
        if (c.IsFinal)
        {
            c.FinalOn ??= today;
        }
    }
}
