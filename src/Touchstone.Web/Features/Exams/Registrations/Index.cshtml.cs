using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;

namespace Touchstone.Web.Features.Exams.Registrations;

/// <summary>
/// Training providers (and staff) register candidates one by one or by CSV file (Examenreglement 6.4, 6.5);
/// a file with a bad row imports nothing and the page shows the report per row. A special arrangement is
/// requested here with its supporting statement (6.2).
/// </summary>
public sealed class IndexModel(TouchstoneDbContext db, RegisterCandidatesHandler register, TimeProvider time) : ExamsPage
{
    [BindProperty]
    public OneInput One { get; set; } = new();

    public IReadOnlyList<RowReport> Report { get; private set; } = [];

    public bool? Imported { get; private set; }

    public IReadOnlyList<ExamSession> OpenSessions { get; private set; } = [];

    public IReadOnlyList<(SessionRegistration Registration, ExamCandidate Candidate, ExamSession Session)> Mine { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(string.Empty, "Kies een CSV-bestand.");
            await LoadAsync(ct);
            return Page();
        }

        var check = App.Files.UploadPolicy.Csv.Check(file.FileName, await ReadAsync(file, ct));
        if (!check.IsSuccess)
        {
            return await Done(Touchstone.Domain.Common.Result.From(check.Errors), string.Empty, () => LoadAsync(ct));
        }

        var text = Encoding.UTF8.GetString(await ReadAsync(file, ct)).TrimStart('\uFEFF');
        var result = await register.HandleAsync(new RegisterCandidates(RegistrationCsv.Read(text), null, await ProviderIdAsync(ct)), ct);
        Report = result.Rows;
        Imported = result.Imported;
        if (!result.Imported)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSingleAsync([FromServices] RequestAccommodationHandler accommodation, CancellationToken ct)
    {
        var result = await register.HandleAsync(new RegisterCandidates(
            [new RegistrationRow(1, null, One.Name, One.DateOfBirth, One.Email, One.Resit)], One.SessionId, await ProviderIdAsync(ct)), ct);
        if (!result.Imported)
        {
            return await Done(Touchstone.Domain.Common.Result.From(result.Rows.SelectMany(r => r.Errors)), string.Empty, () => LoadAsync(ct));
        }

        if (One.Accommodation is { } kind)
        {
            var statement = One.Statement is null ? null : await ReadAsync(One.Statement, ct);
            var requested = await accommodation.HandleAsync(new RequestAccommodation(result.RegistrationIds[0], kind, One.ExtraMinutes, One.ReadAloud,
                One.Dictionary, One.AlternativeForm, One.ResidentSince, One.Statement?.FileName, statement), ct);
            if (!requested.IsSuccess)
            {
                // The registration stands; the request is refused with the rule named.
                return await Done(Plain(requested), string.Empty, () => LoadAsync(ct));
            }
        }

        Message = Text("Exams.Done.Registered");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid registrationId, [FromServices] CancelRegistrationHandler cancel, CancellationToken ct)
    {
        var mine = await MineQuery(await ProviderIdAsync(ct)).AnyAsync(x => x.Registration.Id == registrationId, ct);
        if (!mine)
        {
            return NotFound();
        }

        var result = await cancel.HandleAsync(new CancelRegistration(registrationId, RegistrationActor.TrainingProvider, "schriftelijke afmelding"), ct);
        return await Done(Plain(result), result.IsSuccess ? Text("Exams.Done.Withdrawn", result.Value.Refund, result.Value.Due) : string.Empty, () => LoadAsync(ct));
    }

    private async Task<Guid?> ProviderIdAsync(CancellationToken ct)
    {
        if (!User.Holds(Role.TrainingProvider, Schemes.Lmp) || User.Holds(Role.Director) || User.Holds(Role.BackOffice))
        {
            return null;
        }

        var email = User.Identity?.Name;
        return await db.Users.AsNoTracking().Where(u => u.UserName == email).Select(u => u.OrganisationId).FirstOrDefaultAsync(ct) ?? Guid.Empty;
    }

    private IQueryable<MineRow> MineQuery(Guid? providerId) =>
        from r in db.Set<SessionRegistration>().AsNoTracking()
        join c in db.Set<ExamCandidate>().AsNoTracking() on r.CandidateId equals c.Id
        join s in db.Set<ExamSession>().AsNoTracking() on r.SessionId equals s.Id
        where providerId == null || c.TrainingProviderId == providerId
        orderby s.ExamDate descending, r.CandidateNumber
        select new MineRow { Registration = r, Candidate = c, Session = s };

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = time.Today();
        OpenSessions = await db.Set<ExamSession>().AsNoTracking().Where(s => s.RegistrationDeadline >= today).OrderBy(s => s.ExamDate).ToListAsync(ct);
        var rows = await MineQuery(await ProviderIdAsync(ct)).Take(200).ToListAsync(ct);
        Mine = [.. rows.Select(x => (x.Registration, x.Candidate, x.Session))];
    }

    public sealed class MineRow
    {
        public required SessionRegistration Registration { get; init; }

        public required ExamCandidate Candidate { get; init; }

        public required ExamSession Session { get; init; }
    }

    public sealed class OneInput
    {
        public Guid SessionId { get; set; }

        public string? Name { get; set; }

        public string? DateOfBirth { get; set; }

        public string? Email { get; set; }

        public bool Resit { get; set; }

        public AccommodationKind? Accommodation { get; set; }

        public int ExtraMinutes { get; set; }

        public bool ReadAloud { get; set; }

        public bool Dictionary { get; set; }

        public string? AlternativeForm { get; set; }

        public DateOnly? ResidentSince { get; set; }

        public IFormFile? Statement { get; set; }
    }
}
