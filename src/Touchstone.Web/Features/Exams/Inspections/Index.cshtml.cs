using Microsoft.AspNetCore.Mvc;
using Touchstone.App.Exams;

namespace Touchstone.Web.Features.Exams.Inspections;

/// <summary>
/// The back office's and director's list of inspection requests (Examenreglement 10.1): schedule (the candidate is
/// mailed), record as held, or refuse with the reason. Pending requests keep the work from the purge (10.3).
/// </summary>
public sealed class IndexModel(InspectionListHandler list) : ExamsPage
{
    public IReadOnlyList<InspectionRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <param name="at">Dutch date and time, as typed.</param>
    public async Task<IActionResult> OnPostScheduleAsync(Guid requestId, DateTime? at, [FromServices] ScheduleInspectionHandler handler, CancellationToken ct)
    {
        if (at is not { } moment)
        {
            ModelState.AddModelError("at", Text("Exams.Inspection.WhenRequired"));
            await LoadAsync(ct);
            return Page();
        }

        return await Done(await handler.HandleAsync(new ScheduleInspection(requestId, LmpExam.FromDutch(moment)), ct), Text("Exams.Done.InspectionScheduled"), () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostHeldAsync(Guid requestId, string? notes, [FromServices] CloseInspectionHandler handler, CancellationToken ct) =>
        await Done(await handler.HandleAsync(new CloseInspection(requestId, true, notes), ct), Text("Exams.Done.InspectionHeld"), () => LoadAsync(ct));

    public async Task<IActionResult> OnPostRefuseAsync(Guid requestId, string? reason, [FromServices] CloseInspectionHandler handler, CancellationToken ct) =>
        await Done(await handler.HandleAsync(new CloseInspection(requestId, false, reason), ct), Text("Exams.Done.InspectionRefused"), () => LoadAsync(ct));

    public string ComponentName(string code) => LmpExam.Blueprint.Component(code).Name;

    public DateTime Dutch(DateTimeOffset at) => LmpExam.ToDutch(at);

    private async Task LoadAsync(CancellationToken ct) => Rows = await list.HandleAsync(ct);
}
