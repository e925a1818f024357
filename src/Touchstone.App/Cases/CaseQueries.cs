using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Documents;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;

namespace Touchstone.App.Cases;

/// <summary>Filters of the register of complaints and objections.</summary>
public sealed record CaseFilter(CaseType? Type = null, CaseState? State = null, string? Scheme = null, int? Year = null, string? Search = null);

/// <summary>One line of the register.</summary>
public sealed record CaseRow(
    Guid Id, string Reference, CaseType Type, string SchemeCode, CaseState State, DateOnly ReceivedOn, DateOnly ReferenceDate,
    string SubmitterName, string? Subject, string? ExamReference, bool IsLate, CaseOutcome? Outcome, DateOnly? DecidedOn, bool Confidential);

/// <summary>The register of complaints and objections (Examenreglement 11.3): filtered, visible to the viewer only.</summary>
public sealed class CaseRegisterHandler(TouchstoneDbContext db)
{
    public IQueryable<CaseRow> Query(CaseFilter filter, CaseActor viewer)
    {
        var query = db.Set<CaseDossier>().AsNoTracking().VisibleTo(db, viewer);
        if (filter.Type is { } type)
        {
            query = query.Where(d => d.Case.Type == type);
        }

        if (filter.State is { } state)
        {
            query = query.Where(d => d.Case.State == state);
        }

        if (!string.IsNullOrWhiteSpace(filter.Scheme))
        {
            query = query.Where(d => d.Case.SchemeCode == filter.Scheme);
        }

        if (filter.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            query = query.Where(d => d.Case.ReceivedOn >= from && d.Case.ReceivedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var q = filter.Search.Trim().ToLower();
            query = query.Where(d => d.Reference.ToLower().Contains(q) || d.SubmitterName.ToLower().Contains(q)
                                     || (d.ExamReference != null && d.ExamReference.ToLower().Contains(q)));
        }

        return query
            .OrderByDescending(d => d.Case.ReceivedOn).ThenByDescending(d => d.Reference)
            .Select(d => new CaseRow(d.Id, d.Reference, d.Case.Type, d.Case.SchemeCode, d.Case.State, d.Case.ReceivedOn, d.Case.ReferenceDate,
                d.SubmitterName, d.Case.Subject, d.ExamReference, d.Case.IsLate, d.Case.Outcome, d.Case.DecidedOn, d.Confidential));
    }

    /// <summary>The filtered register as a spreadsheet, in Dutch like its headings (type, state and outcome as the pages name them).</summary>
    public async Task<byte[]> ExportAsync(CaseFilter filter, CaseActor viewer, CancellationToken ct)
    {
        var rows = await Query(filter, viewer).ToListAsync(ct);
        db.RecordEvent("CaseRegister", "export", "Exported", $"register exported by {viewer.Name}", $"{rows.Count} rows");
        await db.SaveChangesAsync(ct);
        var header = new object?[] { "Nummer", "Soort", "Regeling", "Status", "Ontvangen", "Referentiedatum", "Indiener", "Onderwerp", "Examen", "Te laat", "Uitkomst", "Besloten" };
        return new XlsxWorkbook().Sheet("Register", new[] { header }.Concat(rows.Select(r => new object?[]
        {
            r.Reference, CaseMails.TypeNl(r.Type), r.SchemeCode, CaseMails.StateNl(r.State), r.ReceivedOn, r.ReferenceDate, r.SubmitterName, r.Subject,
            r.ExamReference, r.IsLate ? "ja" : "nee", r.Outcome is { } outcome ? CaseMails.OutcomeNl(outcome) : null, r.DecidedOn,
        }))).Build();
    }
}

/// <summary>A board line with the register data staff need.</summary>
public sealed record DeadlineRow(DeadlinesBoardEntry Entry, string Reference, string SubmitterName, DateTimeOffset? AppealNoticeSentAt);

/// <summary>The deadlines board over the open cases the viewer may see.</summary>
public sealed class DeadlinesBoardHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar)
{
    public async Task<IReadOnlyList<DeadlineRow>> HandleAsync(CaseActor viewer, CancellationToken ct)
    {
        var open = new[] { CaseState.Received, CaseState.Admissibility, CaseState.InHandling };
        var dossiers = await db.Set<CaseDossier>().AsNoTracking().Include(d => d.Case).AsSplitQuery().VisibleTo(db, viewer)
            .Where(d => open.Contains(d.Case.State)).ToListAsync(ct);
        var byId = dossiers.ToDictionary(d => d.Id);
        return DeadlinesBoard.Build(dossiers.Select(d => d.Case), CaseSchemes.Catalog, calendar, CaseClock.Today(time))
            .Select(e => new DeadlineRow(e, byId[e.CaseId].Reference, byId[e.CaseId].SubmitterName, byId[e.CaseId].AppealNoticeSentAt))
            .ToArray();
    }
}

/// <summary>
/// Tells each person whose objection or complaint is overdue that an appeal is open to them
/// (Examenreglement 13.2, 15) — once per case, through the outbox. Run by the background job, the CLI and the board.
/// </summary>
public sealed class NotifyOverdueCasesHandler(TouchstoneDbContext db, TimeProvider time, WorkingDayCalendar calendar, Mail.Mailer mailer)
{
    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var open = new[] { CaseState.Received, CaseState.Admissibility, CaseState.InHandling };
        var candidates = await db.Set<CaseDossier>().Include(d => d.Case).AsSplitQuery()
            .Where(d => d.AppealNoticeSentAt == null && open.Contains(d.Case.State)
                        && (d.Case.Type == CaseType.Objection || d.Case.Type == CaseType.Complaint))
            .ToListAsync(ct);
        var today = CaseClock.Today(time);
        var now = time.GetUtcNow();
        var told = 0;
        foreach (var dossier in candidates)
        {
            var deadlines = CaseSchemes.DeadlinesFor(dossier.Case.SchemeCode, calendar);
            var entry = DeadlinesBoard.EntryFor(dossier.Case, deadlines, today);
            if (!entry.AppealOpenToPerson || entry.DueDate is not { } due)
            {
                continue;
            }

            var appealBody = deadlines.Scheme.CaseTypes.FirstOrDefault(t => t.Type == CaseType.Appeal)?.AppealBody;
            dossier.AppealNoticeSentAt = now;
            dossier.LastChangedAt = now;
            if (dossier.SubmitterEmail is { } email)
            {
                mailer.Queue(email, CaseMails.AppealOpenSubject(dossier), CaseMails.AppealOpen(dossier, due, appealBody));
            }
            else
            {
                db.RecordEvent(nameof(CaseDossier), dossier.Id.ToString(), "AppealNoticeByPost",
                    $"{dossier.Reference} overdue; no e-mail address, the person must be told by post");
            }

            told++;
        }

        if (told > 0)
        {
            await db.Because("decision overdue: appeal open to the person (Examenreglement 13.2, 15)").SaveChangesAsync(ct);
        }

        return told;
    }
}

/// <summary>One comment on an exam as the committee sees it.</summary>
public sealed record CommentRow(Guid Id, string Reference, string? ExamReference, DateOnly ExamDate, DateOnly ReceivedOn, DateOnly Deadline, bool Late, CaseState State, CaseOutcome? Outcome, string SubmitterName, string? Description);

/// <summary>The comments on an exam for the committee, late ones marked late (Examenreglement 8.8, 8.9, 12).</summary>
public sealed class ExamCommentsHandler(TouchstoneDbContext db, WorkingDayCalendar calendar)
{
    public async Task<IReadOnlyList<CommentRow>> HandleAsync(string? examReference, CaseActor viewer, CancellationToken ct)
    {
        var query = db.Set<CaseDossier>().AsNoTracking().Include(d => d.Case).AsSplitQuery().VisibleTo(db, viewer).Where(d => d.Case.Type == CaseType.Comment);
        if (!string.IsNullOrWhiteSpace(examReference))
        {
            query = query.Where(d => d.ExamReference == examReference);
        }

        var dossiers = await query.ToListAsync(ct);
        return dossiers.Select(d =>
            {
                var deadline = CaseSchemes.DeadlinesFor(d.Case.SchemeCode, calendar).CommentDeadline(d.Case.ReferenceDate);
                return new CommentRow(d.Id, d.Reference, d.ExamReference, d.Case.ReferenceDate, d.Case.ReceivedOn, deadline,
                    d.Case.IsLate || d.Case.ReceivedOn > deadline, d.Case.State, d.Case.Outcome, d.SubmitterName, d.Description);
            })
            .OrderBy(r => r.ExamReference).ThenBy(r => r.Late).ThenBy(r => r.ReceivedOn)
            .ToArray();
    }
}
