using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

/// <param name="CandidateEmail">The signed-in candidate: the right is personal (10.1), so only his own exams.</param>
public sealed record RequestInspection(string CandidateEmail, Guid RegistrationId, IReadOnlyList<string> Components);

/// <summary>
/// The candidate asks to inspect his marked work (Examenreglement 10.1): accepted within three months after the
/// result was published; later, or before the result, refused with the rule named (and the refusal kept in the audit trail).
/// </summary>
public sealed class RequestInspectionHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<Result<InspectionRequest>> HandleAsync(RequestInspection cmd, CancellationToken ct)
    {
        var email = cmd.CandidateEmail.Trim().ToLowerInvariant();
        var candidate = await db.Set<ExamCandidate>().FirstOrDefaultAsync(c => c.Email == email, ct);
        var registration = candidate is null ? null
            : await db.Set<SessionRegistration>().Include(r => r.Components).FirstOrDefaultAsync(r => r.Id == cmd.RegistrationId && r.CandidateId == candidate.Id, ct);
        if (candidate is null || registration is null)
        {
            return LmpExam.NotFound("The exam");
        }

        var unknown = cmd.Components.Where(c => !LmpExam.ComponentCodes.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            return LmpExam.NotFound($"Component {string.Join(", ", unknown)}");
        }

        var chosen = registration.Components.Where(c => cmd.Components.Contains(c.Code)).Select(c => new InspectionComponent(c.Code, c.ResultSentOn)).ToList();
        var open = await db.Set<InspectionRequest>().AnyAsync(i => i.RegistrationId == registration.Id && (i.Status == InspectionStatus.Requested || i.Status == InspectionStatus.Scheduled), ct);
        var check = InspectionRules.CheckRequest(chosen, open, time.Today(), calendar, LmpExam.Regulation);
        if (!check.IsSuccess)
        {
            db.RecordEvent(nameof(InspectionRequest), registration.Id.ToString(), "InspectionRefused", "inspection request refused (Examenreglement 10.1)",
                string.Join(", ", check.Errors.Select(e => e.Code)));
            await db.SaveChangesAsync(ct);
            return Result<InspectionRequest>.Failure(check.Errors);
        }

        var request = new InspectionRequest
        {
            RegistrationId = registration.Id, CandidateId = candidate.Id, RequestedAt = time.GetUtcNow(),
            Components = [.. LmpExam.ComponentCodes.Where(cmd.Components.Contains)],
        };
        db.Add(request);
        await db.Because($"inspection of marked work requested for {registration.CandidateNumber} (Examenreglement 10.1)").SaveChangesAsync(ct);
        return request;
    }
}
