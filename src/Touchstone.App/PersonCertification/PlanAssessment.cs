using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.Mail;
using Touchstone.Domain.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>Back office plans the assessment: two assessors, a date and start time, a location or a video link.</summary>
public sealed record PlanAssessment(
    Guid ApplicationId, string? Assessor1UserId, string? Assessor2UserId, DateOnly Date, TimeOnly StartTime,
    string? Address, string? VideoLink, bool CandidateKnownToAssessors);

public sealed class PlanAssessmentHandler(TouchstoneDbContext db, TimeProvider time, Mailer mailer)
{
    private readonly CmcScheme _scheme = CmcSchemeFile.Current;

    public async Task<Result> HandleAsync(PlanAssessment command, CmcActor actor, CancellationToken ct)
    {
        var app = await CmcLookups.LoadAsync(db, command.ApplicationId, ct);
        if (app is null)
        {
            return CmcLookups.NotFound();
        }

        if (!actor.Has(CmcRole.BackOffice))
        {
            return CmcActor.NotAllowed("plan the assessment");
        }

        var chosen = new[] { command.Assessor1UserId, command.Assessor2UserId }.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!).ToArray();
        var profiles = await db.Set<AssessorProfile>().AsNoTracking().Where(p => chosen.Contains(p.UserId)).ToListAsync(ct);
        var errors = chosen.Where(id => profiles.All(p => p.UserId != id))
            .Select(id => new DomainError("cmc.assessor.no-record", $"Assessor {id} has no qualification record.", "CMC-reglement: assessment (voetnoot 2)") { Args = [id] })
            .ToList();

        Uri? video = null;
        if (!string.IsNullOrWhiteSpace(command.VideoLink) && !Uri.TryCreate(command.VideoLink.Trim(), UriKind.Absolute, out video))
        {
            errors.Add(new DomainError("cmc.assessment.video-link", "The video link is not a valid address (https://...)."));
        }

        var candidateUser = await db.Set<User>().AsNoTracking().FirstAsync(u => u.Id == app.CandidateUserId, ct);
        var employers = new[] { candidateUser.OrganisationId, app.Route == CmcRoute.AcpNomination ? app.OrganisationId : null }.OfType<Guid>().ToHashSet();
        var candidate = new AssessmentCandidate(Guid.Parse(app.CandidateUserId), app.CandidateName, employers);
        var reportAddedOn = app.Documents.Where(d => d.Type == DossierDocument.DevelopmentReport).Select(d => (DateOnly?)d.AddedOn).Max();
        var consent = app.ConsentGivenAt is { } at ? new ReportSharingConsent(candidate.PersonId, at, "Given by requesting the assessment.") : null;
        var request = new AssessmentPlanRequest(
            candidate,
            chosen.Select(id => profiles.FirstOrDefault(p => p.UserId == id)?.ToDomain()
                                ?? new AssessorQualification(Guid.Parse(id), id, null, false, DateOnly.MinValue)).ToArray(),
            command.Date.ToDateTime(command.StartTime),
            new AssessmentVenue(string.IsNullOrWhiteSpace(command.Address) ? null : command.Address.Trim(), video),
            reportAddedOn,
            consent,
            command.CandidateKnownToAssessors);
        var plan = new AssessmentPlanner(_scheme).Plan(request);
        if (!plan.IsSuccess)
        {
            errors.AddRange(plan.Errors);
        }

        if (errors.Count > 0)
        {
            db.RecordEvent(nameof(CmcApplicationRecord), app.Id.ToString(), "AssessmentPlanRefused", "Planning rules not met",
                string.Join("; ", errors.Select(e => e.Code).Distinct()));
            await db.SaveChangesAsync(ct);
            return Result.Failure(errors.DistinctBy(e => e.Message).ToArray());
        }

        var p = plan.Value;
        var taken = app.Take(CmcStep.ScheduleAssessment, CmcRole.BackOffice, actor.UserId, time.GetUtcNow(), $"{p.Start:yyyy-MM-dd HH:mm}");
        if (!taken.IsSuccess)
        {
            return taken;
        }

        app.Assessor1UserId = chosen[0];
        app.Assessor2UserId = chosen[1];
        app.AssessmentDate = command.Date;
        app.AssessmentStartTime = command.StartTime;
        app.AssessmentEndTime = TimeOnly.FromDateTime(p.End);
        app.AssessmentAddress = p.Venue.Address;
        app.AssessmentVideoLink = p.Venue.VideoLink?.ToString();
        app.ReportDueDate = new ReportTerm(command.Date, _scheme).DueDate;

        var names = string.Join(" en/and ", profiles.OrderBy(x => Array.IndexOf(chosen, x.UserId)).Select(x => x.Name));
        var agenda = string.Join("\n", p.Agenda.Select((a, i) => $"{i + 1}. {a.Dutch} / {a.English}"));
        var where = p.Venue.IsVideo ? "Video: " + p.Venue.VideoLink : "Locatie/location: " + p.Venue.Address;
        var body = string.Create(CultureInfo.InvariantCulture,
            $"Uw CMC-assessment / your CMC assessment:\n{p.Start:yyyy-MM-dd HH:mm}–{p.End:HH:mm} ({_scheme.AssessmentDurationMinutes} min)\n{where}\nAssessoren/assessors: {names}\n\nAgenda:\n{agenda}\n");
        mailer.Queue(app.CandidateEmail, "CMC: uitnodiging assessment / invitation to the assessment", body);
        foreach (var assessor in await db.Set<User>().AsNoTracking().Where(u => chosen.Contains(u.Id)).ToListAsync(ct))
        {
            mailer.Queue(assessor.Email ?? "", $"CMC-assessment {app.CandidateName}", body);
        }

        await db.Because("CMC assessment planned").SaveChangesAsync(ct);
        return Result.Ok;
    }
}
