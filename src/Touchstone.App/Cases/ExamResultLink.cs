using Microsoft.EntityFrameworkCore;
using Touchstone.App.Data;
using Touchstone.App.Exams;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Exams;

namespace Touchstone.App.Cases;

/// <summary>The exam registration and component an objection is about.</summary>
public sealed record ExamResultTarget(Guid RegistrationId, Guid ComponentId);

/// <summary>
/// Links an objection on an LMP exam result to the result itself: the session code, candidate number and
/// component the person wrote are resolved to the registration and <see cref="ExamComponentResult"/>. The
/// text stays on the dossier (a letter may name something unknown; staff then fix the link). While an open
/// objection or appeal is linked to a component, its <see cref="ExamComponentResult.ObjectionOpen"/> hold
/// keeps the candidate's work from the purge (Examenreglement 10.3).
/// </summary>
public static class ExamResultLink
{
    private static readonly CaseState[] OpenStates = [CaseState.Received, CaseState.Admissibility, CaseState.InHandling];

    /// <summary>Whether cases of this type and scheme are about an exam result that can be linked.</summary>
    public static bool Applies(CaseType type, string schemeCode) =>
        type == CaseType.Objection && string.Equals(schemeCode, ExamSession.LmpScheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Finds the component named by the texts, or null when they do not name exactly one. The candidate
    /// number decides; the session code, when given, must match it.
    /// </summary>
    public static async Task<ExamResultTarget?> ResolveAsync(TouchstoneDbContext db, string? examReference, string? candidateNumber, string? component, CancellationToken ct)
    {
        var code = ComponentCode(component);
        if (string.IsNullOrWhiteSpace(candidateNumber) || code is null)
        {
            return null;
        }

        var number = candidateNumber.Trim().ToUpperInvariant();
        var query = from r in db.Set<SessionRegistration>()
                    join s in db.Set<ExamSession>() on r.SessionId equals s.Id
                    where r.CandidateNumber.ToUpper() == number
                    select new { r.Id, s.Code };
        var matches = await query.ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(examReference))
        {
            matches = [.. matches.Where(m => string.Equals(m.Code, examReference.Trim(), StringComparison.OrdinalIgnoreCase))];
        }

        if (matches.Count != 1)
        {
            return null;
        }

        var registrationId = matches[0].Id;
        var componentId = await db.Set<ExamComponentResult>().Where(c => c.RegistrationId == registrationId && c.Code == code)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        return componentId is { } id ? new ExamResultTarget(registrationId, id) : null;
    }

    /// <summary>
    /// The blueprint's component code for what a person wrote: the code itself ("practical"), the name
    /// ("Praktijk / Instructie") or a word of it ("Praktijk", "Opdrachten"), or "theorie" for the written part.
    /// </summary>
    public static string? ComponentCode(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        var text = written.Trim();
        foreach (var component in LmpExam.Blueprint.Components)
        {
            var words = component.Name.Split([' ', '/', '(', ')', '-', ','], StringSplitOptions.RemoveEmptyEntries);
            if (string.Equals(text, component.Code, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, component.Name, StringComparison.OrdinalIgnoreCase)
                || words.Any(w => w.Length >= 5 && string.Equals(w, text, StringComparison.OrdinalIgnoreCase)))
            {
                return component.Code;
            }
        }

        // The written component is generally called the theory exam ("theorie-examen").
        return text.StartsWith("theor", StringComparison.OrdinalIgnoreCase) ? LmpExam.Theory : null;
    }

    /// <summary>
    /// Sets or releases the hold on a component: held while any open objection or appeal is linked to it,
    /// counting the changes of this unit of work that are not saved yet.
    /// </summary>
    public static async Task SyncHoldAsync(TouchstoneDbContext db, Guid? componentId, CancellationToken ct)
    {
        if (componentId is not { } id)
        {
            return;
        }

        var component = await db.Set<ExamComponentResult>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (component is null)
        {
            return;
        }

        // Dossiers loaded with their case in this unit of work count as they are now, saved or not.
        var tracked = db.ChangeTracker.Entries<CaseDossier>().Select(e => e.Entity).Where(d => d.Case is not null).ToList();
        var trackedIds = tracked.Select(d => d.Id).ToList();
        var held = tracked.Any(d => d.ExamComponentId == id && d.Case.IsOpen)
                   || await db.Set<CaseDossier>().AnyAsync(d => d.ExamComponentId == id && OpenStates.Contains(d.Case.State) && !trackedIds.Contains(d.Id), ct);
        component.ObjectionOpen = held;
    }

    /// <summary>The label of a band as results are written on letters and forms: O, V or G.</summary>
    public static string Label(ResultBand band) => band.ToString()[..1];

    /// <summary>Reads O/V/G (or the full word) as a band.</summary>
    public static ResultBand? ParseBand(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "O" or "ONVOLDOENDE" => ResultBand.Onvoldoende,
        "V" or "VOLDOENDE" => ResultBand.Voldoende,
        "G" or "GOED" => ResultBand.Goed,
        _ => null,
    };
}
