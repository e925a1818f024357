using Touchstone.Domain.Common;

namespace Touchstone.Domain.PersonCertification;

/// <summary>Bijlage Permanente Educatie: personal-professional development, or subject/sector deepening; both preferred.</summary>
public enum CeCategory
{
    PersonalProfessional,
    SubjectOrSector,
}

/// <summary>How the size of an activity is entered: gross hours, or ECTS credits converted with the scheme's hours per ECTS.</summary>
public enum CeUnit
{
    Hours,
    Ects,
}

/// <summary>Bijlage Permanente Educatie: "verklaring van organisator of klant of als dat niet kan een eigen verklaring".</summary>
public enum EvidenceKind
{
    OrganiserStatement,
    ClientStatement,
    SelfDeclaration,
}

/// <summary>
/// The statement behind an activity: it gives at least the date and the hours, where relevant who was involved,
/// and for a self-declaration why a third-party statement was not possible.
/// </summary>
public sealed record CeEvidence(EvidenceKind Kind, DateOnly? Date, decimal? Hours, string? PeopleInvolved = null, string? SelfDeclarationReason = null);

/// <summary>One continuing-education activity in the development report.</summary>
public sealed record CeActivity(
    Guid Id,
    string Title,
    DateOnly Start,
    DateOnly End,
    decimal Amount,
    CeUnit Unit,
    int? EqfLevel,
    CeCategory Category,
    CeEvidence? Evidence);

/// <summary>The period over which CE is counted (the 5 years of a certificate).</summary>
public sealed record CePeriod(DateOnly Start, DateOnly End)
{
    /// <summary>The certificate's own period.</summary>
    public static CePeriod Of(CmcCertificate certificate) => new(certificate.StartDate, certificate.ValidUntil);

    /// <summary>The <see cref="CmcScheme.ContinuingEducationPeriodYears"/> years that end on <paramref name="lastDay"/> (initial applications).</summary>
    public static CePeriod EndingOn(DateOnly lastDay, CmcScheme scheme) =>
        new(lastDay.AddYears(-scheme.ContinuingEducationPeriodYears).AddDays(1), lastDay);

    public bool Contains(DateOnly date) => Start <= date && date <= End;
}

/// <summary>An activity that does not count, with every reason.</summary>
public sealed record NotCountedActivity(Guid ActivityId, string Title, IReadOnlyList<DomainError> Reasons);

/// <summary>A stretch without any counted activity inside the period (both days inclusive).</summary>
public sealed record CeGap(DateOnly From, DateOnly To, int Days, int WholeMonths, bool ExceedsMaximum);

/// <summary>What the candidate and staff see: hours, balance, what does not count and why, the longest gap, what is still needed.</summary>
public sealed record CeDashboard(
    CePeriod Period,
    DateOnly EvaluatedUpTo,
    decimal CountedHours,
    decimal RequiredHours,
    IReadOnlyDictionary<CeCategory, decimal> HoursPerCategory,
    bool BothCategoriesPresent,
    IReadOnlyList<NotCountedActivity> NotCounted,
    CeGap? LongestGap,
    int MaximumGapMonths,
    decimal HoursStillNeeded,
    bool GapProblem,
    bool IsCompliant);

/// <summary>The CE rule engine (Bijlage Permanente Educatie), numbers from <see cref="CmcScheme"/>.</summary>
public sealed class ContinuingEducationRules(CmcScheme scheme)
{
    private const string Rule = "Bijlage Permanente Educatie";

    public CmcScheme Scheme => scheme;

    /// <summary>Gross hours of an activity: hours as entered, or ECTS × hours per ECTS.</summary>
    public decimal HoursOf(CeActivity a) => a.Unit == CeUnit.Ects ? a.Amount * scheme.HoursPerEcts : a.Amount;

    /// <summary>
    /// Errors that refuse a new log entry (empty when the entry is sound): bad numbers or dates, missing evidence, and an
    /// activity that lies wholly or partly outside the period ("in die vijf jaar"): only the part inside the period can be logged. Entries already
    /// in the log (e.g. from before a new certificate period) stay and are shown as not counted by <see cref="Evaluate"/>.
    /// </summary>
    public IReadOnlyList<DomainError> Validate(CeActivity a, CePeriod period)
    {
        List<DomainError>? errors = null;
        CollectInputErrors(a, period, ref errors);
        if (a.End >= a.Start && (a.End < period.Start || a.Start > period.End))
        {
            Add(ref errors, new("cmc.ce.invalid.outside-period",
                $"'{a.Title}' ({a.Start:yyyy-MM-dd} – {a.End:yyyy-MM-dd}) lies outside the period {period.Start:yyyy-MM-dd} – {period.End:yyyy-MM-dd}; only activities within the period can be logged.",
                Rule + " (in die vijf jaar)") { Args = [a.Title, a.Start, a.End, period.Start, period.End] });
        }

        return errors ?? [];
    }

    // Allocates only when there is something to report: Evaluate runs this for every activity.
    private void CollectInputErrors(CeActivity a, CePeriod period, ref List<DomainError>? errors)
    {
        if (string.IsNullOrWhiteSpace(a.Title))
        {
            Add(ref errors, new("cmc.ce.invalid.title", "The activity needs a title.", Rule));
        }

        var hours = HoursOf(a);
        if (a.Amount <= 0)
        {
            Add(ref errors, new("cmc.ce.invalid.hours", $"'{a.Title}': the hours or credits must be positive.", Rule) { Args = [a.Title] });
        }

        if (a.End < a.Start)
        {
            Add(ref errors, new("cmc.ce.invalid.end-before-start", $"'{a.Title}': the end date {a.End:yyyy-MM-dd} is before the start date {a.Start:yyyy-MM-dd}.", Rule) { Args = [a.Title, a.End, a.Start] });
        }
        else
        {
            var days = a.End.DayNumber - a.Start.DayNumber + 1;
            if (hours > days * scheme.MaximumHoursPerDay)
            {
                Add(ref errors, new("cmc.ce.invalid.implausible-hours",
                    $"'{a.Title}': {hours:0.##} hours in {days} day(s) is more than {scheme.MaximumHoursPerDay:0.##} hours a day.", Rule) { Args = [a.Title, hours, days, scheme.MaximumHoursPerDay] });
            }

            var overlaps = a.Start <= period.End && a.End >= period.Start;
            if (overlaps && (a.Start < period.Start || a.End > period.End))
            {
                Add(ref errors, new("cmc.ce.invalid.straddles-period",
                    $"'{a.Title}' runs past the period {period.Start:yyyy-MM-dd} – {period.End:yyyy-MM-dd}; enter the part inside the period.", Rule) { Args = [a.Title, period.Start, period.End] });
            }
        }

        if (a.EqfLevel is null or < 1 or > 8)
        {
            Add(ref errors, new("cmc.ce.invalid.eqf", $"'{a.Title}': state the EQF level (1-8).", Rule + " (EQF6+)") { Args = [a.Title] });
        }

        CollectEvidenceErrors(a, hours, ref errors);
    }

    private static void CollectEvidenceErrors(CeActivity a, decimal hours, ref List<DomainError>? errors)
    {
        var e = a.Evidence;
        if (e is null)
        {
            Add(ref errors, new("cmc.ce.invalid.no-evidence", $"'{a.Title}': no statement by organiser or client, nor a self-declaration.", Rule) { Args = [a.Title] });
            return;
        }

        if (e.Date is null)
        {
            Add(ref errors, new("cmc.ce.invalid.evidence-date", $"'{a.Title}': the statement must give the date.", Rule) { Args = [a.Title] });
        }

        if (e.Hours is not > 0)
        {
            Add(ref errors, new("cmc.ce.invalid.evidence-hours", $"'{a.Title}': the statement must give the hours spent.", Rule) { Args = [a.Title] });
        }
        else if (e.Hours < hours)
        {
            Add(ref errors, new("cmc.ce.invalid.claim-exceeds-statement", $"'{a.Title}': {hours:0.##} hours claimed but the statement gives {e.Hours:0.##}.", Rule) { Args = [a.Title, hours, e.Hours] });
        }

        if (e.Kind == EvidenceKind.SelfDeclaration && string.IsNullOrWhiteSpace(e.SelfDeclarationReason))
        {
            Add(ref errors, new("cmc.ce.invalid.self-declaration-reason", $"'{a.Title}': a self-declaration must say why a third-party statement was not possible.", Rule) { Args = [a.Title] });
        }
    }

    private static void Add(ref List<DomainError>? errors, DomainError error) => (errors ??= []).Add(error);

    /// <summary>
    /// Evaluates all activities over <paramref name="period"/> as of <paramref name="today"/>: gaps are measured up to
    /// the earlier of today and the period end. Linear after one sort.
    /// </summary>
    public CeDashboard Evaluate(IEnumerable<CeActivity> activities, CePeriod period, DateOnly today)
    {
        var counted = new List<(DateOnly Start, DateOnly End)>();
        var notCounted = new List<NotCountedActivity>();
        var perCategory = new Dictionary<CeCategory, decimal>();
        foreach (var c in Enum.GetValues<CeCategory>())
        {
            perCategory[c] = 0m;
        }

        var total = 0m;
        foreach (var a in activities)
        {
            List<DomainError>? reasons = null;
            CollectInputErrors(a, period, ref reasons);
            if (a.End >= a.Start && (a.End < period.Start || a.Start > period.End))
            {
                Add(ref reasons, new("cmc.ce.not-counted.outside-period",
                    $"'{a.Title}' lies outside the period {period.Start:yyyy-MM-dd} – {period.End:yyyy-MM-dd}.", Rule + " (in die vijf jaar)") { Args = [a.Title, period.Start, period.End] });
            }

            if (a.EqfLevel is { } level && level < scheme.MinimumEqfLevel)
            {
                Add(ref reasons, new("cmc.ce.not-counted.below-eqf",
                    $"'{a.Title}' is at EQF {level}; only EQF {scheme.MinimumEqfLevel} and higher counts.", Rule + " (Tenminste op EQF6+ niveau)") { Args = [a.Title, level, scheme.MinimumEqfLevel] });
            }

            if (reasons is not null)
            {
                notCounted.Add(new(a.Id, a.Title, reasons));
                continue;
            }

            var hours = HoursOf(a);
            total += hours;
            perCategory[a.Category] += hours;
            counted.Add((a.Start, a.End));
        }

        var horizon = today < period.End ? today : period.End;
        var longest = LongestGap(counted, period.Start, horizon);
        var gapProblem = longest?.ExceedsMaximum ?? false;
        var needed = Math.Max(0m, scheme.MinimumContinuingEducationHours - total);
        return new CeDashboard(
            period,
            horizon,
            total,
            scheme.MinimumContinuingEducationHours,
            perCategory,
            perCategory.Values.All(h => h > 0),
            notCounted,
            longest,
            scheme.MaximumGapMonths,
            needed,
            gapProblem,
            needed == 0 && !gapProblem);
    }

    private CeGap? LongestGap(List<(DateOnly Start, DateOnly End)> spans, DateOnly from, DateOnly horizon)
    {
        if (horizon < from)
        {
            return null;
        }

        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        DateOnly? bestFrom = null;
        var bestTo = from;
        var firstUncovered = from;
        foreach (var (start, end) in spans)
        {
            if (start > horizon)
            {
                break;
            }

            if (start > firstUncovered && (bestFrom is null || start.DayNumber - 1 - firstUncovered.DayNumber > bestTo.DayNumber - bestFrom.Value.DayNumber))
            {
                bestFrom = firstUncovered;
                bestTo = start.AddDays(-1);
            }

            if (end >= firstUncovered)
            {
                firstUncovered = end.AddDays(1);
            }
        }

        if (firstUncovered <= horizon && (bestFrom is null || horizon.DayNumber - firstUncovered.DayNumber > bestTo.DayNumber - bestFrom.Value.DayNumber))
        {
            bestFrom = firstUncovered;
            bestTo = horizon;
        }

        return bestFrom is null ? null : MakeGap(bestFrom.Value, bestTo);
    }

    private CeGap MakeGap(DateOnly from, DateOnly to)
    {
        var dayAfter = to.AddDays(1);
        var months = ((dayAfter.Year - from.Year) * 12) + dayAfter.Month - from.Month;
        while (months > 0 && from.AddMonths(months) > dayAfter)
        {
            months--;
        }

        // "Longer than 12 months": the stretch reaches the same date 12 months on.
        return new CeGap(from, to, to.DayNumber - from.DayNumber + 1, months, to >= from.AddMonths(scheme.MaximumGapMonths));
    }
}
