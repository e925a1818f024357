using Touchstone.Domain.Common;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Touchstone.Domain.PersonCertification;

/// <summary>One topic of the assessment interview (seed 000, "Assessment uitvoeren": the listed topics).</summary>
public sealed record AssessmentAgendaItem(string Key, string Dutch, string English, bool OnlyWhenCandidateUnknownToAssessors = false);

/// <summary>
/// The numbers of the CMC scheme, loaded from <c>frameworks/cmc-scheme.yaml</c> (seed 000 with its
/// "Bijlage Permanente Educatie", seed 001 "Adviseur"). <see cref="Default"/> holds the seed values.
/// </summary>
public sealed record CmcScheme
{
    public required string Version { get; init; }
    /// <summary>Certificate validity and CE period (Bijlage Permanente Educatie: "in die vijf jaar").</summary>
    public required int CertificateValidityYears { get; init; }
    public required string CertificateNumberPrefix { get; init; }
    /// <summary>Bijlage Permanente Educatie: "Tenminste 120 uur verdeeld over 5 jaar".</summary>
    public required decimal MinimumContinuingEducationHours { get; init; }
    public required int ContinuingEducationPeriodYears { get; init; }
    /// <summary>Bijlage Permanente Educatie: "Tenminste op EQF6+ niveau".</summary>
    public required int MinimumEqfLevel { get; init; }
    /// <summary>Bijlage Permanente Educatie: "maximaal sabbatical van 12 maanden".</summary>
    public required int MaximumGapMonths { get; init; }
    /// <summary>ECTS method: hours per credit, within <see cref="HoursPerEctsMinimum"/>–<see cref="HoursPerEctsMaximum"/>.</summary>
    public required decimal HoursPerEcts { get; init; }
    public required decimal HoursPerEctsMinimum { get; init; }
    public required decimal HoursPerEctsMaximum { get; init; }
    public required decimal MaximumHoursPerDay { get; init; }
    /// <summary>CMC-reglement: assessment: "twee gekwalificeerde assessoren".</summary>
    public required int AssessorCount { get; init; }
    /// <summary>CMC-reglement: assessment: about 1.5 hours in all.</summary>
    public required int AssessmentDurationMinutes { get; init; }
    /// <summary>CMC-reglement: assessment: development report in the dossier at least 2 weeks before.</summary>
    public required int DevelopmentReportLeadDays { get; init; }
    /// <summary>CMC-reglement: after the assessment: report "in principe binnen 2 weken".</summary>
    public required int ReportDueDays { get; init; }
    /// <summary>Our design: the assessors are reminded this many days before the report is due (CMC-reglement: na een assessment).</summary>
    public required int ReportReminderDaysBeforeDue { get; init; }
    public required IReadOnlyList<AssessmentAgendaItem> Agenda { get; init; }
    public required IReadOnlyList<int> ReminderMonthsBeforeExpiry { get; init; }
    /// <summary>Our design: how long an expired certificate stays on the staff expiry overview.</summary>
    public required int ExpiryOverviewMonthsBack { get; init; }

    /// <summary>The seed values (seed 000, seed 001); the YAML file must agree with these unless a body changes them.</summary>
    public static CmcScheme Default { get; } = new()
    {
        Version = "2026.1",
        CertificateValidityYears = 5,
        CertificateNumberPrefix = "CMC",
        MinimumContinuingEducationHours = 120,
        ContinuingEducationPeriodYears = 5,
        MinimumEqfLevel = 6,
        MaximumGapMonths = 12,
        HoursPerEcts = 28,
        HoursPerEctsMinimum = 25,
        HoursPerEctsMaximum = 30,
        MaximumHoursPerDay = 24,
        AssessorCount = 2,
        AssessmentDurationMinutes = 90,
        DevelopmentReportLeadDays = 14,
        ReportDueDays = 14,
        ReportReminderDaysBeforeDue = 3,
        Agenda =
        [
            new("introduction", "Introductie", "Introduction"),
            new("identity-check", "Verificatie identiteit", "Identity check", OnlyWhenCandidateUnknownToAssessors: true),
            new("competency-development", "Bespreken ontwikkeling competenties afgelopen en komende jaren", "Development of competencies in past and coming years"),
            new("own-reflection", "Bespreken eigen reflectie op ontwikkeling", "The candidate's own reflection on development"),
            new("oral-feedback", "Mondelinge feedback", "Oral feedback"),
        ],
        ReminderMonthsBeforeExpiry = [6, 3],
        ExpiryOverviewMonthsBack = 3,
    };

    /// <summary>The agenda for one assessment: the identity check only when the assessors do not know the candidate.</summary>
    public IReadOnlyList<AssessmentAgendaItem> AgendaFor(bool candidateKnownToAssessors) =>
        Agenda.Where(i => !(i.OnlyWhenCandidateUnknownToAssessors && candidateKnownToAssessors)).ToArray();

    /// <summary>
    /// Parses the scheme file text (the caller reads the file). Returns named errors for a missing
    /// section or a number outside its sensible range, so a bad import never reaches the rules.
    /// </summary>
    public static Result<CmcScheme> FromYaml(string fileName, string yamlText)
    {
        SchemeFile? file;
        try
        {
            file = new DeserializerBuilder()
                .WithNamingConvention(CamelCaseNamingConvention.Instance)
                .Build()
                .Deserialize<SchemeFile>(yamlText);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            return new DomainError("cmc.scheme.invalid-yaml", $"{fileName}: {ex.Message}") { Args = [fileName, ex.Message] };
        }

        if (file?.Certificate is null || file.ContinuingEducation is null || file.Assessment is null || file.Recertification is null)
        {
            return new DomainError("cmc.scheme.missing-section", $"{fileName}: sections certificate, continuingEducation, assessment and recertification are required.") { Args = [fileName] };
        }

        var c = file.Certificate;
        var ce = file.ContinuingEducation;
        var a = file.Assessment;
        var scheme = new CmcScheme
        {
            Version = file.Version ?? "",
            CertificateValidityYears = c.ValidityYears,
            CertificateNumberPrefix = c.NumberPrefix ?? "",
            MinimumContinuingEducationHours = ce.MinimumHours,
            ContinuingEducationPeriodYears = ce.PeriodYears,
            MinimumEqfLevel = ce.MinimumEqfLevel,
            MaximumGapMonths = ce.MaximumGapMonths,
            HoursPerEcts = ce.HoursPerEcts,
            HoursPerEctsMinimum = ce.HoursPerEctsMinimum,
            HoursPerEctsMaximum = ce.HoursPerEctsMaximum,
            MaximumHoursPerDay = ce.MaximumHoursPerDay,
            AssessorCount = a.AssessorCount,
            AssessmentDurationMinutes = a.DurationMinutes,
            DevelopmentReportLeadDays = a.DevelopmentReportLeadDays,
            ReportDueDays = a.ReportDueDays,
            ReportReminderDaysBeforeDue = a.ReportReminderDaysBeforeDue,
            Agenda = (a.Agenda ?? []).Select(i => new AssessmentAgendaItem(i.Key ?? "", i.Nl ?? "", i.En ?? "", i.OnlyWhenCandidateUnknownToAssessors)).ToArray(),
            ReminderMonthsBeforeExpiry = (file.Recertification.ReminderMonthsBeforeExpiry ?? []).ToArray(),
            ExpiryOverviewMonthsBack = file.Recertification.ExpiryOverviewMonthsBack,
        };

        var errors = scheme.Validate().Select(e => e with { Message = $"{fileName}: {e.Message}" }).ToArray();
        return errors.Length == 0 ? scheme : Result<CmcScheme>.Failure(errors);
    }

    /// <summary>Range checks on the numbers; empty when the scheme is usable.</summary>
    public IEnumerable<DomainError> Validate()
    {
        static DomainError Bad(string what) => new("cmc.scheme.out-of-range", what) { Args = [what] };
        if (string.IsNullOrWhiteSpace(Version)) { yield return Bad("version is required."); }
        if (CertificateValidityYears is < 1 or > 10) { yield return Bad("certificate.validityYears must be 1-10."); }
        if (string.IsNullOrWhiteSpace(CertificateNumberPrefix)) { yield return Bad("certificate.numberPrefix is required."); }
        if (MinimumContinuingEducationHours <= 0) { yield return Bad("continuingEducation.minimumHours must be positive."); }
        if (ContinuingEducationPeriodYears < 1) { yield return Bad("continuingEducation.periodYears must be positive."); }
        if (MinimumEqfLevel is < 1 or > 8) { yield return Bad("continuingEducation.minimumEqfLevel must be an EQF level 1-8."); }
        if (MaximumGapMonths < 1 || MaximumGapMonths >= ContinuingEducationPeriodYears * 12)
        {
            yield return Bad("continuingEducation.maximumGapMonths must be positive and shorter than the period.");
        }
        if (HoursPerEctsMinimum <= 0 || HoursPerEctsMaximum < HoursPerEctsMinimum) { yield return Bad("continuingEducation.hoursPerEcts range is invalid."); }
        if (HoursPerEcts < HoursPerEctsMinimum || HoursPerEcts > HoursPerEctsMaximum)
        {
            yield return Bad($"continuingEducation.hoursPerEcts {HoursPerEcts} lies outside {HoursPerEctsMinimum}-{HoursPerEctsMaximum}.");
        }

        if (MaximumHoursPerDay is <= 0 or > 24) { yield return Bad("continuingEducation.maximumHoursPerDay must be 1-24."); }
        if (AssessorCount < 2) { yield return Bad("assessment.assessorCount must be at least 2."); }
        if (AssessmentDurationMinutes <= 0) { yield return Bad("assessment.durationMinutes must be positive."); }
        if (DevelopmentReportLeadDays < 0) { yield return Bad("assessment.developmentReportLeadDays must not be negative."); }
        if (ReportDueDays <= 0) { yield return Bad("assessment.reportDueDays must be positive."); }
        if (ReportReminderDaysBeforeDue < 1 || ReportReminderDaysBeforeDue >= ReportDueDays)
        {
            yield return Bad("assessment.reportReminderDaysBeforeDue must be positive and shorter than reportDueDays.");
        }

        if (Agenda.Count == 0 || Agenda.Any(i => string.IsNullOrWhiteSpace(i.Key))) { yield return Bad("assessment.agenda needs items with a key."); }
        if (ReminderMonthsBeforeExpiry.Count == 0 || ReminderMonthsBeforeExpiry.Any(m => m <= 0 || m >= CertificateValidityYears * 12))
        {
            yield return Bad("recertification.reminderMonthsBeforeExpiry needs positive months within the validity.");
        }

        if (ExpiryOverviewMonthsBack is < 0 or > 60) { yield return Bad("recertification.expiryOverviewMonthsBack must be 0-60."); }
    }

    /// <summary>Hours-per-ECTS setting checked against the scheme's allowed range (ECTS Users' Guide: 25-30).</summary>
    public Result<CmcScheme> WithHoursPerEcts(decimal hoursPerEcts) =>
        hoursPerEcts < HoursPerEctsMinimum || hoursPerEcts > HoursPerEctsMaximum
            ? new DomainError("cmc.ce.hours-per-ects-out-of-range",
                $"1 ECTS must count {HoursPerEctsMinimum}-{HoursPerEctsMaximum} hours; {hoursPerEcts} is outside that range.",
                "Bijlage Permanente Educatie (ECTS)") { Args = [HoursPerEctsMinimum, HoursPerEctsMaximum, hoursPerEcts] }
            : this with { HoursPerEcts = hoursPerEcts };

    /// <summary>
    /// Sabbatical setting (Bijlage Permanente Educatie: "maximaal sabbatical van 12 maanden", configurable):
    /// at least one month and shorter than the continuing-education period, else the gap rule would be meaningless.
    /// </summary>
    public Result<CmcScheme> WithMaximumGapMonths(int months) =>
        months < 1 || months >= ContinuingEducationPeriodYears * 12
            ? new DomainError("cmc.ce.maximum-gap-out-of-range",
                $"The longest allowed stretch without activity must be 1-{(ContinuingEducationPeriodYears * 12) - 1} months; {months} is outside that range.",
                "Bijlage Permanente Educatie (maximaal sabbatical)") { Args = [(ContinuingEducationPeriodYears * 12) - 1, months] }
            : this with { MaximumGapMonths = months };

    // YAML shape; kept private so the public record stays the only model.
    private sealed class SchemeFile
    {
        public string? Scheme { get; set; }
        public string? Version { get; set; }
        public string? Attribution { get; set; }
        public CertificateSection? Certificate { get; set; }
        public CeSection? ContinuingEducation { get; set; }
        public AssessmentSection? Assessment { get; set; }
        public RecertificationSection? Recertification { get; set; }
    }

    private sealed class CertificateSection
    {
        public int ValidityYears { get; set; }
        public string? NumberPrefix { get; set; }
    }

    private sealed class CeSection
    {
        public decimal MinimumHours { get; set; }
        public int PeriodYears { get; set; }
        public int MinimumEqfLevel { get; set; }
        public int MaximumGapMonths { get; set; }
        public decimal HoursPerEcts { get; set; }
        public decimal HoursPerEctsMinimum { get; set; }
        public decimal HoursPerEctsMaximum { get; set; }
        public decimal MaximumHoursPerDay { get; set; }
    }

    private sealed class AssessmentSection
    {
        public int AssessorCount { get; set; }
        public int DurationMinutes { get; set; }
        public int DevelopmentReportLeadDays { get; set; }
        public int ReportDueDays { get; set; }
        public int ReportReminderDaysBeforeDue { get; set; }
        public List<AgendaEntry>? Agenda { get; set; }
    }

    private sealed class AgendaEntry
    {
        public string? Key { get; set; }
        public string? Nl { get; set; }
        public string? En { get; set; }
        public bool OnlyWhenCandidateUnknownToAssessors { get; set; }
    }

    private sealed class RecertificationSection
    {
        public List<int>? ReminderMonthsBeforeExpiry { get; set; }
        public int ExpiryOverviewMonthsBack { get; set; }
    }
}
