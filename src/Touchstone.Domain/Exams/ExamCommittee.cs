using Touchstone.Domain.Calendar;
using Touchstone.Domain.Common;

namespace Touchstone.Domain.Exams;

/// <summary>Roles in the exam committee (art. 4.3-4.6).</summary>
public enum CommitteeRole
{
    Member,
    Chair,
    ViceChair,

    /// <summary>The director (art. 4.3); the only member who may be staff (4.4).</summary>
    Secretary,

    /// <summary>A staff member appointed by the director (4.6); not counted as a member.</summary>
    DeputySecretary,
}

/// <summary>A (past or present) seat in the committee; <paramref name="Name"/> is how breaches name the person (else the id).</summary>
public sealed record CommitteeMember(string PersonId, CommitteeRole Role, bool IsStaff, DateOnly AppointedOn, DateOnly? LeftOn = null, string? Name = null)
{
    public bool ActiveOn(DateOnly date) => AppointedOn <= date && (LeftOn is null || LeftOn > date);

    /// <summary>The person as a message names him.</summary>
    public string Shown => Name ?? PersonId;
}

/// <summary>A warning with a due date, e.g. a vacancy to fill (art. 4.2).</summary>
public sealed record CommitteeWarning(string Code, string Message, string Rule, DateOnly DueDate)
{
    /// <summary>The values in <see cref="Message"/>, in placeholder order (as <see cref="DomainError.Args"/>).</summary>
    public IReadOnlyList<object?> Args { get; init; } = [];

    /// <summary>The warning as a rule message, so the interface shows it like any other.</summary>
    public DomainError AsError() => new(Code, Message, Rule) { Args = Args };
}

/// <summary>The committee's composition checked on a date: breaches and warnings.</summary>
public sealed record CommitteeCheck(IReadOnlyList<DomainError> Breaches, IReadOnlyList<CommitteeWarning> Warnings)
{
    public bool IsCompliant => Breaches.Count == 0;
}

/// <summary>
/// Composition rules of the exam committee (art. 4). Interpretation: the secretary (the director)
/// counts as a member (4.3, 4.4 speak of him as one); the deputy secretary does not.
/// </summary>
public static class ExamCommitteeRules
{
    public static CommitteeCheck Check(IReadOnlyList<CommitteeMember> members, DateOnly today, WorkingDayCalendar calendar, ExamRegulation regulation)
    {
        var active = members.Where(m => m.ActiveOn(today)).ToArray();
        var counted = active.Where(m => m.Role != CommitteeRole.DeputySecretary).ToArray();
        var breaches = new List<DomainError>();
        var warnings = new List<CommitteeWarning>();

        if (counted.Length < regulation.CommitteeMinimumMembers)
        {
            // 4.2: the vacancy runs from the day the membership that took the committee below the minimum ended.
            var leftOn = members.Where(m => m.Role != CommitteeRole.DeputySecretary && m.LeftOn is { } d && d <= today)
                .Select(m => m.LeftOn!.Value).DefaultIfEmpty().Max();
            if (leftOn == default)
            {
                breaches.Add(new("exams.committee.too-small", $"The committee has {counted.Length} members; at least {regulation.CommitteeMinimumMembers} are required.", "Examenreglement 4.1") { Args = [counted.Length, regulation.CommitteeMinimumMembers] });
            }
            else
            {
                var due = calendar.MonthsDeadline(leftOn, regulation.CommitteeVacancyMonths);
                warnings.Add(new("exams.committee.vacancy", $"The committee has {counted.Length} members; fill the vacancy by {due:yyyy-MM-dd}.", "Examenreglement 4.2", due) { Args = [counted.Length, due] });
                if (today > due)
                {
                    breaches.Add(new("exams.committee.vacancy-overdue", $"The vacancy should have been filled by {due:yyyy-MM-dd}.", "Examenreglement 4.2") { Args = [due] });
                }
            }
        }

        Exactly(active, CommitteeRole.Chair, "exams.committee.chair", "a chair", "Examenreglement 4.5", breaches);
        Exactly(active, CommitteeRole.ViceChair, "exams.committee.vice-chair", "a vice-chair", "Examenreglement 4.6", breaches);
        Exactly(active, CommitteeRole.Secretary, "exams.committee.secretary", "a secretary (the director)", "Examenreglement 4.3", breaches);
        Exactly(active, CommitteeRole.DeputySecretary, "exams.committee.deputy-secretary", "a deputy secretary", "Examenreglement 4.6", breaches);

        foreach (var m in active)
        {
            var mayBeStaff = m.Role is CommitteeRole.Secretary or CommitteeRole.DeputySecretary;
            if (m.IsStaff && !mayBeStaff)
            {
                breaches.Add(new("exams.committee.staff-member", $"{m.Shown} is staff of the exam institute; only the secretary may be.", "Examenreglement 4.4") { Args = [m.Shown] });
            }

            if (!m.IsStaff && mayBeStaff)
            {
                breaches.Add(new("exams.committee.secretary-not-staff", $"{m.Shown} as {m.Role} must be the director or a staff member.", m.Role == CommitteeRole.Secretary ? "Examenreglement 4.3" : "Examenreglement 4.6") { Args = [m.Shown, m.Role] });
            }
        }

        if (active.GroupBy(m => m.PersonId).Any(g => g.Count() > 1))
        {
            breaches.Add(new("exams.committee.double-seat", "A person holds one seat in the committee.", "Examenreglement 4.5, 4.6"));
        }

        return new(breaches, warnings);
    }

    private static void Exactly(CommitteeMember[] active, CommitteeRole role, string code, string what, string rule, List<DomainError> breaches)
    {
        var count = active.Count(m => m.Role == role);
        if (count != 1)
        {
            breaches.Add(new(code, $"The committee needs exactly one {what[2..]}, has {count}.", rule) { Args = [count] });
        }
    }
}
