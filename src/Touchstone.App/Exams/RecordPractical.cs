using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="CriteriaMet">Per part, the number of criteria observed as V.</param>
public sealed record RecordPractical(Guid RegistrationId, IReadOnlyList<int> CriteriaMet, int? ResitPart, int? ResitCriteriaMet, bool ResitDeclined = false);

/// <summary>The examiner enters the practical observations (Examenreglement 8.7); an on-the-spot resit of one part when the total allows it.
/// A practical result already sent is not re-recorded (Examenreglement 11.1, 14).</summary>
public sealed class RecordPracticalHandler(TouchstoneDbContext db, TimeProvider time)
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
        // While an on-the-spot resit is still possible and not taken, the result is not final.
        component.IsFinal = !outcome.ResitAllowed || cmd.ResitPart is not null || cmd.ResitDeclined || outcome.Band >= LmpExam.Blueprint.PassRule.MinimumBand;
        if (component.IsFinal)
        {
            component.FinalOn ??= time.Today();
        }

        await db.Because("practical observations recorded (Examenreglement 8.7)").SaveChangesAsync(ct);
        return outcome;
    }
}
