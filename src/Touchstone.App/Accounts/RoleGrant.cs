using Touchstone.App.Common;
using Touchstone.Domain.Accounts;

namespace Touchstone.App.Accounts;

/// <summary>A role held by a user, optionally limited to one scheme.</summary>
public sealed class RoleGrant : Entity
{
    public required string UserId { get; set; }

    public Role Role { get; set; }

    /// <summary>Null: every scheme.</summary>
    public string? Scheme { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public required string GrantedBy { get; set; }

    public RoleScope ToScope() => new(Role, Scheme);
}
