using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Touchstone.App.Cases;
using Touchstone.App.Data;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;
using Touchstone.Web.Infrastructure.Errors;

namespace Touchstone.Web.Features.Cases;

/// <summary>
/// The admissibility checklist: staff answer each requirement, the domain names every one that fails, and
/// completing it records the outcome (admissible → in handling; otherwise inadmissible with the reasons).
/// </summary>
public sealed class ChecklistModel(
    TouchstoneDbContext db,
    WorkingDayCalendar calendar,
    SaveChecklistHandler save,
    CompleteAdmissibilityHandler complete,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public CaseDossier Dossier { get; private set; } = null!;

    public IReadOnlyDictionary<string, bool?> Answers { get; private set; } = new Dictionary<string, bool?>();

    public AdmissibilityVerdict? Verdict { get; private set; }

    /// <summary>
    /// The roles that may complete the check with this verdict, when the viewer may not (an objection is
    /// declared inadmissible by the committee, not by the office); empty when the viewer may.
    /// </summary>
    public IReadOnlyList<CaseRole> CompletedByOthers { get; private set; } = [];

    /// <summary>The scheme's objection wording (what it concerns, to whom it is addressed) from frameworks/case-types.yaml.</summary>
    public ObjectionWording Wording { get; private set; } = ObjectionWording.Exam;

    /// <summary>The scheme's wording filled into an item's label, in the page's language.</summary>
    public string ItemArgument(string item)
    {
        var dutch = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
        return item switch
        {
            nameof(ObjectionChecklist.AgainstResult) => dutch ? Wording.SubjectNl : Wording.Subject,
            nameof(ObjectionChecklist.AddressedToExamCommittee) => dutch ? Wording.AddresseeNl : Wording.Addressee,
            _ => string.Empty,
        };
    }

    [BindProperty]
    public Dictionary<string, string?> Items { get; set; } = [];

    [BindProperty]
    public DateOnly? PostmarkDate { get; set; }

    [BindProperty]
    public DateOnly? ProofOfSendingDate { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var answers = Items.ToDictionary(kv => kv.Key, kv => kv.Value switch { "yes" => true, "no" => (bool?)false, _ => null });
        var result = await save.HandleAsync(new SaveChecklist(id, answers, PostmarkDate, ProofOfSendingDate), User.ToCaseActor(), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            db.ChangeTracker.Clear();
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Message"] = t["Cases.Checklist.Saved"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct)
    {
        var result = await complete.HandleAsync(id, User.ToCaseActor(), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors);
            db.ChangeTracker.Clear();
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Message"] = (result.Value.IsAdmissible ? t["Cases.Checklist.Admissible"] : t["Cases.Checklist.Inadmissible"]).Value;
        return RedirectToPage("/Cases/Detail", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var dossier = await db.Set<CaseDossier>().AsNoTracking().Include(d => d.Case).AsSplitQuery().VisibleTo(db, User.ToCaseActor()).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null)
        {
            return false;
        }

        Dossier = dossier;
        Answers = AdmissibilityChecklist.Answers(dossier);
        if (CaseSchemes.Find(dossier.Case.SchemeCode) is { } scheme && scheme.Offers(CaseType.Objection))
        {
            Wording = scheme.For(CaseType.Objection).Wording;
        }

        PostmarkDate ??= dossier.PostmarkDate;
        ProofOfSendingDate ??= dossier.ProofOfSendingDate;
        if (dossier.Case.State == CaseState.Admissibility)
        {
            Verdict = await AdmissibilityChecklist.EvaluateAsync(db, dossier, calendar, ct);
            var target = Verdict.IsAdmissible ? CaseState.InHandling : CaseState.Inadmissible;
            var actor = User.ToCaseActor();
            var c = dossier.Case;
            var allowed = c.RolesFor(target);
            if (!allowed.Contains(actor.RoleFor(c, CaseState.Admissibility, target)))
            {
                CompletedByOthers = allowed;
            }
        }

        return true;
    }
}
