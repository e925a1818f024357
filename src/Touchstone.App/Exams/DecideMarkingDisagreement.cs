using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record DecideMarkingDisagreement(Guid RegistrationId, ResultBand Band, string Grounds);

/// <summary>The committee decides when the first and second marking give different bands (Examenreglement 8.4, interpretation).</summary>
public sealed class DecideMarkingDisagreementHandler(TouchstoneDbContext db, TimeProvider time, ICurrentActor actor)
{
    public async Task<Result> HandleAsync(DecideMarkingDisagreement cmd, CancellationToken ct)
    {
        var (registration, _) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null)
        {
            return LmpExam.NotFound("The registration");
        }

        var component = registration.Components.First(c => c.Code == LmpExam.Assignments);
        var today = time.Today();
        var decided = MarkingRecords.Assignments(registration, component)
            .RecordDecision(LmpExam.AssignmentsScheme, new CommitteeMarkingDecision(cmd.Band, cmd.Grounds, today, actor.Id));
        if (!decided.IsSuccess)
        {
            return Result.From(decided.Errors);
        }

        component.DecisionBand = cmd.Band;
        component.DecisionGrounds = cmd.Grounds.Trim();
        MarkingRecords.Apply(component, decided.Value, today);
        await db.Because("committee decided between two markings").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
