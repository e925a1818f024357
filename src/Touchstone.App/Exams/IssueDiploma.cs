using System.Globalization;
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
        var diploma = new Diploma
        {
            Number = "",
            RegistrationId = registration.Id,
            CandidateId = candidate.Id,
            HolderName = candidate.Name,
            DateOfBirth = candidate.DateOfBirth,
            ExamDate = session.ExamDate,
            IssuedOn = issuedOn,
        };
        db.Add(diploma);
        await db.SaveNumberedAsync<Diploma>(nameof(Diploma.Number), "diploma issued (Examenreglement 9.3)", async c =>
        {
            // The highest number of the year (fixed width, so the text order is the number order); a revoked one keeps its number.
            var prefix = string.Create(CultureInfo.InvariantCulture, $"LMP-{year}-");
            var last = await db.Set<Diploma>().Where(d => d.Number.StartsWith(prefix)).MaxAsync(d => (string?)d.Number, c);
            var sequence = last is null ? 0 : int.Parse(last.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
            diploma.Number = string.Create(CultureInfo.InvariantCulture, $"{prefix}{sequence + 1:00000}");
        }, ct);
        return diploma;
    }
}
