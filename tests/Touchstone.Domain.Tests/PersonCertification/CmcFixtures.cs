using Touchstone.Domain.PersonCertification;

namespace Touchstone.Domain.Tests.PersonCertification;

internal static class CmcFixtures
{
    public static readonly Guid CandidateId = Guid.Parse("00000000-0000-0000-0000-00000000c001");
    public static readonly Guid CandidateEmployer = Guid.Parse("00000000-0000-0000-0000-0000000e0001");
    public static readonly Guid BackOfficeId = Guid.Parse("00000000-0000-0000-0000-0000000b0001");
    public static readonly Guid DecisionMakerId = Guid.Parse("00000000-0000-0000-0000-0000000d0001");
    public static readonly Guid PracticeId = Guid.Parse("00000000-0000-0000-0000-0000000acb01");
    public static readonly Guid InstituteId = Guid.Parse("00000000-0000-0000-0000-0000000a7b01");
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));

    public static AssessorQualification Assessor(int n, DateOnly? trainedOn = null, bool knowsScheme = true, DateOnly? validUntil = null) =>
        new(Guid.Parse($"00000000-0000-0000-0000-0000000a{n:D4}"), $"Assessor {n}", trainedOn ?? new DateOnly(2024, 1, 10), knowsScheme, validUntil ?? new DateOnly(2028, 12, 31))
        {
            Employers = new HashSet<Guid> { Guid.Parse($"00000000-0000-0000-0000-0000000f{n:D4}") },
        };

    public static AssessmentCandidate Candidate { get; } = new(CandidateId, "Candidate", new HashSet<Guid> { CandidateEmployer });

    public static IReadOnlyList<OrganisationRegisterEntry> AcpRegister { get; } = [new(PracticeId, "Adviesbureau ACP", new DateOnly(2020, 1, 1))];

    public static IReadOnlyList<OrganisationRegisterEntry> AtpRegister { get; } = [new(InstituteId, "ATP Instituut", new DateOnly(2019, 1, 1), new DateOnly(2025, 12, 31))];

    public static CeActivity Activity(DateOnly start, decimal hours, int eqf = 6, CeCategory category = CeCategory.SubjectOrSector, DateOnly? end = null,
        CeUnit unit = CeUnit.Hours, CeEvidence? evidence = null, string title = "Course") =>
        new(Guid.NewGuid(), title, start, end ?? start, hours, unit, eqf, category,
            evidence ?? new CeEvidence(EvidenceKind.OrganiserStatement, end ?? start, unit == CeUnit.Ects ? hours * 30 : hours, "Trainer X"));

    /// <summary>Eleven activities of 12 hours every ~5 months over 2021-2025: 132 hours, no gap above 12 months.</summary>
    public static IReadOnlyList<CeActivity> CompliantActivities(DateOnly periodStart) =>
        Enumerable.Range(0, 11).Select(i => Activity(periodStart.AddMonths(i * 5).AddDays(3), 12,
            category: i % 2 == 0 ? CeCategory.SubjectOrSector : CeCategory.PersonalProfessional, end: periodStart.AddMonths(i * 5).AddDays(4))).ToArray();
}
