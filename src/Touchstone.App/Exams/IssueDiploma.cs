using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.Domain.Common;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Exams;

public sealed record IssueDiploma(Guid RegistrationId);

/// <summary>
/// Issues the diploma once (Examenreglement 9.3, 10.4) to a candidate who passed and whose result was sent;
/// the issue date is the date the right arose: the day the last component became final.
/// </summary>
public sealed class IssueDiplomaHandler(TouchstoneDbContext db)
{
    public async Task<Result<Diploma>> HandleAsync(IssueDiploma cmd, CancellationToken ct)
    {
        var (registration, session) = await LmpExam.LoadAsync(db, cmd.RegistrationId, ct);
        if (registration is null || session is null)
        {
            return LmpExam.NotFound("The registration");
        }

        if (await db.Set<Diploma>().AnyAsync(d => d.RegistrationId == registration.Id, ct))
        {
            return new DomainError("exams.diploma.issued-once", "The diploma for this exam was issued already; a lost diploma is replaced by a statement.", "Examenreglement 10.4");
        }

        var overall = ReleaseResultsHandler.Overall(registration);
        if (overall.Status != OverallStatus.Passed || registration.State != RegistrationState.Completed)
        {
            return new DomainError("exams.diploma.not-passed", "Only a candidate who passed every component receives the diploma.", "Examenreglement 9.2, 9.3");
        }

        if (registration.Components.Any(c => c.ResultSentOn is null))
        {
            return new DomainError("exams.diploma.result-not-sent", "The result is sent before the diploma (payment complete).", "Examenreglement 6.4, 9.1");
        }

        var candidate = await db.Set<ExamCandidate>().FirstAsync(c => c.Id == registration.CandidateId, ct);
        var issuedOn = registration.Components.Max(c => c.FinalOn ?? session.ExamDate);
        var year = issuedOn.Year;
        var count = await db.Set<Diploma>().CountAsync(d => d.IssuedOn.Year == year, ct);
        var diploma = new Diploma
        {
            Number = $"LMP-{year}-{count + 1:00000}",
            RegistrationId = registration.Id,
            CandidateId = candidate.Id,
            HolderName = candidate.Name,
            DateOfBirth = candidate.DateOfBirth,
            ExamDate = session.ExamDate,
            IssuedOn = issuedOn,
        };
        db.Add(diploma);
        await db.Because("diploma issued (Examenreglement 9.3)").SaveChangesAsync(ct);
        return diploma;
    }
}
