using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record RecordAssignmentsMarking(Guid RegistrationId, IReadOnlyList<int> Points);

/// <summary>
/// The assigned marker enters points per assignment, knowing only the candidate number (Examenreglement 8.4);
/// an Onvoldoende from the first marker calls for an independent second marking, so the second marker is assigned
/// and notified at once. The first marking is frozen once recorded.
/// </summary>
public sealed class RecordAssignmentsMarkingHandler(TouchstoneDbContext db, TimeProvider time, ICurrentActor actor, Mailer mailer)
{
    public async Task<Result<AssignmentsMarkingStatus>> HandleAsync(RecordAssignmentsMarking cmd, CancellationToken ct)
    {
        var (registration, _) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null)
        {
            return LmpExam.NotFound("The registration");
        }

        var component = registration.Components.First(c => c.Code == LmpExam.Assignments);
        var statement = await IndependenceStatement.LatestAsync(db, actor.Id, ct);

        // A marker who declared the candidate to be in his circle hears that rule, not merely that the work went to someone else.
        var ownCircle = IndependenceRules.CheckOwnCircle(statement?.ToDomain(), registration.CandidateId.ToString());
        if (!ownCircle.IsSuccess)
        {
            return Result<AssignmentsMarkingStatus>.Failure(ownCircle.Errors);
        }

        var asSecond = component.FirstPoints is not null && component.FirstMarkerId != actor.Id; // the first marker re-marking meets the frozen rule
        if ((asSecond ? component.AssignedSecondMarkerId : component.AssignedMarkerId) != actor.Id)
        {
            return new DomainError("exams.marking.not-assigned", "Only the marker assigned to this candidate's work may mark it.", "Examenreglement 8.4");
        }

        var today = time.Today();
        var marking = new AssignmentMarking(actor.Id, [.. cmd.Points], today);
        var scheme = LmpExam.AssignmentsScheme;
        var record = MarkingRecords.Assignments(registration, component);
        var recorded = asSecond ? record.RecordSecond(scheme, marking, statement?.ToDomain()) : record.RecordFirst(scheme, marking, statement?.ToDomain());
        if (!recorded.IsSuccess)
        {
            return Result<AssignmentsMarkingStatus>.Failure(recorded.Errors);
        }

        if (asSecond)
        {
            component.SecondMarkerId = actor.Id;
            component.SecondPoints = [.. cmd.Points];
            component.SecondMarkedOn = today;
        }
        else
        {
            component.FirstMarkerId = actor.Id;
            component.FirstPoints = [.. cmd.Points];
            component.FirstMarkedOn = today;
        }

        MarkingRecords.Apply(component, recorded.Value, today);
        var why = asSecond ? "second marking recorded (Examenreglement 8.4)" : "first marking recorded (Examenreglement 8.4)";
        if (!asSecond && recorded.Value.Status(scheme) == AssignmentsMarkingStatus.AwaitingSecondMarking)
        {
            var second = await SecondMarkers.AssignAsync(db, mailer, registration, component, recorded.Value, ct);
            why += second is null
                ? "; Onvoldoende: no independent second marker available, the director must assign one"
                : $"; Onvoldoende: second marker {second} assigned automatically (Examenreglement 8.4, 5.4)";
        }

        await db.Because(why).SaveChangesAsync(ct);
        return recorded.Value.Status(scheme);
    }
}
