namespace Touchstone.Domain.Exams;

/// <summary>Identity documents accepted at the exam (art. 7.3).</summary>
public enum IdentityDocumentType
{
    Passport,
    DutchDrivingLicence,
    DutchIdentityCard,
    DutchRefugeeTravelDocument,
    DutchAlienTravelDocument,
    ResidenceDocument,
    WDocument,
    Other,
}

/// <summary>
/// The administrative numbers of the Examenreglement (seed 004), in one record so no rule holds a
/// literal. <see cref="FromSeed"/> is the regulation in force from 1 August 2014.
/// </summary>
public sealed record ExamRegulation
{
    /// <summary>Cinses Examenreglement 2014 (seed 004).</summary>
    public static ExamRegulation FromSeed { get; } = new();

    /// <summary>Art. 4.1: at least three committee members.</summary>
    public int CommitteeMinimumMembers { get; init; } = 3;

    /// <summary>Art. 4.2: a vacancy below the minimum is filled within six months.</summary>
    public int CommitteeVacancyMonths { get; init; } = 6;

    /// <summary>Art. 6.7: cancelling at least five working days before the exam refunds part of the fee.</summary>
    public int CancellationWorkingDays { get; init; } = 5;

    /// <summary>Art. 6.7: 40% of the fee is refunded on timely cancellation.</summary>
    public decimal CancellationRefundPercentage { get; init; } = 40m;

    /// <summary>Art. 6.2: at most 30 minutes extra for dyslexia.</summary>
    public int DyslexiaMaxExtraMinutes { get; init; } = 30;

    /// <summary>Art. 6.2: at most 30 minutes extra for another mother tongue.</summary>
    public int OtherMotherTongueMaxExtraMinutes { get; init; } = 30;

    /// <summary>Art. 6.2: the language accommodation is for candidates in the Netherlands less than five years.</summary>
    public int OtherMotherTongueMaxYearsInNetherlands { get; init; } = 5;

    /// <summary>Art. 7.9: a candidate found to commit fraud is excluded for five years.</summary>
    public int FraudExclusionYears { get; init; } = 5;

    /// <summary>Art. 9.1: results within four weeks after the exam period.</summary>
    public int ResultsWithinWeeks { get; init; } = 4;

    /// <summary>Art. 10.1: inspection of marked work for three months after the result.</summary>
    public int InspectionMonths { get; init; } = 3;

    /// <summary>Art. 10.1: the inspection always takes place at the office of Cinses in The Hague.</summary>
    public string InspectionPlace { get; init; } = "kantoor van Cinses, Den Haag";

    /// <summary>Art. 10.3: candidate work is kept until six months after the exam.</summary>
    public int WorkRetentionMonths { get; init; } = 6;

    /// <summary>Art. 7.3: accepted original, valid identity documents.</summary>
    public IReadOnlyList<IdentityDocumentType> AcceptedIdentityDocuments { get; init; } =
    [
        IdentityDocumentType.Passport,
        IdentityDocumentType.DutchDrivingLicence,
        IdentityDocumentType.DutchIdentityCard,
        IdentityDocumentType.DutchRefugeeTravelDocument,
        IdentityDocumentType.DutchAlienTravelDocument,
        IdentityDocumentType.ResidenceDocument,
        IdentityDocumentType.WDocument,
    ];
}
