using System.Globalization;
using System.Text.RegularExpressions;
using Touchstone.Domain.Common;

namespace Touchstone.Domain.PersonCertification;

/// <summary>
/// Certificate number, our design: PREFIX-YYYY-NNNN (year of grant, sequence within that year, at least 4 digits),
/// e.g. CMC-2026-0001.
/// </summary>
public static partial class CertificateNumber
{
    /// <summary>Formats a number; sequence starts at 1.</summary>
    public static string Format(string prefix, int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year:D4}-{sequence:D4}");
    }

    /// <summary>The next number in <paramref name="year"/>, given the numbers already issued.</summary>
    public static string Next(string prefix, int year, IEnumerable<string> issued)
    {
        var max = issued.Select(n => TryParse(n, out var p, out var y, out var s) && p == prefix && y == year ? s : 0).DefaultIfEmpty(0).Max();
        return Format(prefix, year, max + 1);
    }

    /// <summary>Parses a number into its parts.</summary>
    public static bool TryParse(string? number, out string prefix, out int year, out int sequence)
    {
        prefix = "";
        year = sequence = 0;
        var m = number is null ? null : Pattern().Match(number);
        if (m is null || !m.Success)
        {
            return false;
        }

        prefix = m.Groups[1].Value;
        year = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        sequence = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        return sequence > 0;
    }

    [GeneratedRegex(@"^([A-Z]{2,10})-(\d{4})-(\d{4,9})$")]
    private static partial Regex Pattern();
}

public enum CertificateStatus
{
    Active,
    Suspended,
    Withdrawn,
    Expired,
}

/// <summary>
/// The status the public register, the verification page and the API show on a day: the stored status, with
/// <see cref="NotYetValid"/> for an active certificate before its first day (a renewal granted while the current one runs)
/// and <see cref="Expired"/> after its last day.
/// </summary>
public enum PublicCertificateStatus
{
    NotYetValid,
    Active,
    Suspended,
    Withdrawn,
    Expired,
}

/// <summary>What the public is told about a certificate on a given day (CMC-reglement: register; seed 001 "Hercertificering").</summary>
public static class PublicCertificateStatuses
{
    /// <summary>
    /// The public status on <paramref name="today"/>. Withdrawn and expired stay so; past <paramref name="validUntil"/> an active or
    /// suspended certificate is expired; a suspension shows as such; an active certificate whose <paramref name="startDate"/> is
    /// still to come is not yet valid: the holder's current certificate covers the time until then.
    /// </summary>
    public static PublicCertificateStatus On(CertificateStatus stored, DateOnly startDate, DateOnly validUntil, DateOnly today) => stored switch
    {
        CertificateStatus.Withdrawn => PublicCertificateStatus.Withdrawn,
        CertificateStatus.Expired => PublicCertificateStatus.Expired,
        _ when today > validUntil => PublicCertificateStatus.Expired,
        CertificateStatus.Suspended => PublicCertificateStatus.Suspended,
        _ when today < startDate => PublicCertificateStatus.NotYetValid,
        _ => PublicCertificateStatus.Active,
    };
}

/// <summary>A status change of a certificate, kept for the audit trail.</summary>
public sealed record CertificateStatusChange(CertificateStatus From, CertificateStatus To, DateOnly On, Guid? By, string Reason);

/// <summary>
/// A granted CMC certificate: runs <see cref="CmcScheme.CertificateValidityYears"/> years (Bijlage Permanente Educatie).
/// <see cref="ValidUntil"/> is the last day it is valid. Status transitions live in <see cref="Transitions"/>.
/// </summary>
public sealed class CmcCertificate
{
    private const string Rule = "CMC-reglement: certificaat";
    private readonly List<CertificateStatusChange> _history = [];

    /// <summary>Allowed status transitions and who may make them; expiry is computed from the date, not taken by a person.</summary>
    public static IReadOnlyList<(CertificateStatus From, CertificateStatus To, CmcRole[] Roles, bool ReasonRequired)> Transitions { get; } =
    [
        (CertificateStatus.Active, CertificateStatus.Suspended, [CmcRole.DecisionMaker], true),
        (CertificateStatus.Suspended, CertificateStatus.Active, [CmcRole.DecisionMaker], true),
        (CertificateStatus.Active, CertificateStatus.Withdrawn, [CmcRole.DecisionMaker], true),
        (CertificateStatus.Suspended, CertificateStatus.Withdrawn, [CmcRole.DecisionMaker], true),
        (CertificateStatus.Active, CertificateStatus.Expired, [CmcRole.BackOffice, CmcRole.Administrator], false),
        (CertificateStatus.Suspended, CertificateStatus.Expired, [CmcRole.BackOffice, CmcRole.Administrator], false),
    ];

    public CmcCertificate(string number, Guid holderId, DateOnly startDate, CmcScheme scheme)
    {
        if (!CertificateNumber.TryParse(number, out _, out _, out _))
        {
            throw new ArgumentException($"'{number}' is not a valid certificate number.", nameof(number));
        }

        Number = number;
        HolderId = holderId;
        StartDate = startDate;
        ValidUntil = startDate.AddYears(scheme.CertificateValidityYears).AddDays(-1);
    }

    /// <summary>
    /// The first day of a certificate granted on <paramref name="decisionDate"/>: that day, or, when a recertification is decided
    /// while the holder's current certificate still runs (<paramref name="currentValidUntil"/> on or after the decision), the day
    /// after it ends. Interpretation (seed 001 "Hercertificering" is silent on dates): the five-year periods, and the continuing
    /// education counted over them (Bijlage Permanente Educatie: "in die vijf jaar"), follow on each other without overlap or loss.
    /// </summary>
    public static DateOnly RenewalStart(DateOnly decisionDate, DateOnly? currentValidUntil) =>
        currentValidUntil is { } end && end >= decisionDate ? end.AddDays(1) : decisionDate;

    public string Number { get; }
    public Guid HolderId { get; }
    public DateOnly StartDate { get; }
    public DateOnly ValidUntil { get; }
    /// <summary>The stored status; use <see cref="StatusOn"/> for what holds on a date.</summary>
    public CertificateStatus Status { get; private set; } = CertificateStatus.Active;
    public IReadOnlyList<CertificateStatusChange> History => _history;

    /// <summary>The status on <paramref name="today"/>: an active or suspended certificate is expired after its last valid day.</summary>
    public CertificateStatus StatusOn(DateOnly today) =>
        Status is CertificateStatus.Active or CertificateStatus.Suspended && today > ValidUntil ? CertificateStatus.Expired : Status;

    /// <summary>What the public register shows on <paramref name="today"/>, see <see cref="PublicCertificateStatuses.On"/>.</summary>
    public PublicCertificateStatus PublicStatusOn(DateOnly today) => PublicCertificateStatuses.On(Status, StartDate, ValidUntil, today);

    public Result Suspend(Guid by, CmcRole role, DateOnly today, string reason) => Change(CertificateStatus.Suspended, by, role, today, reason);
    public Result Reinstate(Guid by, CmcRole role, DateOnly today, string reason) => Change(CertificateStatus.Active, by, role, today, reason);
    public Result Withdraw(Guid by, CmcRole role, DateOnly today, string reason) => Change(CertificateStatus.Withdrawn, by, role, today, reason);

    /// <summary>Records the expiry once the end date has passed (a daily job calls this).</summary>
    public Result Expire(CmcRole role, DateOnly today) =>
        today <= ValidUntil
            ? new DomainError("cmc.certificate.not-yet-expired", $"The certificate runs until {ValidUntil:yyyy-MM-dd}.", Rule) { Args = [ValidUntil] }
            : Change(CertificateStatus.Expired, null, role, today, "End of validity.");

    private Result Change(CertificateStatus to, Guid? by, CmcRole role, DateOnly today, string reason)
    {
        if (to != CertificateStatus.Expired && StatusOn(today) == CertificateStatus.Expired)
        {
            // Past the last valid day the only change left is recording the expiry.
            return new DomainError("cmc.certificate.expired", "The certificate has expired; it can no longer be suspended, reinstated or withdrawn.", Rule);
        }

        var from = Status;
        var transition = Transitions.FirstOrDefault(t => t.From == from && t.To == to);
        if (transition.Roles is null)
        {
            return new DomainError("cmc.certificate.transition-not-allowed", $"A certificate cannot go from {from} to {to}.", Rule) { Args = [from, to] };
        }

        if (!transition.Roles.Contains(role))
        {
            return new DomainError("cmc.certificate.wrong-role", $"{from} to {to} is for {string.Join(" or ", transition.Roles)}, not {role}.", Rule) { Args = [from, to, transition.Roles, role] };
        }

        if (transition.ReasonRequired && string.IsNullOrWhiteSpace(reason))
        {
            return new DomainError("cmc.certificate.reason-required", $"Going from {from} to {to} needs a reason.", Rule) { Args = [from, to] };
        }

        _history.Add(new(from, to, today, by, reason.Trim()));
        Status = to;
        return Result.Ok;
    }
}

/// <summary>Which recertification reminder is due (our design: 6 and 3 months before expiry, from the scheme).</summary>
public static class RecertificationReminders
{
    /// <summary>
    /// The reminders (months before expiry) to send on <paramref name="today"/>: reached, not yet sent, and not
    /// superseded by a later reminder that is also due (after an outage only the most urgent one goes out).
    /// Nothing is due after the certificate's last valid day.
    /// </summary>
    public static IReadOnlyList<int> Due(DateOnly validUntil, DateOnly today, IEnumerable<int> alreadySent, CmcScheme scheme)
    {
        if (today > validUntil)
        {
            return [];
        }

        var sent = alreadySent.ToHashSet();
        var reached = scheme.ReminderMonthsBeforeExpiry.Where(m => today >= validUntil.AddMonths(-m)).ToArray();
        if (reached.Length == 0)
        {
            return [];
        }

        var mostUrgent = reached.Min();
        return sent.Contains(mostUrgent) ? [] : [mostUrgent];
    }

    /// <summary>
    /// The time left on <paramref name="today"/> until the certificate's last valid day, as whole months and the days beyond them:
    /// what a reminder tells the holder (seed 001 "Hercertificering"), rather than the threshold (6 or 3 months) that triggered it.
    /// Zero on or after the last valid day.
    /// </summary>
    public static (int Months, int Days) TimeLeft(DateOnly validUntil, DateOnly today)
    {
        if (today >= validUntil)
        {
            return (0, 0);
        }

        var months = 0;
        while (today.AddMonths(months + 1) <= validUntil)
        {
            months++;
        }

        return (months, validUntil.DayNumber - today.AddMonths(months).DayNumber);
    }

    /// <summary>Certificates whose last valid day falls in [from, to] and that are still active or suspended on <paramref name="today"/>.</summary>
    public static IReadOnlyList<CmcCertificate> ExpiringBetween(IEnumerable<CmcCertificate> certificates, DateOnly from, DateOnly to, DateOnly today) =>
        certificates
            .Where(c => c.ValidUntil >= from && c.ValidUntil <= to && c.StatusOn(today) is CertificateStatus.Active or CertificateStatus.Suspended)
            .OrderBy(c => c.ValidUntil)
            .ToArray();
}
