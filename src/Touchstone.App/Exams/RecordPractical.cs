using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="CriteriaMet">Per part, the number of criteria observed as V.</param>
public sealed record RecordPractical(Guid RegistrationId, IReadOnlyList<int> CriteriaMet, int? ResitPart, int? ResitCriteriaMet, bool ResitDeclined = false);

/// <summary>The examiner enters the practical observations (Examenreglement 8.7); an on-the-spot resit of one part when the total allows it.
/// A practical result already sent is not re-recorded (Examenreglement 11.1, 14).</summary>
public sealed class RecordPracticalHandler(TouchstoneDbContext db, TimeProvider time, ICurrentActor actor)
{
    public async Task<Result<PracticalOutcome>> HandleAsync(RecordPractical cmd, CancellationToken ct)
    {
        var (registration, _) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null)
        {
            return LmpExam.NotFound("The registration");
        }

        if (registration.State is not (RegistrationState.Present or RegistrationState.Completed))
        {
            return new DomainError("exams.practical.not-present", $"The candidate is {registration.State}, not taking the exam.", "Examenreglement 7.7") { Args = [registration.State] };
        }

        var sent = ResultIntegrity.CheckNotSent(registration.CandidateNumber, LmpExam.Blueprint.Component(LmpExam.Practical).Name,
            registration.Components.First(c => c.Code == LmpExam.Practical).ResultSentOn);
        if (!sent.IsSuccess)
        {
            return Result<PracticalOutcome>.Failure(sent.Errors);
        }

        var scheme = LmpExam.PracticalScheme;
        var sheet = new PracticalSheet([.. cmd.CriteriaMet], []);
        var check = PracticalMarking.Check(scheme, sheet);
        if (!check.IsSuccess)
        {
            return Result<PracticalOutcome>.Failure(check.Errors);
        }

        if (cmd.ResitPart is { } part)
        {
            var resit = PracticalMarking.RecordResit(scheme, sheet, part, cmd.ResitCriteriaMet ?? 0);
            if (!resit.IsSuccess)
            {
                return Result<PracticalOutcome>.Failure(resit.Errors);
            }

            sheet = resit.Value;
        }

        var outcome = PracticalMarking.Outcome(scheme, sheet);
        var component = registration.Components.First(c => c.Code == LmpExam.Practical);
        component.CriteriaMet = [.. cmd.CriteriaMet];
        component.ResitPart = cmd.ResitPart;
        component.ResitCriteriaMet = cmd.ResitPart is null ? null : cmd.ResitCriteriaMet;
        component.Points = outcome.Points;
        component.Band = outcome.Band;
        // A declined resit is kept with its moment; it lapses when the resit is taken after all or is no longer open.
        var declinedNow = false;
        if (cmd.ResitPart is not null || !outcome.ResitAllowed)
        {
            component.ResitDeclinedAt = null;
        }
        else if (cmd.ResitDeclined && component.ResitDeclinedAt is null)
        {
            component.ResitDeclinedAt = time.GetUtcNow();
            declinedNow = true;

            // In the exam-day log too, so the staff's view of the session shows it with who recorded it (7.8).
            registration.Incidents.Add(new ExamDayIncident(component.ResitDeclinedAt.Value, ExamDayIncident.IncidentKind,
                $"herexamen ter plekke van één onderdeel aangeboden bij {outcome.Points} punten en door de kandidaat afgewezen: de uitslag praktijk staat vast (Examenreglement 8.7)", actor.Id, actor.Name));
        }

        // While an on-the-spot resit is still possible and neither taken nor declined, the result is not final.
        component.IsFinal = !outcome.ResitAllowed || cmd.ResitPart is not null || component.ResitDeclinedAt is not null || outcome.Band >= LmpExam.Blueprint.PassRule.MinimumBand;
        if (component.IsFinal)
        {
            component.FinalOn ??= time.Today();
        }

        await db.Because(declinedNow
            ? $"on-the-spot resit declined by the candidate at {outcome.Points} points: the practical result is final (Examenreglement 8.7)"
            : "practical observations recorded (Examenreglement 8.7)").SaveChangesAsync(ct);
        return outcome;
    }
}
