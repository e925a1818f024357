using System.Globalization;
using Touchstone.App.Documents;
using Touchstone.Domain.Assessments;
using Touchstone.Domain.Standards;

namespace Touchstone.App.Assessments;

/// <summary>PDF reports and spreadsheet exports of assessments (DOMAIN §2: "PDF report and spreadsheet export").</summary>
public static class AssessmentExports
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Heat-map colour for an average on a scale from <paramref name="min"/> to <paramref name="max"/>: red → amber → green.</summary>
    public static (byte R, byte G, byte B) HeatColour(decimal? score, decimal min, decimal max)
    {
        if (score is null || max <= min)
        {
            return (235, 235, 235);
        }

        var t = (double)((score.Value - min) / (max - min));
        return t < 0.5
            ? ((byte)230, (byte)(120 + (t * 2 * 100)), (byte)110)
            : ((byte)(230 - ((t - 0.5) * 2 * 110)), (byte)215, (byte)120);
    }

    /// <summary>Heat class 0–4 for HTML (CSS classes heat-0 … heat-4, heat-none).</summary>
    public static string HeatClass(decimal? score, decimal min, decimal max) =>
        HeatStep(score, min, max) is { } step ? "heat-" + step : "heat-none";

    /// <summary>Heat step 0–4 of a score between min and max (null when there is no score or no range).</summary>
    public static int? HeatStep(decimal? score, decimal min, decimal max) =>
        score is null || max <= min ? null : (int)Math.Round((score.Value - min) / (max - min) * 4, MidpointRounding.AwayFromZero);

    public static byte[] QualityPdf(AssessmentRecord record, Framework framework, Assessment assessment)
    {
        var scale = framework.FindScale(assessment.ScaleCode)!;
        var (min, max) = (scale.Values[0].Score, scale.Values[^1].Score);
        using var pdf = new PdfDocumentWriter($"{Title(record)}: {record.SubjectName}", margin: 40);
        pdf.Title($"{Title(record)}: {record.SubjectName}",
            $"{framework.Title} ({framework.Key}) · cyclus {record.Cycle} · {record.RaterName} · status {StateNl(record.State)}. {framework.Source.Attribution}");
        pdf.Heading("Resultaat per cluster en onderdeel");
        pdf.Table([1, 4, 1, 1, 1], ["Code", "Titel", "Eisen", "Beoordeeld", "Gemiddelde"],
            QualityResults.Aggregate(framework, assessment).Select(s => (IReadOnlyList<PdfCell>)
            [
                s.SectionCode, (s.Kind == "cluster" ? string.Empty : "   ") + s.Title, s.ItemCount.ToString(Nl), s.RatedCount.ToString(Nl),
                new PdfCell(s.AverageScore?.ToString("0.00", Nl) ?? "-", HeatColour(s.AverageScore, min, max)),
            ]));
        pdf.Heading("Verbeterpunten");
        var points = QualityResults.ImprovementPoints(framework, assessment);
        if (points.Count == 0)
        {
            pdf.Text("Geen verbeterpunten.", 9);
        }

        foreach (var p in points)
        {
            pdf.Text($"{p.ItemCode} ({(p.RatingValue is null ? string.Empty : "score " + p.RatingValue)}{(p.FindingType is null ? string.Empty : " bevinding " + p.FindingType)}): {p.Text}", 9);
            var comment = assessment.RatingOf(p.ItemCode)?.Comment;
            if (!string.IsNullOrWhiteSpace(comment))
            {
                pdf.Text("Toelichting: " + comment, 9, indent: 14);
            }
        }

        if (assessment.Findings.Count > 0)
        {
            pdf.Heading("Auditbevindingen");
            foreach (var f in assessment.Findings.OrderBy(f => f.ItemCode, StringComparer.Ordinal))
            {
                pdf.Text($"{f.ItemCode} - {framework.FindScale(RecordFindingHandler.FindingScale)?.Find(f.TypeCode)?.Label ?? f.TypeCode}: {f.Position}", 9);
                foreach (var q in f.Questions)
                {
                    pdf.Text("Vraag: " + q, 9, indent: 14);
                }
            }
        }

        return pdf.Build();
    }

    public static byte[] QualityXlsx(AssessmentRecord record, Framework framework, Assessment assessment)
    {
        var findingScale = framework.FindScale(RecordFindingHandler.FindingScale);
        var requirementRows = framework.AllSections().SelectMany(s => s.Requirements.Select(r => (Section: s, Requirement: r)))
            .Select(x =>
            {
                var rating = assessment.RatingOf(x.Requirement.Code);
                var finding = assessment.FindingOf(x.Requirement.Code);
                return (IReadOnlyList<object?>)
                [
                    x.Section.Code, x.Requirement.Code, x.Requirement.Text, rating?.ValueCode, rating?.Score, rating?.Comment,
                    finding is null ? null : findingScale?.Find(finding.TypeCode)?.Label ?? finding.TypeCode,
                    finding is null ? null : string.Join(" | ", finding.Questions), finding?.Position,
                ];
            });
        return new XlsxWorkbook()
            .Sheet("Resultaten", ["Code", "Titel", "Soort", "Eisen", "Beoordeeld", "Gemiddelde"],
                QualityResults.Aggregate(framework, assessment).Select(s => (IReadOnlyList<object?>)[s.SectionCode, s.Title, s.Kind, s.ItemCount, s.RatedCount, s.AverageScore]))
            .Sheet("Eisen", ["Onderdeel", "Eis", "Tekst", "Score", "Waarde", "Toelichting", "Bevinding", "Vragen", "Standpunt"], requirementRows)
            .Sheet("Verbeterpunten", ["Eis", "Tekst", "Score", "Bevinding"],
                QualityResults.ImprovementPoints(framework, assessment).Select(p => (IReadOnlyList<object?>)[p.ItemCode, p.Text, p.RatingValue, p.FindingType]))
            .Sheet("Over", ["Veld", "Waarde"],
            [
                ["Onderwerp", record.SubjectName], ["Norm", framework.Key], ["Cyclus", record.Cycle], ["Beoordelaar", record.RaterName],
                ["Status", StateNl(record.State)], ["Bron", framework.Source.Attribution],
            ])
            .Build();
    }

    public static byte[] CompetencyPdf(Framework framework, AssessmentRecord self, AssessmentRecord? manager, IReadOnlyList<ComparisonRow>? comparison,
        TargetProfile profile, IReadOnlyList<GapItem> gaps, DevelopmentPlan? plan, IReadOnlyList<(AssessmentRecord Record, Assessment Assessment)> raters)
    {
        using var pdf = new PdfDocumentWriter($"Competentieprofiel: {self.SubjectName}", margin: 40);
        pdf.Title($"Competentieprofiel: {self.SubjectName}",
            $"{framework.Title} ({framework.Key}) · cyclus {self.Cycle} · doelprofiel {profile.Name}. {framework.Source.Attribution}");
        if (comparison is not null && manager is not null)
        {
            pdf.Heading($"Zelfbeoordeling ({self.RaterName}) en leidinggevende ({manager.RaterName})");
            pdf.Table([1.2, 5, 1.5, 1.5, 0.8], ["Item", "Omschrijving", "Zelf", "Leidinggevende", "Verschil"],
                comparison.Select(r => (IReadOnlyList<PdfCell>)
                [
                    r.ItemCode, r.Title, Level(framework, r.LeftScore), Level(framework, r.RightScore),
                    new PdfCell(r.Delta?.ToString("+0;-0;0", Nl) ?? "-", r.Differs ? ((byte)250, (byte)220, (byte)120) : null),
                ]));
        }

        var ticked = TickedIndicators(framework, raters);
        if (ticked.Count > 0)
        {
            pdf.Heading("Afgevinkte indicatoren per competentie");
            pdf.Table([1.5, 1.6, 1.2, 1.8, 4.1], ["Competentie", "Beoordelaar", "Niveau", "Code", "Indicator"],
                ticked.Select(t => (IReadOnlyList<PdfCell>)[t.Competency, t.Rater, t.Level, t.Code, t.Text]));
        }

        pdf.Heading($"Gap tot doelprofiel {profile.Name}");
        pdf.Table([1.2, 5, 1.5, 1.5, 0.8], ["Item", "Omschrijving", "Huidig", "Vereist", "Gap"],
            gaps.Select(g => (IReadOnlyList<PdfCell>)
            [
                g.ItemCode, g.Title, Level(framework, g.Actual), Level(framework, g.Required),
                new PdfCell(g.Gap.ToString(Nl), g.IsGap ? ((byte)240, (byte)160, (byte)140) : null),
            ]));
        if (plan is not null)
        {
            pdf.Heading($"Persoonlijk ontwikkelplan (voortgang {plan.Progress}%)");
            foreach (var goal in plan.Goals)
            {
                pdf.Text($"Doel: {goal.Title} (items {string.Join(", ", goal.LinkedItems)}; {plan.GoalProgress(goal.Id)}%)", 9);
                foreach (var action in plan.Actions.Where(a => a.GoalId == goal.Id))
                {
                    pdf.Text($"- {action.Description} · uiterlijk {action.DueDate:dd-MM-yyyy} · {StatusNl(action.Status)}", 9, indent: 14);
                }
            }
        }

        return pdf.Build();
    }

    public static byte[] CompetencyXlsx(Framework framework, AssessmentRecord self, IReadOnlyList<ComparisonRow>? comparison,
        IReadOnlyList<GapItem> gaps, DevelopmentPlan? plan, IReadOnlyList<(AssessmentRecord Record, Assessment Assessment)> raters)
    {
        var book = new XlsxWorkbook();
        if (comparison is not null)
        {
            book.Sheet("Zelf en leidinggevende", ["Item", "Omschrijving", "Zelf", "Leidinggevende", "Verschil", "Afwijkend"],
                comparison.Select(r => (IReadOnlyList<object?>)[r.ItemCode, r.Title, r.LeftScore, r.RightScore, r.Delta, r.Differs ? "ja" : "nee"]));
        }

        book.Sheet("Indicatoren", ["Competentie", "Beoordelaar", "Niveau", "Indicator", "Tekst"],
            TickedIndicators(framework, raters).Select(t => (IReadOnlyList<object?>)[t.Competency, t.Rater, t.Level, t.Code, t.Text]));
        book.Sheet("Gap", ["Item", "Omschrijving", "Huidig", "Vereist", "Gap"],
            gaps.Select(g => (IReadOnlyList<object?>)[g.ItemCode, g.Title, g.Actual, g.Required, g.Gap]));
        if (plan is not null)
        {
            book.Sheet("POP", ["Doel", "Items", "Actie", "Uiterlijk", "Status"],
                plan.Actions.Select(a => (IReadOnlyList<object?>)
                [
                    plan.Goals.First(g => g.Id == a.GoalId).Title, string.Join(", ", plan.Goals.First(g => g.Id == a.GoalId).LinkedItems),
                    a.Description, a.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StatusNl(a.Status),
                ]));
        }

        book.Sheet("Over", ["Veld", "Waarde"], [["Persoon", self.SubjectName], ["Norm", framework.Key], ["Cyclus", self.Cycle], ["Bron", framework.Source.Attribution]]);
        return book.Build();
    }

    /// <summary>How many people one heat-map table of the team PDF holds (the page is portrait A4).</summary>
    public const int TeamPdfPeoplePerTable = 8;

    /// <summary>
    /// The team view on paper: the distribution per level of every item, then the heat map item × person in tables of
    /// <see cref="TeamPdfPeoplePerTable"/> people each.
    /// </summary>
    public static byte[] TeamPdf(TeamViewResult team, string? teamName)
    {
        using var pdf = new PdfDocumentWriter("Teamoverzicht", margin: 40);
        pdf.Title("Teamoverzicht" + (string.IsNullOrEmpty(teamName) ? string.Empty : ": " + teamName),
            $"{team.Framework.Title} ({team.Framework.Key}) · {team.People.Count} personen. {team.Framework.Source.Attribution}");
        var levels = team.Framework.Levels.OrderBy(l => l.Number).ToList();
        pdf.Heading("Verdeling per niveau");
        var widths = new List<double> { 4 };
        widths.AddRange(levels.Select(_ => 1.4));
        widths.Add(1.4);
        var header = new List<string> { "Item" };
        header.AddRange(levels.Select(l => l.Name));
        header.Add("Niet beoordeeld");
        pdf.Table(widths, header, team.Distribution.Select(d =>
        {
            var row = new List<string> { d.ItemCode + " " + team.Items.FirstOrDefault(i => i.Code == d.ItemCode)?.Title };
            row.AddRange(levels.Select(l => d.CountPerLevel.GetValueOrDefault(l.Number).ToString(Nl)));
            row.Add(d.Unrated.ToString(Nl));
            return (IReadOnlyList<string>)row;
        }));

        for (var first = 0; first < team.People.Count; first += TeamPdfPeoplePerTable)
        {
            var people = Enumerable.Range(first, Math.Min(TeamPdfPeoplePerTable, team.People.Count - first)).ToList();
            pdf.Heading($"Niveau per item en persoon ({first + 1}–{first + people.Count})");
            var heatWidths = new List<double> { 1.2 };
            heatWidths.AddRange(people.Select(_ => 1.3));
            var heatHeader = new List<string> { "Item" };
            heatHeader.AddRange(people.Select(p => team.People[p].Name));
            pdf.Table(heatWidths, heatHeader, team.Items.Select((item, i) =>
            {
                var row = new List<PdfCell> { item.Code };
                row.AddRange(people.Select(p => team.Level(p, i) is { } level
                    ? new PdfCell(level.ToString(Nl), team.IsGap(p, i) ? ((byte)240, (byte)160, (byte)140) : null)
                    : new PdfCell("-")));
                return (IReadOnlyList<PdfCell>)row;
            }));
        }

        return pdf.Build();
    }

    public static byte[] TeamXlsx(TeamViewResult team)
    {
        var header = new List<object?> { "Item", "Omschrijving" };
        header.AddRange(team.People.Select(p => (object?)p.Name));
        var heat = team.Items.Select((i, item) =>
        {
            var row = new List<object?> { i.Code, i.Title };
            row.AddRange(team.People.Select((_, person) => (object?)team.Level(person, item)));
            return (IReadOnlyList<object?>)row;
        });
        var levels = team.Framework.Levels.OrderBy(l => l.Number).ToList();
        var distHeader = new List<object?> { "Item" };
        distHeader.AddRange(levels.Select(l => (object?)l.Name));
        distHeader.Add("Niet beoordeeld");
        var dist = team.Distribution.Select(d =>
        {
            var row = new List<object?> { d.ItemCode };
            row.AddRange(levels.Select(l => (object?)d.CountPerLevel.GetValueOrDefault(l.Number)));
            row.Add(d.Unrated);
            return (IReadOnlyList<object?>)row;
        });
        return new XlsxWorkbook().Sheet("Heatmap", header, heat).Sheet("Verdeling", distHeader, dist).Build();
    }

    public static byte[] SelectionPdf(Framework framework, AssessmentRecord record, SelectionReport report)
    {
        using var pdf = new PdfDocumentWriter($"EVC-selectierapport: {record.SubjectName}", margin: 40);
        pdf.Title($"EVC-selectierapport: {record.SubjectName}",
            $"{framework.Title} ({framework.Key}) · profiel {report.ProfileName} · beoordelaar {record.RaterName} · cyclus {record.Cycle}");
        pdf.Paragraph(report.AllMet ? "Conclusie: voldoet op alle taken en competenties." : "Conclusie: voldoet (nog) niet op alle taken en competenties.", 10);
        pdf.Table([1, 5, 1.5, 1.5, 2], ["Code", "Taak / competentie", "Vastgesteld", "Vereist", "Conclusie"],
            report.Rows.Select(r => (IReadOnlyList<PdfCell>)
            [
                r.Code, r.Name, Level(framework, r.Assessed), Level(framework, r.Required),
                new PdfCell(ConclusionNl(r.Conclusion), r.Conclusion == SelectionConclusion.Meets ? ((byte)190, (byte)230, (byte)190) : ((byte)240, (byte)180, (byte)160)),
            ]));
        return pdf.Build();
    }

    /// <summary>
    /// The EVC selection report as a workbook: per task and competency the assessed and required level (number and
    /// name), the gap in levels and the conclusion; a second sheet with the candidate, standard, profile and overall conclusion.
    /// </summary>
    public static byte[] SelectionXlsx(Framework framework, AssessmentRecord record, SelectionReport report) =>
        new XlsxWorkbook()
            .Sheet("Selectie", ["Code", "Taak / competentie", "Soort", "Vastgesteld", "Vastgesteld niveau", "Vereist", "Vereist niveau", "Gap", "Conclusie"],
                report.Rows.Select(r => (IReadOnlyList<object?>)
                [
                    r.Code, r.Name, r.IsTask ? "taak" : "competentie", r.Assessed, r.Assessed is { } a ? framework.LevelByNumber(a)?.Name : null,
                    r.Required, framework.LevelByNumber(r.Required)?.Name, Math.Max(0, r.Required - (r.Assessed ?? 0)), ConclusionNl(r.Conclusion),
                ]))
            .Sheet("Over", ["Veld", "Waarde"],
            [
                ["Kandidaat", record.SubjectName], ["Norm", framework.Key], ["Profiel", report.ProfileName], ["Beoordelaar", record.RaterName],
                ["Cyclus", record.Cycle], ["Status", StateNl(record.State)],
                ["Conclusie", report.AllMet ? "voldoet op alle taken en competenties" : "voldoet (nog) niet op alle taken en competenties"],
                ["Bron", framework.Source.Attribution],
            ])
            .Build();

    /// <summary>A selection row's conclusion in Dutch (the page shows Assessments.Selection.*).</summary>
    public static string ConclusionNl(SelectionConclusion conclusion) => conclusion switch
    {
        SelectionConclusion.Meets => "voldoet",
        SelectionConclusion.BelowRequired => "onder niveau",
        _ => "niet beoordeeld",
    };

    private static string Level(Framework framework, decimal? score) => score is null ? "-" : Level(framework, (int)score.Value);

    private static string Level(Framework framework, int? level) =>
        level is null ? "-" : $"{level} {framework.LevelByNumber(level.Value)?.Name}";

    /// <summary>
    /// The indicators each rater ticked as the ground for a competency level (Standaard Vakvolwassenheid: cumulative
    /// indicators per level), in the framework's order.
    /// </summary>
    private static List<(string Competency, string Rater, string Level, string Code, string Text)> TickedIndicators(
        Framework framework, IReadOnlyList<(AssessmentRecord Record, Assessment Assessment)> raters) =>
        [.. from c in framework.Competencies
            from r in raters
            let rating = r.Assessment.RatingOf(c.Code)
            where rating is not null
            from i in c.Indicators
            where rating.Indicators.Contains(i.Code)
            select (c.Code + " " + c.Name, RaterNl(r.Record), Level(framework, (int?)i.Level), i.Code, i.Text)];

    private static string RaterNl(AssessmentRecord record) => record.RaterRole switch
    {
        RaterRole.Self => "zelf",
        RaterRole.Manager => "leidinggevende",
        RaterRole.Auditor => "auditor",
        _ => "assessor",
    } + " (" + record.RaterName + ")";

    private static string Title(AssessmentRecord record) => record.RaterRole switch
    {
        RaterRole.Auditor => "Audit",
        RaterRole.Self => "Zelfevaluatie",
        _ => "Beoordeling",
    };

    /// <summary>The record's state in Dutch: these exports are Dutch documents (the page shows Assessments.State.*).</summary>
    public static string StateNl(AssessmentState state) => state switch
    {
        AssessmentState.Draft => "concept",
        AssessmentState.Submitted => "ingediend",
        _ => "vastgesteld",
    };

    /// <summary>A development action's status in Dutch (the page shows Assessments.Pop.Status.*).</summary>
    public static string StatusNl(ActionStatus status) => status switch
    {
        ActionStatus.Open => "open",
        ActionStatus.InProgress => "bezig",
        _ => "afgerond",
    };
}
