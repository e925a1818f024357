using Touchstone.Domain.Calendar;

namespace Touchstone.Domain.Cases;

/// <summary>Figures for one case type in the annual report.</summary>
/// <param name="HandlingWorkingDaysAverage">Mean working days from receipt to decision, over decided cases; null when none.</param>
/// <param name="HandlingWorkingDaysMedian">Median of the same; null when none.</param>
/// <param name="Overdue">Decided after the due date, or still open past it at the end of the year.</param>
public sealed record AnnualCaseTypeFigures(
    CaseType Type,
    int Received,
    int Inadmissible,
    int StillOpen,
    IReadOnlyDictionary<CaseOutcome, int> ByOutcome,
    double? HandlingWorkingDaysAverage,
    double? HandlingWorkingDaysMedian,
    int Overdue);

/// <summary>
/// The director's yearly report to the exam committee on complaints and objections (Examenreglement 11.3),
/// over the cases received in <see cref="Year"/>.
/// </summary>
public sealed record AnnualCaseReport(int Year, IReadOnlyList<AnnualCaseTypeFigures> ByType)
{
    public int TotalReceived => ByType.Sum(t => t.Received);

    public int TotalOverdue => ByType.Sum(t => t.Overdue);

    /// <summary>
    /// Aggregates <paramref name="cases"/> received in <paramref name="year"/>. Open cases count as overdue
    /// when their due date lies before 31 December of the year (or before <paramref name="asOf"/> when
    /// that is earlier).
    /// </summary>
    public static AnnualCaseReport For(
        IEnumerable<Case> cases,
        int year,
        CaseTypeCatalog schemes,
        WorkingDayCalendar calendar,
        DateOnly asOf)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var cutoff = asOf < yearEnd ? asOf : yearEnd;
        var inYear = cases.Where(c => c.ReceivedOn.Year == year).ToArray();
        var figures = new List<AnnualCaseTypeFigures>();
        foreach (var type in Enum.GetValues<CaseType>())
        {
            var ofType = inYear.Where(c => c.Type == type).ToArray();
            if (ofType.Length == 0)
            {
                continue;
            }

            var handled = ofType
                .Where(c => c.DecidedOn is not null && c.State != CaseState.Inadmissible)
                .Select(c => (double)calendar.WorkingDaysBetween(c.ReceivedOn, c.DecidedOn!.Value))
                .Order()
                .ToArray();
            var overdue = ofType.Count(c => IsOverdue(c, schemes, calendar, cutoff));
            figures.Add(new AnnualCaseTypeFigures(
                type,
                ofType.Length,
                ofType.Count(c => c.State == CaseState.Inadmissible),
                ofType.Count(c => c.IsOpen),
                ofType.Where(c => c.Outcome is not null)
                    .GroupBy(c => c.Outcome!.Value)
                    .ToDictionary(g => g.Key, g => g.Count()),
                handled.Length == 0 ? null : handled.Average(),
                Median(handled),
                overdue));
        }

        return new AnnualCaseReport(year, figures);
    }

    private static bool IsOverdue(Case c, CaseTypeCatalog schemes, WorkingDayCalendar calendar, DateOnly cutoff)
    {
        var scheme = schemes.Find(c.SchemeCode)
            ?? throw new InvalidOperationException($"Case {c.Id} belongs to unknown scheme {c.SchemeCode}.");
        if (c.State == CaseState.Inadmissible)
        {
            return false;
        }

        var due = new CaseDeadlines(scheme, calendar).For(c).HandlingDeadline;
        if (due is null)
        {
            return false;
        }

        return c.DecidedOn is { } decided ? decided > due.Value : cutoff > due.Value;
    }

    private static double? Median(double[] sorted)
    {
        if (sorted.Length == 0)
        {
            return null;
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
