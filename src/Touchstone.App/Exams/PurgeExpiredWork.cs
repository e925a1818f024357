using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record PurgeOutcome(int Purged, int HeldForObjection, int HeldForInspection);

/// <summary>
/// Deletes candidates' work six months after the exam (Examenreglement 10.3), except while an objection or
/// appeal on the component is open, or while an inspection of it is requested or scheduled (10.1: a timely
/// request is honoured on the work itself). The file record stays; each deletion is audited on its own.
/// </summary>
public sealed class PurgeExpiredWorkHandler(TouchstoneDbContext db, TimeProvider time, FileStore files)
{
    public async Task<PurgeOutcome> HandleAsync(CancellationToken ct)
    {
        var today = time.Today();
        var candidates = await (from c in db.Set<ExamComponentResult>()
                                join r in db.Set<SessionRegistration>() on c.RegistrationId equals r.Id
                                join s in db.Set<ExamSession>() on r.SessionId equals s.Id
                                where c.WorkFileId != null && c.WorkPurgedAt == null
                                select new { Component = c, s.ExamDate, r.CandidateNumber }).ToListAsync(ct);
        var pending = (await db.Set<InspectionRequest>().AsNoTracking()
                .Where(i => i.Status == InspectionStatus.Requested || i.Status == InspectionStatus.Scheduled).ToListAsync(ct))
            .SelectMany(i => i.Components.Select(code => (i.RegistrationId, code))).ToHashSet();
        int purged = 0, held = 0, heldForInspection = 0;
        foreach (var item in candidates.Where(i => ResultRules.WorkDeletionDate(i.ExamDate, LmpExam.Regulation) <= today))
        {
            var inspectionPending = pending.Contains((item.Component.RegistrationId, item.Component.Code));
            var deletion = ResultRules.CheckWorkDeletion(item.ExamDate, today, item.Component.ObjectionOpen, inspectionPending, LmpExam.Regulation);
            if (!deletion.IsSuccess)
            {
                if (deletion.Errors.Any(e => e.Code == "exams.retention.inspection-pending"))
                {
                    heldForInspection++;
                }
                else
                {
                    held++;
                }

                continue;
            }

            var file = await files.FindAsync(item.Component.WorkFileId!.Value, ct);
            if (file is not null)
            {
                files.Purge(file);
            }

            item.Component.WorkPurgedAt = time.GetUtcNow();

            // Each deletion is saved, and so audited, on its own: the file and the component, with whose work it was.
            try
            {
                await db.Because($"work of {item.CandidateNumber} ({item.Component.Code}) deleted six months after the exam of {item.ExamDate:yyyy-MM-dd} (Examenreglement 10.3)")
                    .SaveChangesAsync(ct);
                purged++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another run (another node, the verb) deleted it meanwhile and audited that; this run leaves it.
                db.Entry(item.Component).State = EntityState.Detached;
                if (file is not null)
                {
                    db.Entry(file).State = EntityState.Detached;
                }
            }
        }

        return new(purged, held, heldForInspection);
    }
}
