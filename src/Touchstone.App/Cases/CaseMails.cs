using System.Globalization;
using System.Text;
using Touchstone.App.Common;
using Touchstone.Domain.Cases;
using Touchstone.Domain.Common;

namespace Touchstone.App.Cases;

/// <summary>The texts of the e-mails sent about a case (Dutch first, then English).</summary>
internal static class CaseMails
{
    public static string TypeNl(CaseType type) => type switch
    {
        CaseType.Comment => "zienswijze",
        CaseType.Objection => "bezwaarschrift",
        CaseType.Complaint => "klacht",
        _ => "beroep",
    };

    public static string AcknowledgementSubject(CaseDossier d) =>
        $"Ontvangstbevestiging {TypeNl(d.Case.Type)} {d.Reference} / Acknowledgement of receipt";

    public static string Acknowledgement(CaseDossier d)
    {
        var c = d.Case;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Beste {d.SubmitterName},\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Wij hebben uw {TypeNl(c.Type)} ontvangen op {Date(c.ReceivedOn)} en geregistreerd onder nummer {d.Reference}.\n");
        if (c.Type == CaseType.Objection)
        {
            text.Append("Let op: een bezwaarschrift moet ook aangetekend per post worden verzonden aan de examencommissie (Examenreglement 16.2).\n");
        }

        text.Append("Wij beoordelen eerst of uw inzending ontvankelijk is en berichten u over de uitkomst.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"We received your {c.Type.ToString().ToLowerInvariant()} on {Date(c.ReceivedOn)} and registered it as {d.Reference}.\n");
        if (c.Type == CaseType.Objection)
        {
            text.Append("Note: an objection must also be sent to the exam committee by registered post (Examenreglement 16.2).\n");
        }

        text.Append("We first check whether it is admissible and will let you know the outcome.\n");
        return text.ToString();
    }

    public static string InadmissibleSubject(CaseDossier d) =>
        $"{Capital(TypeNl(d.Case.Type))} {d.Reference} niet-ontvankelijk / Not admissible";

    public static string Inadmissible(CaseDossier d, IReadOnlyList<DomainError> reasons, IDutchRuleMessages dutch)
    {
        var list = string.Join("\n", reasons.Select(r => "- " + dutch.Describe(r)));
        var english = string.Join("\n", reasons.Select(r => "- " + (r.Rule is null ? r.Message : $"{r.Message} ({r.Rule})")));
        return $"Beste {d.SubmitterName},\n\nUw {TypeNl(d.Case.Type)} {d.Reference} is niet-ontvankelijk verklaard om de volgende redenen:\n{list}\n\n" +
               $"Your {d.Case.Type.ToString().ToLowerInvariant()} {d.Reference} has been declared inadmissible for these reasons:\n{english}\n";
    }

    public static string DecisionSubject(CaseDossier d) =>
        $"Beslissing op uw {TypeNl(d.Case.Type)} {d.Reference} / Decision";

    public static string Decision(CaseDossier d, string? appealBody)
    {
        var c = d.Case;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Beste {d.SubmitterName},\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Op {Date(c.DecidedOn!.Value)} is beslist op uw {TypeNl(c.Type)} {d.Reference}: {OutcomeNl(c.Outcome!.Value)}.\n\n");
        if (d.NewResult is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Na hercorrectie van het volledige onderdeel {d.ComponentCode} is de uitslag {d.NewResult} (was {d.OriginalResult}).\n\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Motivering:\n{c.Motivation}\n\n");
        if (appealBody is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Tegen deze beslissing kunt u beroep instellen bij het {appealBody} (Examenreglement 15).\n\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"The decision on your {c.Type.ToString().ToLowerInvariant()} {d.Reference} is: {c.Outcome}. The motivation is given above; the signed letter is sent as a PDF.\n");
        return text.ToString();
    }

    public static string NewCmcDecisionSubject(CaseDossier d) =>
        $"Bezwaar {d.Reference} {OutcomeNl(d.Case.Outcome!.Value)}: nieuw CMC-besluit nodig / New decision needed on the CMC application";

    public static string NewCmcDecision(CaseDossier d, Guid applicationId, string candidateName) =>
        $"Het bezwaar {d.Reference} tegen de weigering van de CMC-certificering van {candidateName} is op {Date(d.Case.DecidedOn!.Value)} " +
        $"{OutcomeNl(d.Case.Outcome!.Value)} verklaard.\nMotivering: {d.Case.Motivation}\n\n" +
        $"Neem als certificatiebeslisser een nieuw besluit op de aanvraag: /PersonCertification/Application/{applicationId}\n" +
        $"Tot dan staat de opvolging van het bezwaar open (zie /Cases/Detail/{d.Id}).\n\n" +
        $"The objection {d.Reference} against the refusal of {candidateName} was upheld. Please take the new decision on the application.\n";

    public static string AppealOpenSubject(CaseDossier d) =>
        $"Beslistermijn {TypeNl(d.Case.Type)} {d.Reference} verstreken / Decision overdue: appeal open";

    public static string AppealOpen(CaseDossier d, DateOnly due, string? appealBody) =>
        $"Beste {d.SubmitterName},\n\nDe termijn voor de beslissing op uw {TypeNl(d.Case.Type)} {d.Reference} is op {Date(due)} verstreken zonder beslissing. " +
        $"U kunt daarom beroep instellen{(appealBody is null ? string.Empty : " bij het " + appealBody)} (Examenreglement 13.2, 15).\n\n" +
        $"The decision on your {d.Case.Type.ToString().ToLowerInvariant()} {d.Reference} was due on {Date(due)} and has not been taken. " +
        "You may therefore take it to the appeals board.\n";

    public static string ReminderSubject(CaseDossier d, DateOnly due) =>
        $"Herinnering: {TypeNl(d.Case.Type)} {d.Reference} uiterlijk {Date(due)} {DueVerbNl(d.Case.Type)} / Reminder: due {due:yyyy-MM-dd}";

    public static string Reminder(CaseDossier d, DateOnly due, int workingDaysLeft) =>
        $"De termijn voor {d.Case.Type switch { CaseType.Complaint => "het antwoord op", _ => "de beslissing op" }} {TypeNl(d.Case.Type)} {d.Reference} " +
        $"verloopt op {Date(due)} (nog {workingDaysLeft} werkdag(en)). Status: {d.Case.State}.\n" +
        $"Zie /Cases/Detail/{d.Id}\n\n" +
        $"The {(d.Case.Type == CaseType.Complaint ? "answer to" : "decision on")} {d.Case.Type.ToString().ToLowerInvariant()} {d.Reference} is due on {due:yyyy-MM-dd} " +
        $"({workingDaysLeft} working day(s) left).\n";

    private static string DueVerbNl(CaseType type) => type == CaseType.Complaint ? "beantwoorden" : "beslissen";

    /// <summary>The state in Dutch, as the pages show it (Enum.CaseState in DomainErrors.resx).</summary>
    public static string StateNl(CaseState state) => state switch
    {
        CaseState.Received => "ontvangen",
        CaseState.Admissibility => "ontvankelijkheidstoets",
        CaseState.InHandling => "in behandeling",
        CaseState.Decided => "besloten",
        CaseState.Closed => "gesloten",
        _ => "niet-ontvankelijk",
    };

    public static string OutcomeNl(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Honoured => "gehonoreerd",
        CaseOutcome.NotHonoured => "niet gehonoreerd",
        CaseOutcome.Upheld => "gegrond",
        CaseOutcome.PartlyUpheld => "gedeeltelijk gegrond",
        CaseOutcome.Rejected => "ongegrond",
        CaseOutcome.Founded => "gegrond",
        CaseOutcome.PartlyFounded => "gedeeltelijk gegrond",
        CaseOutcome.Unfounded => "ongegrond",
        _ => "ingetrokken",
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
