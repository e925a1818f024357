using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Accounts;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Exams.Registrations;

/// <summary>
/// Training providers (and staff) register candidates one by one or by CSV file (Examenreglement 6.4, 6.5);
/// a file with a bad row imports nothing and the page shows the report per row. A special arrangement is
/// requested here with its supporting statement (6.2): with the registration (form or file), or afterwards for a
/// registered candidate until the registration deadline, also again after a refusal. Unpaid registrations past the
/// payment deadline are marked (3.1 g, 6.4).
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = Infrastructure.Errors.RequestSizeLimits.UploadRequestBytes)]
[RequestSizeLimit(Infrastructure.Errors.RequestSizeLimits.UploadRequestBytes)]
public sealed class IndexModel(TouchstoneDbContext db, RegisterCandidatesHandler register, TimeProvider time) : ExamsPage
{
    [BindProperty]
    public OneInput One { get; set; } = new();

    [BindProperty]
    public LaterInput Later { get; set; } = new();

    public IReadOnlyList<RowReport> Report { get; private set; } = [];

    public bool? Imported { get; private set; }

    public IReadOnlyList<ExamSession> OpenSessions { get; private set; } = [];

    public IReadOnlyList<(SessionRegistration Registration, ExamCandidate Candidate, ExamSession Session)> Mine { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(string.Empty, Text("Exams.Registrations.ChooseCsv"));
            await LoadAsync(ct);
            return Page();
        }

        var content = await ReadAsync(file, ct, App.Files.UploadPolicy.Csv);
        var check = App.Files.UploadPolicy.Csv.Check(file.FileName, content);
        if (!check.IsSuccess)
        {
            return await Done(Touchstone.Domain.Common.Result.From(check.Errors), string.Empty, () => LoadAsync(ct));
        }

        var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
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

        if (One.Accommodation is not null)
        {
            var requested = await accommodation.HandleAsync(await One.ToCommandAsync(result.RegistrationIds[0], ct), ct);
            if (!requested.IsSuccess)
            {
                // The registration stands without the arrangement; the request is refused with the rule named and can be made
                // again below (Request for a registered candidate) until the registration deadline.
                ModelState.AddErrors(requested.Errors);
                ModelState.AddModelError(string.Empty, Text("Exams.Accommodation.RegisteredWithout"));
                // The arrangement as typed moves to that form (the statement file must be chosen again); the registration
                // form is emptied, as the candidate is registered.
                Later.RegistrationId = result.RegistrationIds[0];
                Later.CopyArrangement(One);
                foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(One) + ".", StringComparison.Ordinal)).ToList())
                {
                    ModelState.Remove(key);
                }

                One = new();
                await LoadAsync(ct);
                return Page();
            }
        }

        Message = Text("Exams.Done.Registered");
        return RedirectToPage();
    }

    /// <summary>A special arrangement for a candidate registered already (again after a refusal), before the registration deadline (6.2).</summary>
    public async Task<IActionResult> OnPostAccommodationAsync([FromServices] RequestAccommodationHandler accommodation, CancellationToken ct)
    {
        if (!await MineQuery(await ProviderIdAsync(ct)).AnyAsync(x => x.Registration.Id == Later.RegistrationId, ct))
        {
            return NotFound();
        }

        if (Later.Accommodation is null)
        {
            ModelState.AddModelError("Later.Accommodation", Text("Exams.Accommodation.ChooseKind"));
            await LoadAsync(ct);
            return Page();
        }

        var requested = await accommodation.HandleAsync(await Later.ToCommandAsync(Later.RegistrationId, ct), ct);
        return await Done(Plain(requested), Text("Exams.Done.AccommodationRequested"), () => LoadAsync(ct));
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
        Today = time.Today();
        OpenSessions = await db.Set<ExamSession>().AsNoTracking().Where(s => s.RegistrationDeadline >= Today).OrderBy(s => s.ExamDate).ToListAsync(ct);
        var rows = await MineQuery(await ProviderIdAsync(ct)).Take(200).ToListAsync(ct);
        Mine = [.. rows.Select(x => (x.Registration, x.Candidate, x.Session))];
    }

    public DateOnly Today { get; private set; }

    /// <summary>Registered candidates of open sessions without a pending or granted arrangement: one can still be asked for (6.2).</summary>
    public IEnumerable<(SessionRegistration Registration, ExamCandidate Candidate, ExamSession Session)> CanRequestAccommodation =>
        Mine.Where(m => m.Registration.State == RegistrationState.Registered && m.Session.RegistrationDeadline >= Today
            && m.Registration.AccommodationStatus is null or AccommodationStatus.Refused);

    public sealed class MineRow
    {
        public required SessionRegistration Registration { get; init; }

        public required ExamCandidate Candidate { get; init; }

        public required ExamSession Session { get; init; }
    }

    /// <summary>The special-arrangement fields of the forms (Examenreglement 6.2); the statement is a file.</summary>
    public class AccommodationInput
    {
        public AccommodationKind? Accommodation { get; set; }

        public int ExtraMinutes { get; set; }

        public bool ReadAloud { get; set; }

        public bool Dictionary { get; set; }

        public string? AlternativeForm { get; set; }

        public DateOnly? ResidentSince { get; set; }

        public IFormFile? Statement { get; set; }

        /// <summary>Takes over the arrangement typed in <paramref name="other"/> (not the file, which a browser cannot resend).</summary>
        public void CopyArrangement(AccommodationInput other)
        {
            (Accommodation, ExtraMinutes, ReadAloud, Dictionary, AlternativeForm, ResidentSince) =
                (other.Accommodation, other.ExtraMinutes, other.ReadAloud, other.Dictionary, other.AlternativeForm, other.ResidentSince);
        }

        public async Task<RequestAccommodation> ToCommandAsync(Guid registrationId, CancellationToken ct) =>
            new(registrationId, Accommodation!.Value, ExtraMinutes, ReadAloud, Dictionary, AlternativeForm, ResidentSince, Statement?.FileName,
                Statement is null ? null : await ReadAsync(Statement, ct));
    }

    public sealed class OneInput : AccommodationInput
    {
        public Guid SessionId { get; set; }

        public string? Name { get; set; }

        public string? DateOfBirth { get; set; }

        public string? Email { get; set; }

        public bool Resit { get; set; }
    }

    public sealed class LaterInput : AccommodationInput
    {
        public Guid RegistrationId { get; set; }
    }
}
