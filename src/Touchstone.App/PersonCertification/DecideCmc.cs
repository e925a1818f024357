using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>The decision-maker grants or refuses; a grant issues the certificate (number, 5 years).</summary>
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
        var taken = app.Take(step, CmcRole.DecisionMaker, actor.UserId, now, decision.Value.Motivation);
        if (!taken.IsSuccess)
        {
            return Result<string?>.Failure(taken.Errors);
        }

        app.Decision = command.Outcome;
        app.DecisionMakerUserId = actor.UserId;
        app.DecisionMotivation = decision.Value.Motivation;
        app.DecidedOn = today;
        string? number = null;
        if (command.Outcome == DecisionOutcome.Granted)
        {
            var prefix = $"{scheme.CertificateNumberPrefix}-{today.Year:D4}-";
            var issued = await db.Set<CmcCertificateRecord>().AsNoTracking().Where(c => c.Number.StartsWith(prefix)).Select(c => c.Number).ToListAsync(ct);
            number = CertificateNumber.Next(scheme.CertificateNumberPrefix, today.Year, issued);
            var certificate = new CmcCertificate(number, Guid.Parse(app.CandidateUserId), today, scheme);
            var record = new CmcCertificateRecord
            {
                Number = number,
                HolderUserId = app.CandidateUserId,
                HolderName = app.CandidateName,
                Town = app.CandidateTown,
                NameKey = "",
                StartDate = certificate.StartDate,
                ValidUntil = certificate.ValidUntil,
                ApplicationId = app.Id,
            };
            record.RefreshTokens();
            db.Add(record);
            app.CertificateNumber = number;
        }

        mailer.Queue(app.CandidateEmail, "CMC: besluit / decision",
            command.Outcome == DecisionOutcome.Granted
                ? $"U bent gecertificeerd als CMC; certificaat {number}. / You are certified as CMC; certificate {number}."
                : $"Uw aanvraag is afgewezen / your application was refused: {decision.Value.Motivation}");
        await db.Because($"CMC decision: {command.Outcome}").SaveChangesAsync(ct);
        return number;
    }
}
