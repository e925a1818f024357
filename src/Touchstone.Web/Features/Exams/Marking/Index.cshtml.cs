using Touchstone.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Exams;

namespace Touchstone.Web.Features.Exams.Marking;

/// <summary>
/// The marker's work list: assignments to mark, known only by candidate number (anonymous marking,
/// Examenreglement 8.4); points per assignment; a declared conflict hands the work to another marker (5.4).
/// </summary>
public sealed class IndexModel(TouchstoneDbContext db, ICurrentActor actor) : ExamsPage
{
    public IReadOnlyList<WorkItem> Work { get; private set; } = [];

    public IReadOnlyList<App.Exams.ScoredItemView> Items { get; } =
        [.. LmpExam.AssignmentsScheme.Items.Select(i => new App.Exams.ScoredItemView(i.Number, i.Max, i.Min))];

    /// <summary>The work whose marking was just refused, with the points entered, so the form shows them again.</summary>
    public (Guid RegistrationId, int[] Points)? Posted { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The points entered for item <paramref name="index"/> of <paramref name="registrationId"/> in a refused post, else null.</summary>
    public int? PostedPoints(Guid registrationId, int index) =>
        Posted is { } p && p.RegistrationId == registrationId && index < p.Points.Length ? p.Points[index] : null;

    public async Task<IActionResult> OnPostMarkAsync(Guid registrationId, int[] points, [FromServices] RecordAssignmentsMarkingHandler handler, CancellationToken ct)
    {
        Posted = (registrationId, points);
        var result = await handler.HandleAsync(new RecordAssignmentsMarking(registrationId, points), ct);
        return await Done(Plain(result), result.IsSuccess ? Text("Exams.Done.Marked", result.Value.Text()) : string.Empty, () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostConflictAsync(Guid registrationId, string? reason, [FromServices] DeclareMarkerConflictHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new DeclareMarkerConflict(registrationId, reason ?? "belangenverstrengeling"), ct);
        return await Done(Plain(result), Text("Exams.Done.ConflictReported"), () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = actor.Id;
        Work = await (from c in db.Set<ExamComponentResult>().AsNoTracking()
                      join r in db.Set<SessionRegistration>().AsNoTracking() on c.RegistrationId equals r.Id
                      where c.Code == LmpExam.Assignments && !c.Invalid
                            && ((c.AssignedMarkerId == me && c.FirstPoints == null) || (c.AssignedSecondMarkerId == me && c.FirstPoints != null && c.SecondPoints == null))
                      orderby r.CandidateNumber
                      select new WorkItem(r.Id, r.CandidateNumber, c.FirstPoints != null)).ToListAsync(ct);
    }

    public sealed record WorkItem(Guid RegistrationId, string CandidateNumber, bool Second);
}
