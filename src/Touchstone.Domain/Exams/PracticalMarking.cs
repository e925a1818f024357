using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>The examiner's observations of the practical: criteria met as V per part, and any on-the-spot resit.</summary>
public sealed record PracticalSheet(IReadOnlyList<int> CriteriaMet, IReadOnlyList<PracticalResit> Resits)
{
    public static PracticalSheet Of(params int[] criteriaMet) => new(criteriaMet, []);
}

/// <summary>An on-the-spot resit of one part (art. 8.7), with the criteria met at the resit.</summary>
public sealed record PracticalResit(int Part, int CriteriaMet);

/// <summary>Points and band of the practical, and whether an on-the-spot resit may still be taken.</summary>
public sealed record PracticalOutcome(int Points, ResultBand Band, bool ResitAllowed);

/// <summary>
/// Marking of the practical (art. 8.7 "Praktijkexamen"). A resit replaces the part's observation.
/// Interpretation: a resit is offered only to a candidate who has not yet passed (it is a
/// "herexamen"); with the seed's table that means exactly 6 points.
/// </summary>
public static class PracticalMarking
{
    private const string Rule = "Examenreglement 8.7";

    public static PracticalOutcome Outcome(CriteriaPointsScheme scheme, PracticalSheet sheet)
    {
        var met = Effective(sheet);
        var points = scheme.TotalPoints(met);
        var band = scheme.Bands.BandFor(points);
        return new(points, band, ResitRefusal(scheme, sheet, points, band) is null);
    }

    /// <summary>Records an on-the-spot resit of one part, or says why it is not allowed.</summary>
    public static Result<PracticalSheet> RecordResit(CriteriaPointsScheme scheme, PracticalSheet sheet, int part, int criteriaMet)
    {
        if (part < 1 || part > scheme.Parts.Count)
        {
            return new DomainError("exams.practical.unknown-part", $"The practical has parts 1 to {scheme.Parts.Count}, not {part}.", Rule) { Args = [scheme.Parts.Count, part] };
        }

        if (criteriaMet < 0)
        {
            return new DomainError("exams.practical.negative-criteria", "Criteria met cannot be negative.", Rule);
        }

        if (AboveCriteria(scheme.Parts[part - 1], criteriaMet) is { } above)
        {
            return above;
        }

        var current = Outcome(scheme, sheet);
        if (ResitRefusal(scheme, sheet, current.Points, current.Band) is { } refusal)
        {
            return refusal;
        }

        return sheet with { Resits = [.. sheet.Resits, new PracticalResit(part, criteriaMet)] };
    }

    /// <summary>Checks an observation: one count per part, from 0 up to the part's number of criteria (every part named).</summary>
    public static Result Check(CriteriaPointsScheme scheme, PracticalSheet sheet)
    {
        if (sheet.CriteriaMet.Count != scheme.Parts.Count)
        {
            return new DomainError("exams.practical.part-count", $"Criteria are needed for all {scheme.Parts.Count} parts.", Rule) { Args = [scheme.Parts.Count] };
        }

        if (sheet.CriteriaMet.Any(m => m < 0))
        {
            return new DomainError("exams.practical.negative-criteria", "Criteria met cannot be negative.", Rule);
        }

        return Result.From([.. scheme.Parts.Zip(sheet.CriteriaMet, AboveCriteria).OfType<DomainError>()]);
    }

    // A part whose number of criteria the blueprint gives: more cannot be observed as met.
    private static DomainError? AboveCriteria(CriteriaPart part, int met) =>
        part.Criteria is { } criteria && met > criteria
            ? new("exams.practical.criteria-above-maximum", $"Part {part.Number} has {part.Criteria} criteria: {met} met is not possible.", Rule) { Args = [part.Number, part.Criteria, met] }
            : null;

    private static DomainError? ResitRefusal(CriteriaPointsScheme scheme, PracticalSheet sheet, int points, ResultBand band)
    {
        if (scheme.OnTheSpotResit is not { } rule)
        {
            return new("exams.practical.no-resit", "This practical has no on-the-spot resit.", Rule);
        }

        if (band >= ResultBand.Voldoende)
        {
            return new("exams.practical.resit-not-needed", $"The practical is already {band}.", Rule) { Args = [band] };
        }

        if (sheet.Resits.Count >= rule.MaxParts)
        {
            return new("exams.practical.resit-limit", $"At most {rule.MaxParts} part(s) may be resat on the spot.", Rule) { Args = [rule.MaxParts] };
        }

        return points < rule.MinimumTotal
            ? new("exams.practical.resit-below-minimum", $"An on-the-spot resit needs at least {rule.MinimumTotal} points; the candidate has {points}.", Rule) { Args = [rule.MinimumTotal, points] }
            : null;
    }

    private static int[] Effective(PracticalSheet sheet)
    {
        var met = sheet.CriteriaMet.ToArray();
        foreach (var resit in sheet.Resits)
        {
            met[resit.Part - 1] = resit.CriteriaMet;
        }

        return met;
    }
}
