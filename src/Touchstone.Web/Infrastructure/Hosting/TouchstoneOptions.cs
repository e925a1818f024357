using System.ComponentModel.DataAnnotations;

namespace Touchstone.Web.Infrastructure.Hosting;

public sealed class TouchstoneOptions
{
    public const string Section = "Touchstone";

    /// <summary>Idle minutes after which a session ends (sliding).</summary>
    [Range(5, 480)]
    public int SessionMinutes { get; set; } = 30;

    /// <summary>Algemene termijnenwet art. 1: a calendar-day term ending on a non-working day runs to the next working day.</summary>
    public bool RollCalendarDeadlines { get; set; } = true;

    /// <summary>Failed log-ins before the account is locked.</summary>
    [Range(3, 20)]
    public int MaxFailedLogins { get; set; } = 5;

    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Public look-ups (register search, certificate verification) per client, per route and minute; raised only for load tests.</summary>
    [Range(1, 1_000_000)]
    public int PublicLookupsPerMinute { get; set; } = 30;

    /// <summary>Submissions of the public case form (comment, objection, complaint) per client and minute.</summary>
    [Range(1, 1_000_000)]
    public int PublicSubmissionsPerMinute { get; set; } = 5;
}
