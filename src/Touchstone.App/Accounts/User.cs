using Microsoft.AspNetCore.Identity;
using Touchstone.App.Common;

namespace Touchstone.App.Accounts;

/// <summary>An account. Identity supplies log-in, lockout and two-factor; roles are <see cref="RoleGrant"/>s.</summary>
public sealed class User : IdentityUser
{
    public User()
    {
        Id = Guid.CreateVersion7().ToString();
    }

    public required string DisplayName { get; set; }

    /// <summary>Preferred interface language ("nl" or "en").</summary>
    public string Language { get; set; } = "nl";

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The organisation the person works for or represents, if any.</summary>
    public Guid? OrganisationId { get; set; }

    [AuditRedacted]
    public override string? PasswordHash { get => base.PasswordHash; set => base.PasswordHash = value; }

    [AuditRedacted]
    public override string? SecurityStamp { get => base.SecurityStamp; set => base.SecurityStamp = value; }

    public List<RoleGrant> Grants { get; } = [];
}
