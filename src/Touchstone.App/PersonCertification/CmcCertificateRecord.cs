using Touchstone.App.Common;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.PersonCertification;

/// <summary>
/// A CMC certificate as stored. <see cref="Status"/> is the recorded status; the status shown anywhere is
/// <see cref="StatusOn"/> (an active or suspended certificate is expired after its last valid day).
/// </summary>
public sealed class CmcCertificateRecord : Entity
{
    public required string Number { get; set; }

    public required string HolderUserId { get; set; }

    public required string HolderName { get; set; }

    public required string Town { get; set; }

    /// <summary>Lower-case name, for sorting the register.</summary>
    public required string NameKey { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly ValidUntil { get; set; }

    public CertificateStatus Status { get; set; } = CertificateStatus.Active;

    public string? StatusReason { get; set; }

    public DateOnly? StatusChangedOn { get; set; }

    public Guid? ApplicationId { get; set; }

    /// <summary>When back office put it on the public register; null = not yet public.</summary>
    public DateTimeOffset? RegisteredAt { get; set; }

    /// <summary>Recertification reminders already sent, as months before expiry ("6;3").</summary>
    public string RemindersSent { get; set; } = "";

    public List<CmcRegisterToken> Tokens { get; } = [];

    public CertificateStatus StatusOn(DateOnly today) =>
        Status is CertificateStatus.Active or CertificateStatus.Suspended && today > ValidUntil ? CertificateStatus.Expired : Status;

    public IReadOnlyList<int> RemindersSentMonths =>
        RemindersSent.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

    /// <summary>The domain certificate with this record's status, to take a status step under the domain's rules.</summary>
    public CmcCertificate ToDomain(CmcScheme scheme)
    {
        var c = new CmcCertificate(Number, Guid.Parse(HolderUserId), StartDate, scheme with { CertificateValidityYears = YearsOf() });
        _ = Status switch
        {
            CertificateStatus.Suspended => c.Suspend(Guid.Empty, CmcRole.DecisionMaker, StartDate, StatusReason ?? "restored"),
            CertificateStatus.Withdrawn => c.Withdraw(Guid.Empty, CmcRole.DecisionMaker, StartDate, StatusReason ?? "restored"),
            CertificateStatus.Expired => c.Expire(CmcRole.Administrator, ValidUntil.AddDays(1)),
            _ => Domain.Common.Result.Ok,
        };
        return c;
    }

    private int YearsOf() => Math.Max(1, ValidUntil.AddDays(1).Year - StartDate.Year);

    /// <summary>
    /// Rebuilds the search tokens from name, town and number (lower case, one per word). Only an entry on the public
    /// register has tokens, so a search never needs to look at the certificate rows to filter.
    /// </summary>
    public void RefreshTokens()
    {
        NameKey = RegisterSearch.Normalise(HolderName);
        var words = RegisteredAt is null
            ? []
            : RegisterSearch.Words(HolderName).Concat(RegisterSearch.Words(Town)).Append(Number.ToLowerInvariant()).Distinct().ToList();
        Tokens.RemoveAll(t => !words.Contains(t.Token) || t.NameKey != NameKey);
        foreach (var w in words.Where(w => Tokens.All(t => t.Token != w)))
        {
            Tokens.Add(new CmcRegisterToken { CertificateId = Id, Token = w, NameKey = NameKey, Number = Number });
        }
    }
}

/// <summary>One search word of a register entry (name, town or number); indexed for prefix search.</summary>
[NotAudited]
public sealed class CmcRegisterToken : Entity
{
    public Guid CertificateId { get; set; }

    public required string Token { get; set; }

    /// <summary>Copied from the certificate so that a search sorts and pages on the token index alone.</summary>
    public required string NameKey { get; set; }

    public required string Number { get; set; }
}
