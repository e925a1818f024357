using Touchstone.Domain.Calendar;

namespace Touchstone.Domain.Cases;

/// <summary>The due dates of one case; null where the scheme sets no such term.</summary>
/// <param name="FilingDeadline">Last day to submit (objection: by postmark).</param>
/// <param name="ReceiptDeadline">Last day a timely sent submission may arrive.</param>
/// <param name="HandlingDeadline">Last day to decide or answer.</param>
public sealed record CaseDueDates(DateOnly? FilingDeadline, DateOnly? ReceiptDeadline, DateOnly? HandlingDeadline);

/// <summary>
/// Deadlines of comments, objections and complaints for one scheme, computed with the working-day
/// calendar from the numbers in <see cref="SchemeCaseConfig"/>. How each period starts (our reading of
/// the Examenreglement, seed 004):
/// <list type="bullet">
/// <item>Comment (12: "na afloop van elk examen geldt een periode van tien werkdagen"): the exam day does
/// not count; the last day is the 10th working day after the exam date.</item>
/// <item>Objection (14: "binnen vijftien dagen na de datum van toezending van de uitslag"): the period
/// starts on the day after the result was sent; the last day to send is dispatch + 15 calendar days,
/// rolled to the next working day. 16.3: "binnen twintig dagen na het ingaan van de bezwaartermijn" is
/// counted in days of the same period, so the last day of receipt is dispatch + 20, rolled. The
/// committee decides "binnen dertig dagen na het verstrijken van de bezwaartermijn": 30 calendar days
/// after the (rolled) last day to send, rolled.</item>
/// <item>Complaint (13.1): received "binnen vier weken na het evenement" = event + 28 days, rolled;
/// answered "binnen vier weken na ontvangst" = receipt + 28 days, rolled.</item>
/// </list>
/// </summary>
public sealed class CaseDeadlines
{
    private readonly SchemeCaseConfig _scheme;
    private readonly WorkingDayCalendar _calendar;

    public CaseDeadlines(SchemeCaseConfig scheme, WorkingDayCalendar calendar)
    {
        _scheme = scheme;
        _calendar = calendar;
    }

    public SchemeCaseConfig Scheme => _scheme;

    public WorkingDayCalendar Calendar => _calendar;

    /// <summary>Last day to submit a comment on the exam held on <paramref name="examDate"/> (Examenreglement 12).</summary>
    public DateOnly CommentDeadline(DateOnly examDate) => Filing(CaseType.Comment, examDate);

    /// <summary>First day of the objection period: the day after the result was sent (Examenreglement 14).</summary>
    public static DateOnly ObjectionPeriodStart(DateOnly resultSentOn) => resultSentOn.AddDays(1);

    /// <summary>Last day an objection may be sent (postmark date) (Examenreglement 14, 16.3).</summary>
    public DateOnly ObjectionFilingDeadline(DateOnly resultSentOn) => Filing(CaseType.Objection, resultSentOn);

    /// <summary>Last day a timely sent objection must have been received (Examenreglement 16.3).</summary>
    public DateOnly ObjectionReceiptDeadline(DateOnly resultSentOn) =>
        Term(CaseType.Objection, c => c.ReceiptTerm).EndAfter(resultSentOn, _calendar);

    /// <summary>Last day for the committee's decision on an objection (Examenreglement 14).</summary>
    public DateOnly ObjectionDecisionDeadline(DateOnly resultSentOn) =>
        Handling(CaseType.Objection, resultSentOn, receivedOn: resultSentOn);

    /// <summary>Last day a complaint about an event on <paramref name="eventDate"/> may be received (Examenreglement 13.1).</summary>
    public DateOnly ComplaintFilingDeadline(DateOnly eventDate) => Filing(CaseType.Complaint, eventDate);

    /// <summary>Last day to answer a complaint received on <paramref name="receivedOn"/> (Examenreglement 13.1).</summary>
    public DateOnly ComplaintAnswerDeadline(DateOnly receivedOn) =>
        Handling(CaseType.Complaint, receivedOn, receivedOn);

    /// <summary>All due dates of a case of <paramref name="type"/> with the given reference and receipt dates.</summary>
    public CaseDueDates For(CaseType type, DateOnly referenceDate, DateOnly receivedOn)
    {
        if (!_scheme.Offers(type))
        {
            return new CaseDueDates(null, null, null);
        }

        var config = _scheme.For(type);
        DateOnly? handling = config.HandlingTerm is null ? null : Handling(type, referenceDate, receivedOn);
        return new CaseDueDates(
            config.FilingTerm?.EndAfter(referenceDate, _calendar),
            config.ReceiptTerm?.EndAfter(referenceDate, _calendar),
            handling);
    }

    /// <summary>Due dates of <paramref name="case"/>.</summary>
    public CaseDueDates For(Case @case) => For(@case.Type, @case.ReferenceDate, @case.ReceivedOn);

    private DateOnly Filing(CaseType type, DateOnly referenceDate) =>
        Term(type, c => c.FilingTerm).EndAfter(referenceDate, _calendar);

    private DateOnly Handling(CaseType type, DateOnly referenceDate, DateOnly receivedOn)
    {
        var config = _scheme.For(type);
        var start = config.HandlingFrom == HandlingTermStart.FilingPeriodEnd
            ? Filing(type, referenceDate)
            : receivedOn;
        return Term(type, c => c.HandlingTerm).EndAfter(start, _calendar);
    }

    private Term Term(CaseType type, Func<CaseTypeConfig, Term?> select) =>
        select(_scheme.For(type))
        ?? throw new InvalidOperationException($"Scheme {_scheme.Code} sets no such term for {type}.");
}
