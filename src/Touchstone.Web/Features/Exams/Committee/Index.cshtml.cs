using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Exams;

namespace Touchstone.Web.Features.Exams.Committee;

/// <summary>The committee's desk: theory marking per session, markings that disagree (8.4), medical arrangements (6.2).</summary>
public sealed class IndexModel(TouchstoneDbContext db) : ExamsPage
{
    public IReadOnlyList<ExamSession> Sessions { get; private set; } = [];

    public IReadOnlyList<Disagreement> Disagreements { get; private set; } = [];

    public IReadOnlyList<SessionRegistration> MedicalRequests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDecideAsync(Guid registrationId, ResultBand band, string? grounds, [FromServices] DecideMarkingDisagreementHandler handler, CancellationToken ct) =>
        await Done(await handler.HandleAsync(new DecideMarkingDisagreement(registrationId, band, grounds ?? string.Empty), ct), Text("Exams.Done.Decided"), () => LoadAsync(ct));

    public async Task<IActionResult> OnPostMedicalAsync(Guid registrationId, bool approve, [FromServices] DecideAccommodationHandler handler, CancellationToken ct) =>
        await Done(await handler.HandleAsync(new DecideAccommodation(registrationId, approve, AccommodationDecider.ExamCommittee), ct), Text("Exams.Done.Decided"), () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Sessions = await db.Set<ExamSession>().AsNoTracking().OrderByDescending(s => s.ExamDate).ToListAsync(ct);
        var open = await (from c in db.Set<ExamComponentResult>().AsNoTracking()
                          join r in db.Set<SessionRegistration>().AsNoTracking() on c.RegistrationId equals r.Id
                          where c.Code == LmpExam.Assignments && c.SecondPoints != null && c.DecisionBand == null && !c.IsFinal
                          select new { r.Id, r.CandidateNumber, c.FirstPoints, c.SecondPoints }).ToListAsync(ct);
        var scheme = LmpExam.AssignmentsScheme;
        Disagreements = [.. open.Select(x => new Disagreement(x.Id, x.CandidateNumber, scheme.BandFor(x.FirstPoints!), x.FirstPoints!.Sum(), scheme.BandFor(x.SecondPoints!), x.SecondPoints!.Sum()))];
        MedicalRequests = await db.Set<SessionRegistration>().AsNoTracking()
            .Where(r => r.AccommodationKind == AccommodationKind.Medical && r.AccommodationStatus == AccommodationStatus.Requested).ToListAsync(ct);
    }

    public sealed record Disagreement(Guid RegistrationId, string CandidateNumber, ResultBand First, int FirstTotal, ResultBand Second, int SecondTotal);
}
