using Microsoft.EntityFrameworkCore;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// The decision-maker grants or refuses; a grant issues the certificate (number, 5 years). After an objection against a
/// refusal was upheld (<see cref="CmcDecisionLink"/>), the decision-maker may take a new decision and grant; the refusal
/// stays in the application's steps and the audit trail.
/// </summary>
public sealed record DecideCmc(Guid ApplicationId, DecisionOutcome Outcome, string? Motivation);

public sealed class DecideCmcHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer)
{
    public async Task<Result<string?>> HandleAsync(DecideCmc command, CmcActor actor, CancellationToken ct)
    {
        var app = await CmcLookups.LoadAsync(db, command.ApplicationId, ct);
        if (app is null)
        {
            return CmcLookups.NotFound();
        }

        if (!actor.Has(CmcRole.DecisionMaker))
        {
            return CmcActor.NotAllowed("decide");
        }

        var scheme = CmcSchemeFile.Current;
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        // Everyone who assessed this candidate, in this or an earlier application, is barred from deciding.
        var assessors = await db.Set<CmcApplicationRecord>().AsNoTracking().Where(a => a.CandidateUserId == app.CandidateUserId)
            .Select(a => new { a.Assessor1UserId, a.Assessor2UserId }).ToListAsync(ct);
        var assessorIds = assessors.SelectMany(a => new[] { a.Assessor1UserId, a.Assessor2UserId }).OfType<string>().Select(Guid.Parse).ToHashSet();
        var report = app.Advice is { } kind
            ? new AssessmentReport(app.AssessorUserIds.Select(Guid.Parse).ToArray(), app.ReportSubmittedOn ?? today, new AssessmentAdvice(kind, app.AdviceMotivation ?? ""), app.ReportText ?? "")
            : null;
        var decision = CertificationDecision.Take(actor.UserGuid, assessorIds, report, command.Outcome, today, command.Motivation);
        if (!decision.IsSuccess)
        {
            db.RecordEvent(nameof(CmcApplicationRecord), app.Id.ToString(), "DecisionRefused", decision.Errors[0].Message, decision.Errors[0].Code);
            await db.SaveChangesAsync(ct);
            return Result<string?>.Failure(decision.Errors);
        }

        var step = command.Outcome == DecisionOutcome.Granted ? CmcStep.Grant : CmcStep.Refuse;
        var taken = app.State == CmcApplicationState.Refused && command.Outcome == DecisionOutcome.Granted
            ? app.GrantAfterObjection(await CmcDecisionLink.HasUpheldObjectionAsync(db, app.Id, app.DecidedOn, ct), actor.UserId, now, decision.Value.Motivation)
            : app.Take(step, CmcRole.DecisionMaker, actor.UserId, now, decision.Value.Motivation);
        if (!taken.IsSuccess)
        {
            db.RecordEvent(nameof(CmcApplicationRecord), app.Id.ToString(), "DecisionRefused", taken.Errors[0].Message, taken.Errors[0].Code);
            await db.SaveChangesAsync(ct);
            return Result<string?>.Failure(taken.Errors);
        }

        app.Decision = command.Outcome;
        app.DecisionMakerUserId = actor.UserId;
        app.DecisionMotivation = decision.Value.Motivation;
        app.DecidedOn = today;
        CmcCertificateRecord? record = null;
        if (command.Outcome == DecisionOutcome.Granted)
        {
            // A recertification decided while the current certificate runs starts the day after it ends.
            DateOnly? runningUntil = app.Route != CmcRoute.Recertification ? null : await db.Set<CmcCertificateRecord>().AsNoTracking()
                .Where(c => c.HolderUserId == app.CandidateUserId && c.Status == CertificateStatus.Active && c.StartDate <= today && c.ValidUntil >= today)
                .OrderByDescending(c => c.ValidUntil).Select(c => (DateOnly?)c.ValidUntil).FirstOrDefaultAsync(ct);

            // Only the period is taken from it here; the number is allocated when saving.
            var start = CmcCertificate.RenewalStart(today, runningUntil);
            var certificate = new CmcCertificate(CertificateNumber.Format(scheme.CertificateNumberPrefix, today.Year, 1), Guid.Parse(app.CandidateUserId), start, scheme);
            record = new CmcCertificateRecord
            {
                Number = "",
                HolderUserId = app.CandidateUserId,
                HolderName = app.CandidateName,
                Town = app.CandidateTown,
                NameKey = "",
                StartDate = certificate.StartDate,
                ValidUntil = certificate.ValidUntil,
                ApplicationId = app.Id,
            };
            db.Add(record);
        }

        OutboxMessage? mail = null;
        await db.SaveNumberedAsync<CmcCertificateRecord>(nameof(CmcCertificateRecord.Number), $"CMC decision: {command.Outcome}", async c =>
        {
            if (record is not null)
            {
                // The next number of the year; allocated again when a simultaneous grant took it (unique index).
                var prefix = $"{scheme.CertificateNumberPrefix}-{today.Year:D4}-";
                var issued = await db.Set<CmcCertificateRecord>().AsNoTracking().Where(r => r.Number.StartsWith(prefix)).Select(r => r.Number).ToListAsync(c);
                record.Number = CertificateNumber.Next(scheme.CertificateNumberPrefix, today.Year, issued);
                record.RefreshTokens();
                app.CertificateNumber = record.Number;
            }

            if (mail is not null)
            {
                db.Entry(mail).State = EntityState.Detached; // the letter names the number: write it again
            }

            mail = mailer.Queue(app.CandidateEmail, "CMC: besluit / decision",
                record is not null
                    ? $"U bent gecertificeerd als CMC; certificaat {record.Number}. / You are certified as CMC; certificate {record.Number}."
                    : $"Uw aanvraag is afgewezen / your application was refused: {decision.Value.Motivation}");
        }, ct);
        return record?.Number;
    }
}
