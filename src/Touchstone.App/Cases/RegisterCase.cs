using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Files;
using Touchstone.App.Mail;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

/// <summary>An uploaded letter or scan.</summary>
public sealed record CaseUpload(string FileName, byte[] Content);

/// <summary>
/// A comment, objection or complaint to register, from the public form (received today) or entered by staff
/// from a posted letter (with its postmark and receipt dates).
/// </summary>
public sealed record RegisterCase
{
    public required CaseType Type { get; init; }

    public required string SchemeCode { get; init; }

    public required string SubmitterName { get; init; }

    public string? SubmitterEmail { get; init; }

    public string? SubmitterAddress { get; init; }

    public string? SubmitterPhone { get; init; }

    public required SubmissionChannel Channel { get; init; }

    /// <summary>Exam date (comment), dispatch of the result or decision (objection), date of the event (complaint).</summary>
    public required DateOnly ReferenceDate { get; init; }

    /// <summary>Staff entry only: the date the letter arrived. Null means today.</summary>
    public DateOnly? ReceivedOn { get; init; }

    public DateOnly? PostmarkDate { get; init; }

    public string? Subject { get; init; }

    public string? Description { get; init; }

    public string? ExamReference { get; init; }

    public string? CandidateReference { get; init; }

    public string? ComponentCode { get; init; }

    public string? OriginalResult { get; init; }

    /// <summary>Objection against a CMC certification decision: the application decided (<see cref="CmcDecisionLink"/>).</summary>
    public Guid? CmcApplicationId { get; init; }

    public CaseUpload? Letter { get; init; }
}

/// <summary>
/// Registers a submission. Never refuses it for being late or defective (that is judged in the admissibility
/// step); only an unusable upload or a missing name is sent back, with the form kept. Acknowledges receipt by e-mail.
/// </summary>
public sealed class RegisterCaseHandler(TouchstoneDbContext db, FileStore files, Mailer mailer, TimeProvider time)
{
    public async Task<Result<CaseDossier>> HandleAsync(RegisterCase command, CaseActor actor, CancellationToken ct)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(command.SubmitterName))
        {
            errors.Add(new DomainError("cases.name-required", "The name of the person submitting is required."));
        }

        var scheme = CaseSchemes.Find(command.SchemeCode);
        if (scheme is null)
        {
            errors.Add(new DomainError("cases.scheme.unknown", $"Unknown scheme {command.SchemeCode}.") { Args = [command.SchemeCode] });
        }

        CmcDecisionTarget? decision = null;
        if (command.CmcApplicationId is { } applicationId && scheme is not null && CmcDecisionLink.Applies(command.Type, scheme.Code))
        {
            decision = await CmcDecisionLink.FindAsync(db, applicationId, ct);
            if (decision is null)
            {
                errors.Add(new DomainError("cases.cmc-link.not-found", "No such CMC application."));
            }
            else
            {
                errors.AddRange(CertificationObjection.Contestable(decision.Decision).Errors);
            }
        }

        StoredFile? letter = null;
        if (command.Letter is { } upload)
        {
            var stored = files.Add(upload.FileName, upload.Content, UploadPolicy.Documents);
            if (stored.IsSuccess)
            {
                letter = stored.Value;
            }
            else
            {
                errors.AddRange(stored.Errors);
            }
        }

        if (errors.Count > 0)
        {
            DiscardUpload(letter);
            return Result<CaseDossier>.Failure(errors);
        }

        var today = CaseClock.Today(time);
        var receivedOn = command.ReceivedOn ?? today;
        var role = actor.CaseRoles.Contains(CaseRole.BackOffice) ? CaseRole.BackOffice
            : actor.IsDirector ? CaseRole.BackOffice // the director registers post on behalf of the office
            // On the public form the objector declares to be the candidate (or his representative); the
            // admissibility checklist verifies it (11.1).
            : command.Type == CaseType.Objection || actor.CaseRoles.Contains(CaseRole.Candidate) ? CaseRole.Candidate
            : CaseRole.Public;
        // Linked to a decided CMC application, the terms count from the decision's date, whatever the letter said.
        var referenceDate = decision?.DecidedOn ?? command.ReferenceDate;
        var registered = Case.Register(scheme!, command.Type, receivedOn, referenceDate, command.SubmitterName.Trim(), role, Clean(command.Subject));
        if (!registered.IsSuccess)
        {
            DiscardUpload(letter);
            return Result<CaseDossier>.Failure(registered.Errors);
        }

        var now = time.GetUtcNow();
        var dossier = new CaseDossier
        {
            Id = registered.Value.Id,
            Case = registered.Value,
            Reference = "",
            SubmitterName = command.SubmitterName.Trim(),
            SubmitterEmail = Clean(command.SubmitterEmail),
            SubmitterAddress = Clean(command.SubmitterAddress),
            SubmitterPhone = Clean(command.SubmitterPhone),
            Channel = command.Channel,
            Description = Clean(command.Description),
            PostmarkDate = command.PostmarkDate,
            LetterFileId = letter?.Id,
            ExamReference = Clean(command.ExamReference),
            CandidateReference = Clean(command.CandidateReference),
            ComponentCode = Clean(command.ComponentCode),
            OriginalResult = Clean(command.OriginalResult),
            CmcApplicationId = decision?.ApplicationId,
            Confidential = command.Type == CaseType.Complaint,
            RegisteredAt = now,
            LastChangedAt = now,
        };
        if (ExamResultLink.Applies(command.Type, scheme!.Code)
            && await ExamResultLink.ResolveAsync(db, dossier.ExamReference, dossier.CandidateReference, dossier.ComponentCode, ct) is { } target)
        {
            dossier.ExamRegistrationId = target.RegistrationId;
            dossier.ExamComponentId = target.ComponentId;
        }

        db.Add(registered.Value);
        db.Add(dossier);
        await ExamResultLink.SyncHoldAsync(db, dossier.ExamComponentId, ct);
        // The acknowledgement names the reference: it is written once the reference is allocated (again on a retry).
        OutboxMessage? acknowledgement = null;
        await db.SaveNumberedAsync<CaseDossier>(nameof(CaseDossier.Reference), $"{command.Type} registered ({command.Channel}) by {actor.Name}",
            async c =>
            {
                dossier.Reference = await NextReferenceAsync(db, command.Type, receivedOn.Year, c, dossier);
                if (acknowledgement is not null)
                {
                    db.Entry(acknowledgement).State = EntityState.Detached;
                }

                acknowledgement = dossier.SubmitterEmail is { } email
                    ? mailer.Queue(email, CaseMails.AcknowledgementSubject(dossier), CaseMails.Acknowledgement(dossier))
                    : null;
            }, ct);
        return dossier;
    }

    private void DiscardUpload(StoredFile? file)
    {
        if (file is not null)
        {
            db.Entry(file).State = EntityState.Detached;
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// The next free reference of the type and year ("highest + 1", also counting unsaved dossiers except
    /// <paramref name="numbering"/> itself). Save with <see cref="NumberedSave.SaveNumberedAsync"/>: the unique index on the
    /// reference plus a retry make two simultaneous registrations get consecutive references.
    /// </summary>
    internal static async Task<string> NextReferenceAsync(TouchstoneDbContext db, CaseType type, int year, CancellationToken ct, CaseDossier? numbering = null)
    {
        var prefix = type switch
        {
            CaseType.Comment => "Z",
            CaseType.Objection => "B",
            CaseType.Complaint => "K",
            _ => "A",
        } + "-" + year.ToString(CultureInfo.InvariantCulture) + "-";
        var existing = await db.Set<CaseDossier>().Where(d => d.Reference.StartsWith(prefix)).Select(d => d.Reference).ToListAsync(ct);
        var pending = db.ChangeTracker.Entries<CaseDossier>().Where(e => e.Entity != numbering).Select(e => e.Entity.Reference).Where(r => r.StartsWith(prefix, StringComparison.Ordinal));
        var last = existing.Concat(pending)
            .Select(r => int.TryParse(r.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return prefix + (last + 1).ToString("0000", CultureInfo.InvariantCulture);
    }
}
