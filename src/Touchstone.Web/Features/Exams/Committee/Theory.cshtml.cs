using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Exams;
using Touchstone.Web.Features.Cases;

namespace Touchstone.Web.Features.Exams.Committee;

/// <summary>
/// Theory marking for one session: the key, the answer import, a key change previewed before it is applied
/// (Examenreglement 8.3, 8.9) and the item analysis that informs it; after the comment period the final answer model,
/// which makes the theory scores final. The comments on the exam, late ones
/// marked late, are listed before the key is fixed (8.8, 8.9, 12).
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = Infrastructure.Errors.RequestSizeLimits.UploadRequestBytes)]
[RequestSizeLimit(Infrastructure.Errors.RequestSizeLimits.UploadRequestBytes)]
public sealed class TheoryModel(TouchstoneDbContext db, ExamCommentsHandler comments, WorkingDayCalendar calendar) : ExamsPage
{
    /// <summary>The comments filed on this session (by its code), from the Cases register.</summary>
    public IReadOnlyList<CommentRow> Comments { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ExamSession? Session { get; private set; }

    public AnswerKey? Key { get; private set; }

    /// <summary>The last day for comments (Examenreglement 12); the final answer model is fixed after it (8.9).</summary>
    public DateOnly CommentDeadline { get; private set; }

    public IReadOnlyList<ItemStatistics> Items { get; private set; } = [];

    public IReadOnlyList<RowReport> Report { get; private set; } = [];

    public KeyChangePreview? Preview { get; private set; }

    [BindProperty]
    public KeyChangeInput Change { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The key letters typed in a refused attempt, shown again in the form.</summary>
    public string? EnteredLetters { get; private set; }

    public async Task<IActionResult> OnPostKeyAsync(string? letters, [FromServices] SetAnswerKeyHandler handler, CancellationToken ct)
    {
        EnteredLetters = letters;
        return await Done(await handler.HandleAsync(new SetAnswerKey(Id, letters ?? string.Empty), ct), Text("Exams.Done.KeySet"), () => LoadAsync(ct), new { Id });
    }

    /// <summary>After the comment period: the final answer model; the theory scores become final (Examenreglement 8.9).</summary>
    public async Task<IActionResult> OnPostFixAsync([FromServices] FixAnswerKeyHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new FixAnswerKey(Id), ct);
        return await Done(Plain(result), result.IsSuccess ? Text("Exams.Done.KeyFixed", result.Value) : string.Empty, () => LoadAsync(ct), new { Id });
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, [FromServices] ImportTheoryAnswersHandler handler, CancellationToken ct)
    {
        var text = file is null ? string.Empty : System.Text.Encoding.UTF8.GetString(await ReadAsync(file, ct, App.Files.UploadPolicy.Csv)).TrimStart('\uFEFF');
        var result = await handler.HandleAsync(new ImportTheoryAnswers(Id, text), ct);
        if (!result.IsSuccess)
        {
            return await Done(Plain(result), string.Empty, () => LoadAsync(ct), new { Id });
        }

        Report = result.Value;
        if (Report.All(r => r.Ok))
        {
            Message = Text("Exams.Done.SheetsImported", Report.Count);
            return RedirectToPage(new { Id });
        }

        // Nothing was imported: the report per row, with the status the registration upload uses.
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Dry run first (<c>apply=false</c>): shows whose points and bands change; then the same form applies it.</summary>
    public async Task<IActionResult> OnPostChangeAsync(bool apply, [FromServices] ChangeAnswerKeyHandler handler, CancellationToken ct)
    {
        var edits = new List<KeyEdit>();
        if (Change.Question is { } q)
        {
            edits.Add(Change.Void ? new VoidQuestion(q, Change.Grounds ?? string.Empty) : new AcceptAnswer(q, char.ToUpperInvariant(Change.Answer?.FirstOrDefault() ?? ' ')));
        }

        var result = await handler.HandleAsync(new ChangeAnswerKey(Id, edits, Change.Grounds ?? string.Empty, apply), ct);
        if (!result.IsSuccess || apply)
        {
            return await Done(Plain(result), result.IsSuccess ? Text("Exams.Done.KeyChanged", result.Value.PointsChanged.Count) : string.Empty, () => LoadAsync(ct), new { Id });
        }

        Preview = result.Value;
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Session = await db.Set<ExamSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == Id, ct);
        if (Session is null)
        {
            return false;
        }

        Key = LmpExam.ReadKey(Session.AnswerKeyJson);
        CommentDeadline = FixAnswerKeyHandler.CommentDeadline(Session, calendar);
        Comments = await comments.HandleAsync(Session.Code, User.ToCaseActor(), ct);
        var sheets = await db.Set<SessionRegistration>().AsNoTracking().Where(r => r.SessionId == Id && r.TheoryAnswers != null)
            .Select(r => new { r.CandidateNumber, r.TheoryAnswers }).ToListAsync(ct);
        Items = Key is null || sheets.Count == 0 ? [] : ItemAnalysis.Analyse(Key, [.. sheets.Select(s => new AnswerSheet(s.CandidateNumber, s.TheoryAnswers!))]);
        return true;
    }

    public sealed class KeyChangeInput
    {
        public int? Question { get; set; }

        public string? Answer { get; set; }

        public bool Void { get; set; }

        public string? Grounds { get; set; }
    }
}
