using Touchstone.Domain.Common;

namespace Touchstone.Domain.PersonCertification;

/// <summary>
/// The body's qualification record for an assessor (seed 000 footnote 2: independent, impartial, competent
/// in assessing, knows the CMC scheme). Independence is checked per candidate, not stored here.
/// </summary>
public sealed record AssessorQualification(Guid AssessorId, string Name, DateOnly? AssessmentTrainingCompletedOn, bool KnowsCmcScheme, DateOnly ValidUntil)
{
    /// <summary>Employers (organisation ids) of the assessor, for the independence check.</summary>
    public IReadOnlySet<Guid> Employers { get; init; } = new HashSet<Guid>();
    /// <summary>People the assessor declared a personal or business relation with.</summary>
    public IReadOnlySet<Guid> DeclaredRelations { get; init; } = new HashSet<Guid>();
}

/// <summary>The candidate as the independence check needs them.</summary>
public sealed record AssessmentCandidate(Guid PersonId, string Name, IReadOnlySet<Guid> Employers);

/// <summary>Where the assessment takes place: a location, or a video link (seed 000: "eventueel via beeldscherm").</summary>
public sealed record AssessmentVenue(string? Address, Uri? VideoLink)
{
    public static AssessmentVenue AtLocation(string address) => new(address, null);
    public static AssessmentVenue ByVideo(Uri link) => new(null, link);
    public bool IsVideo => VideoLink is not null;
}

/// <summary>
/// Consent to share the development report with the assessors, implied by requesting the assessment
/// (seed 000: "Met het aanvragen van een assessment geeft de (beoogd) CMC'er hier 'automatisch' toestemming voor").
/// </summary>
public sealed record ReportSharingConsent(Guid CandidateId, DateTimeOffset GivenAt, string Basis)
{
    /// <summary>Records the consent at the moment the assessment is requested.</summary>
    public static ReportSharingConsent ImpliedByRequest(Guid candidateId, DateTimeOffset requestedAt) =>
        new(candidateId, requestedAt, "Implied by requesting the assessment (CMC-reglement: assessment).");
}

/// <summary>What back office proposes.</summary>
public sealed record AssessmentPlanRequest(
    AssessmentCandidate Candidate,
    IReadOnlyList<AssessorQualification> Assessors,
    DateTime Start,
    AssessmentVenue Venue,
    DateOnly? DevelopmentReportAddedOn,
    ReportSharingConsent? Consent,
    bool CandidateKnownToAssessors);

/// <summary>A valid assessment plan: two independent qualified assessors, a 90-minute slot, a venue, the agenda.</summary>
public sealed record AssessmentPlan(
    Guid CandidateId,
    IReadOnlyList<Guid> AssessorIds,
    DateTime Start,
    DateTime End,
    AssessmentVenue Venue,
    ReportSharingConsent Consent,
    IReadOnlyList<AssessmentAgendaItem> Agenda)
{
    public DateOnly Date => DateOnly.FromDateTime(Start);
}

/// <summary>Planning rules of the CMC assessment (seed 000, "Voor een assessment geldt het volgende").</summary>
public sealed class AssessmentPlanner(CmcScheme scheme)
{
    private const string Rule = "CMC-reglement: assessment";

    /// <summary>The earliest date an assessment may take place, given when the development report entered the dossier.</summary>
    public DateOnly EarliestAssessmentDate(DateOnly developmentReportAddedOn) =>
        developmentReportAddedOn.AddDays(scheme.DevelopmentReportLeadDays);

    /// <summary>Why this assessor may not assess this candidate on this date; empty when they may.</summary>
    public IReadOnlyList<DomainError> CheckAssessor(AssessorQualification a, AssessmentCandidate candidate, DateOnly date)
    {
        var errors = new List<DomainError>();
        if (a.AssessmentTrainingCompletedOn is null || a.AssessmentTrainingCompletedOn > date)
        {
            errors.Add(new("cmc.assessor.not-trained", $"{a.Name} has no completed assessment training.", Rule + " (voetnoot 2: vakbekwaam in beoordelen)") { Args = [a.Name] });
        }

        if (!a.KnowsCmcScheme)
        {
            errors.Add(new("cmc.assessor.no-scheme-knowledge", $"{a.Name} has no recorded knowledge of the CMC scheme.", Rule + " (voetnoot 2: kennis van de CMC-certificatieregeling)") { Args = [a.Name] });
        }

        if (a.ValidUntil < date)
        {
            errors.Add(new("cmc.assessor.qualification-expired", $"{a.Name}'s qualification ran until {a.ValidUntil:yyyy-MM-dd}.", Rule + " (voetnoot 2)") { Args = [a.Name, a.ValidUntil] });
        }

        if (a.Employers.Overlaps(candidate.Employers))
        {
            errors.Add(new("cmc.assessor.shared-employer", $"{a.Name} shares an employer with the candidate.", Rule + " (voetnoot 2: onafhankelijk)") { Args = [a.Name] });
        }

        if (a.DeclaredRelations.Contains(candidate.PersonId) || a.AssessorId == candidate.PersonId)
        {
            errors.Add(new("cmc.assessor.declared-relation", $"{a.Name} declared a relation with the candidate.", Rule + " (voetnoot 2: onpartijdig)") { Args = [a.Name] });
        }

        return errors;
    }

    /// <summary>Checks every planning rule and returns the plan, or all reasons it is refused.</summary>
    public Result<AssessmentPlan> Plan(AssessmentPlanRequest request)
    {
        var errors = new List<DomainError>();
        var date = DateOnly.FromDateTime(request.Start);

        if (request.Assessors.Count != scheme.AssessorCount)
        {
            errors.Add(new("cmc.assessment.assessor-count", $"An assessment needs {scheme.AssessorCount} assessors, not {request.Assessors.Count}.", Rule) { Args = [scheme.AssessorCount, request.Assessors.Count] });
        }

        if (request.Assessors.Select(a => a.AssessorId).Distinct().Count() != request.Assessors.Count)
        {
            errors.Add(new("cmc.assessment.same-assessor-twice", "The same person cannot be both assessors.", Rule));
        }

        foreach (var a in request.Assessors.DistinctBy(a => a.AssessorId))
        {
            errors.AddRange(CheckAssessor(a, request.Candidate, date));
        }

        if (string.IsNullOrWhiteSpace(request.Venue.Address) == (request.Venue.VideoLink is null))
        {
            errors.Add(new("cmc.assessment.venue", "Give either a location or a video link.", Rule + " (passende locatie of beeldscherm)"));
        }

        if (request.DevelopmentReportAddedOn is not { } reportDate)
        {
            errors.Add(new("cmc.assessment.no-development-report", "The development report is not in the dossier.", Rule + " (ontwikkelverslag minimaal 2 weken vooraf)"));
        }
        else if (date < EarliestAssessmentDate(reportDate))
        {
            errors.Add(new("cmc.assessment.report-too-late",
                $"The development report must be in the dossier {scheme.DevelopmentReportLeadDays} days before the assessment; earliest date {EarliestAssessmentDate(reportDate):yyyy-MM-dd}.",
                Rule + " (ontwikkelverslag minimaal 2 weken vooraf)") { Args = [scheme.DevelopmentReportLeadDays, EarliestAssessmentDate(reportDate)] });
        }

        if (request.Consent is null || request.Consent.CandidateId != request.Candidate.PersonId)
        {
            errors.Add(new("cmc.assessment.no-consent", "No recorded consent to share the development report with the assessors.", Rule + " (toestemming delen verslag)"));
        }

        if (errors.Count > 0)
        {
            return Result<AssessmentPlan>.Failure(errors);
        }

        return new AssessmentPlan(
            request.Candidate.PersonId,
            request.Assessors.Select(a => a.AssessorId).ToArray(),
            request.Start,
            request.Start.AddMinutes(scheme.AssessmentDurationMinutes),
            request.Venue,
            request.Consent!,
            scheme.AgendaFor(request.CandidateKnownToAssessors));
    }
}
