using Touchstone.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;
using Touchstone.Web.Infrastructure.Auth;

namespace Touchstone.Web.Features.Exams.ExamDay;

/// <summary>
/// The exam day (Examenreglement 7): attendance list, identity check and admission with the arrival time (late entry
/// admitted without extra time or refused, 7.1, 7.6) and the candidate's confirmation of his data (7.7), refused entry,
/// incidents, removal, invalidation, fraud; the practical observations with the on-the-spot resit (8.7); the work handed in.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = Infrastructure.Errors.RequestSizeLimits.UploadRequestBytes)]
[RequestSizeLimit(Infrastructure.Errors.RequestSizeLimits.UploadRequestBytes)]
public sealed class SessionModel(TouchstoneDbContext db, RecordAttendanceHandler attendance, ICurrentActor actor, TimeProvider time) : ExamsPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ExamSession? Session { get; private set; }

    public IReadOnlyList<CandidateRow> Rows { get; private set; } = [];

    /// <summary>Every kind of document a candidate may show: the accepted ones (7.3) first, then "another document", which is refused.</summary>
    public IReadOnlyList<IdentityDocumentType> Documents =>
        [.. LmpExam.Regulation.AcceptedIdentityDocuments, .. Enum.GetValues<IdentityDocumentType>().Except(LmpExam.Regulation.AcceptedIdentityDocuments)];

    /// <summary>The Dutch time now: the default arrival time at admission.</summary>
    public TimeOnly Now => time.DutchTime();

    /// <summary>The planned end of the written component for this candidate: a late arrival does not move it (7.1, 7.6).</summary>
    public TimeOnly? EndsAt(SessionRegistration registration) =>
        Session?.StartsAt is { } start ? ExamDayRules.EndsAt(start, Session.TheoryMinutes, registration.ApprovedExtraMinutes) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetAttendanceListAsync([FromServices] AttendanceListHandler handler, CancellationToken ct) =>
        await LoadAsync(ct) && await handler.HandleAsync(Id, ct) is { } pdf ? File(pdf.Pdf, "application/pdf", pdf.FileName) : NotFound();

    public async Task<IActionResult> OnPostAttendanceAsync(
        Guid registrationId, AttendanceAction action, string? reason, IdentityDocumentType? document, DateOnly? validUntil, bool copyProvided, bool copyBothSides,
        TimeOnly? arrivedAt, bool dataSigned, string? dataCorrections, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return await Done(await attendance.HandleAsync(new RecordAttendance(registrationId, action, reason, document, validUntil, copyProvided, copyBothSides, arrivedAt, dataSigned, dataCorrections), ct),
            Text("Exams.Done.Recorded"), () => LoadAsync(ct), new { Id });
    }

    public async Task<IActionResult> OnPostFraudAsync(Guid registrationId, string? finding, [FromServices] RecordFraudHandler handler, CancellationToken ct) =>
        !await LoadAsync(ct) ? NotFound() : await Done(await handler.HandleAsync(new RecordFraud(registrationId, finding ?? string.Empty, FraudActor), ct),
            Text("Exams.Done.FraudExamDay"), () => LoadAsync(ct), new { Id });

    public async Task<IActionResult> OnPostPracticalAsync(Guid registrationId, string? criteria, int? resitPart, int? resitMet, bool resitDeclined, [FromServices] RecordPracticalHandler handler, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var entries = (criteria ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        if (entries.FirstOrDefault(x => !int.TryParse(x, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _)) is { } unreadable)
        {
            // Not a number: say so (not "negative"), and show what was typed.
            Posted = new(registrationId, criteria, resitPart, resitMet, resitDeclined);
            ModelState.AddModelError(string.Empty, Text("Exams.Practical.NotANumber", unreadable));
            await LoadAsync(ct);
            return Page();
        }

        var met = entries.Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var result = await handler.HandleAsync(new RecordPractical(registrationId, met, resitPart, resitMet, resitDeclined), ct);
        var message = result.IsSuccess
            ? Text("Exams.Done.Practical", result.Value.Points, result.Value.Band.Text()) + (result.Value.ResitAllowed && resitPart is null && !resitDeclined ? " " + Text("Exams.Done.ResitPossible") : string.Empty)
            : string.Empty;
        if (!result.IsSuccess)
        {
            // Refused (e.g. more criteria met than a part has): the form shows what the examiner typed, to correct it.
            Posted = new(registrationId, criteria, resitPart, resitMet, resitDeclined);
        }

        return await Done(Plain(result), message, () => LoadAsync(ct), new { Id });
    }

    /// <summary>The practical observations as posted, when they were refused (shown again in that candidate's form).</summary>
    public PostedPractical? Posted { get; private set; }

    public sealed record PostedPractical(Guid RegistrationId, string? Criteria, int? ResitPart, int? ResitMet, bool ResitDeclined);

    public async Task<IActionResult> OnPostWorkAsync(Guid registrationId, string component, IFormFile? file, [FromServices] UploadWorkHandler handler, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var content = file is null ? [] : await ReadAsync(file, ct);
        return await Done(await handler.HandleAsync(new UploadWork(registrationId, component, file?.FileName ?? "work.pdf", content), ct), Text("Exams.Done.WorkSaved"), () => LoadAsync(ct), new { Id });
    }

    /// <summary>
    /// Who establishes fraud here (Examenreglement 7.8, 7.9): the session's examiner, or the director; back office, which
    /// may follow the exam day, is refused by the rule (and is not offered the form).
    /// </summary>
    public RegistrationActor FraudActor =>
        Session?.ExaminerUserId == actor.Id ? RegistrationActor.Examiner
        : Policies.HoldsLmp(User, Role.Director) ? RegistrationActor.Director
        : RegistrationActor.BackOffice;

    // An examiner sees only the sessions he is appointed to; staff see all.
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        (Session, Rows) = await SessionView.LoadAsync(db, Id, ct);
        return Session is not null && (Session.ExaminerUserId == actor.Id || Policies.HoldsLmp(User, Role.Director, Role.BackOffice));
    }
}
