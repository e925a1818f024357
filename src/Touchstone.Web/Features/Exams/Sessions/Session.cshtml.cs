using Microsoft.AspNetCore.Mvc;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;

namespace Touchstone.Web.Features.Exams.Sessions;

/// <summary>
/// One session for the director and back office: candidates with payment, cancellation (refund), special
/// arrangements, fraud afterwards, marker assignment and diplomas; the attendance list as PDF. Special arrangements
/// and fraud afterwards are the director's decisions (Examenreglement 6.2, 7.9): the actor comes from the user's roles.
/// </summary>
public sealed class SessionModel(TouchstoneDbContext db) : ExamsPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ExamSession? Session { get; private set; }

    public IReadOnlyList<CandidateRow> Rows { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Markers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Session is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetAttendanceListAsync([FromServices] AttendanceListHandler handler, CancellationToken ct) =>
        await handler.HandleAsync(Id, ct) is { } pdf ? File(pdf.Pdf, "application/pdf", pdf.FileName) : NotFound();

    public async Task<IActionResult> OnPostPaidAsync(Guid registrationId, bool paid, [FromServices] RecordPaymentHandler handler, CancellationToken ct) =>
        await Done(await handler.HandleAsync(new RecordPayment(registrationId, paid), ct), Text("Exams.Done.Paid"), () => LoadAsync(ct), new { Id });

    public async Task<IActionResult> OnPostCancelAsync(Guid registrationId, string? reason, [FromServices] CancelRegistrationHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(new CancelRegistration(registrationId, RegistrationActor.BackOffice, reason), ct);
        return await Done(Plain(result), result.IsSuccess ? Text("Exams.Done.WithdrawnBy", result.Value.Refund, result.Value.Due, result.Value.LastDayForRefund) : string.Empty, () => LoadAsync(ct), new { Id });
    }

    public async Task<IActionResult> OnPostAccommodationAsync(Guid registrationId, bool approve, [FromServices] DecideAccommodationHandler handler, CancellationToken ct) =>
        await Done(await handler.HandleAsync(new DecideAccommodation(registrationId, approve, IsDirector ? AccommodationDecider.Director : null), ct), Text("Exams.Done.Decided"), () => LoadAsync(ct), new { Id });

    public async Task<IActionResult> OnPostFraudAsync(Guid registrationId, string? finding, [FromServices] RecordFraudHandler handler, CancellationToken ct) =>
        await Done(await handler.HandleAsync(new RecordFraud(registrationId, finding ?? string.Empty, StaffActor), ct), Text("Exams.Done.Fraud"), () => LoadAsync(ct), new { Id });

    public async Task<IActionResult> OnPostAssignMarkerAsync(Guid registrationId, string markerId, bool second, [FromServices] AssignMarkerHandler handler, CancellationToken ct) =>
        await Done(await handler.HandleAsync(new AssignMarker(registrationId, markerId, second), ct), Text("Exams.Done.MarkerAssigned"), () => LoadAsync(ct), new { Id });

    public async Task<IActionResult> OnPostDiplomaAsync(Guid registrationId, [FromServices] IssueDiplomaHandler handler, CancellationToken ct) =>
        await Done(Plain(await handler.HandleAsync(new IssueDiploma(registrationId), ct)), Text("Exams.Done.DiplomaIssued"), () => LoadAsync(ct), new { Id });

    private async Task LoadAsync(CancellationToken ct)
    {
        (Session, Rows) = await SessionView.LoadAsync(db, Id, ct);
        Markers = await SessionView.UsersWithRoleAsync(db, Role.Marker, ct);
    }
}
