using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Accounts;
using Touchstone.Domain.Exams;

namespace Touchstone.Web.Features.Exams.Sessions;

/// <summary>The director's exam sessions: list and plan a new one (Examenreglement 3.1 b, c, d, g).</summary>
public sealed class IndexModel(TouchstoneDbContext db, CreateSessionHandler create, TimeProvider time) : ExamsPage
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public IReadOnlyList<(ExamSession Session, int Registered)> Sessions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Examiners { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = time.Today();
        Input = new SessionInput
        {
            ExamDate = today.AddDays(60), StartsAt = new TimeOnly(9, 30), RegistrationDeadline = today.AddDays(40), PaymentDeadline = today.AddDays(45),
            Capacity = 20, TheoryMinutes = 60, PracticalMinutes = 45, Fee = 395m, Place = "Amersfoort",
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var result = await create.HandleAsync(new CreateSession(Input.Code, Input.ExamDate, Input.Place, Input.ExaminerUserId, Input.Capacity,
            Input.TheoryMinutes, Input.PracticalMinutes, Input.RegistrationDeadline, Input.PaymentDeadline, Input.Fee, Input.StartsAt), ct);
        if (!result.IsSuccess)
        {
            return await Done(Plain(result), string.Empty, () => LoadAsync(ct));
        }

        return RedirectToPage("Session", new { id = result.Value.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var sessions = await db.Set<ExamSession>().AsNoTracking().OrderByDescending(s => s.ExamDate).ToListAsync(ct);
        var counts = await db.Set<SessionRegistration>().AsNoTracking()
            .Where(r => r.State != RegistrationState.Cancelled).GroupBy(r => r.SessionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Sessions = [.. sessions.Select(s => (s, counts.GetValueOrDefault(s.Id)))];
        var examinerIds = await db.RoleGrants.AsNoTracking().Where(g => g.Role == Role.Examiner).Select(g => g.UserId).ToListAsync(ct);
        Examiners = [.. await db.Users.AsNoTracking().Where(u => examinerIds.Contains(u.Id)).OrderBy(u => u.DisplayName)
            .Select(u => new SelectListItem(u.DisplayName, u.Id)).ToListAsync(ct)];
    }

    public sealed class SessionInput
    {
        [Required, StringLength(40)]
        public string Code { get; set; } = string.Empty;

        public DateOnly ExamDate { get; set; }

        /// <summary>The start of the exam, Dutch time: latecomers are judged against it (Examenreglement 7.1, 7.6).</summary>
        public TimeOnly StartsAt { get; set; }

        [Required, StringLength(200)]
        public string Place { get; set; } = string.Empty;

        public string? ExaminerUserId { get; set; }

        [Range(1, 1000)]
        public int Capacity { get; set; }

        [Range(1, 600)]
        public int TheoryMinutes { get; set; }

        [Range(1, 600)]
        public int PracticalMinutes { get; set; }

        public DateOnly RegistrationDeadline { get; set; }

        public DateOnly PaymentDeadline { get; set; }

        [Range(0, 100000)]
        public decimal Fee { get; set; }
    }
}
