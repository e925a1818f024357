using System.Text.Json;
using System.Text.Json.Nodes;
using Touchstone.App.Data;
using Touchstone.Domain.Calendar;
using Touchstone.Domain.Cases;

namespace Touchstone.App.Cases;

/// <summary>
/// Bridges the checklist page and the domain checklists: which yes/no items a case type asks, and how the
/// stored answers become an <see cref="ObjectionChecklist"/>, <see cref="ComplaintChecklist"/> or
/// <see cref="CommentChecklist"/> that the domain evaluates. Dates come from the case, never from the form.
/// </summary>
public static class AdmissibilityChecklist
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The yes/no items of a type, named after the domain checklist's properties.</summary>
    public static IReadOnlyList<string> Items(CaseType type) => type switch
    {
        CaseType.Objection =>
        [
            nameof(ObjectionChecklist.DirectlyHarmedCandidate), nameof(ObjectionChecklist.SubmittedByRepresentative),
            nameof(ObjectionChecklist.RepresentativeIsDutchRegisteredLawyer), nameof(ObjectionChecklist.SignedAuthorisationEnclosed),
            nameof(ObjectionChecklist.AgainstResult), nameof(ObjectionChecklist.AddressedToExamCommittee),
            nameof(ObjectionChecklist.SentByRegisteredPost), nameof(ObjectionChecklist.IsSigned), nameof(ObjectionChecklist.HasName),
            nameof(ObjectionChecklist.HasHomeAddress), nameof(ObjectionChecklist.HasPostcode), nameof(ObjectionChecklist.HasTown),
            nameof(ObjectionChecklist.HasDaytimePhone), nameof(ObjectionChecklist.HasClearDescription), nameof(ObjectionChecklist.HasGrounds),
            nameof(ObjectionChecklist.HasPetitum), nameof(ObjectionChecklist.MarkedBezwaarschrift),
        ],
        CaseType.Complaint => [nameof(ComplaintChecklist.AboutResult)],
        CaseType.Comment => [nameof(CommentChecklist.AboutExamContent)],
        _ => [],
    };

    /// <summary>The stored answers (item → yes/no/unanswered).</summary>
    public static IReadOnlyDictionary<string, bool?> Answers(CaseDossier dossier)
    {
        var result = Items(dossier.Case.Type).ToDictionary(i => i, _ => (bool?)null);
        if (dossier.ChecklistJson is null)
        {
            return result;
        }

        var stored = JsonSerializer.Deserialize<Dictionary<string, bool?>>(dossier.ChecklistJson, Json) ?? [];
        foreach (var (key, value) in stored.Where(kv => result.ContainsKey(kv.Key)))
        {
            result[key] = value;
        }

        return result;
    }

    public static string Serialize(CaseType type, IReadOnlyDictionary<string, bool?> answers) =>
        JsonSerializer.Serialize(Items(type).ToDictionary(i => i, i => answers.TryGetValue(i, out var v) ? v : null), Json);

    /// <summary>
    /// Evaluates the dossier's checklist, looking up the CMC decision an objection is linked to: linked to an
    /// application without a decision, the objection came before the decision was known (<see cref="CmcDecisionLink"/>).
    /// </summary>
    public static async Task<AdmissibilityVerdict> EvaluateAsync(TouchstoneDbContext db, CaseDossier dossier, WorkingDayCalendar calendar, CancellationToken ct)
    {
        var decision = await CmcDecisionLink.FindAsync(db, dossier.CmcApplicationId, ct);
        return Evaluate(dossier, calendar, decisionNotYetSent: decision is { IsDecided: false });
    }

    /// <summary>Evaluates the dossier's checklist with the domain rules of its scheme.</summary>
    public static AdmissibilityVerdict Evaluate(CaseDossier dossier, WorkingDayCalendar calendar, bool decisionNotYetSent = false)
    {
        var c = dossier.Case;
        var deadlines = CaseSchemes.DeadlinesFor(c.SchemeCode, calendar);
        var answers = new JsonObject();
        foreach (var (item, value) in Answers(dossier))
        {
            answers[item] = value;
        }

        switch (c.Type)
        {
            case CaseType.Objection:
                answers[nameof(ObjectionChecklist.ResultSentOn)] = JsonValue.Create(c.ReferenceDate);
                answers[nameof(ObjectionChecklist.ReceivedOn)] = JsonValue.Create(c.ReceivedOn);
                answers[nameof(ObjectionChecklist.PostmarkDate)] = JsonValue.Create(dossier.PostmarkDate);
                answers[nameof(ObjectionChecklist.ProofOfSendingDate)] = JsonValue.Create(dossier.ProofOfSendingDate);
                answers[nameof(ObjectionChecklist.DecisionNotYetSent)] = decisionNotYetSent;
                // The public form asks for the signed letter as an upload; without it nothing on the web form is signed.
                answers[nameof(ObjectionChecklist.SignedLetterMissing)] = dossier.Channel == SubmissionChannel.WebForm && dossier.LetterFileId is null;
                return answers.Deserialize<ObjectionChecklist>(Json)!.Evaluate(deadlines);
            case CaseType.Complaint:
                answers[nameof(ComplaintChecklist.EventDate)] = JsonValue.Create(c.ReferenceDate);
                answers[nameof(ComplaintChecklist.ReceivedOn)] = JsonValue.Create(c.ReceivedOn);
                answers[nameof(ComplaintChecklist.Channel)] = JsonValue.Create((int)dossier.Channel);
                return answers.Deserialize<ComplaintChecklist>(Json)!.Evaluate(deadlines);
            case CaseType.Comment:
                answers[nameof(CommentChecklist.ExamDate)] = JsonValue.Create(c.ReferenceDate);
                answers[nameof(CommentChecklist.ReceivedOn)] = JsonValue.Create(c.ReceivedOn);
                return answers.Deserialize<CommentChecklist>(Json)!.Evaluate(deadlines);
            default:
                // An appeal is lodged with the external board; the institute only records it.
                return new AdmissibilityVerdict([], [], IsLate: false);
        }
    }
}
