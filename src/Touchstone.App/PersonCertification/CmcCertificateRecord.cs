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
    /// Rebuilds the search index rows from name, town and number (one per distinct word, folded with
    /// <see cref="RegisterSearch.Words"/>). Only an entry on the public register has rows, so a search never needs the
    /// certificate rows to filter. Call after every change of name, town, number or registration.
    /// </summary>
    public void RefreshTokens()
    {
        NameKey = RegisterSearch.Normalise(HolderName);
        var words = RegisteredAt is null
            ? []
            : RegisterSearch.Words(HolderName).Concat(RegisterSearch.Words(Town)).Append(Number.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        var text = RegisterSearch.WordsText(words);
        var previous = words.Select((w, i) => (w, Prev: i == 0 ? "" : words[i - 1])).ToDictionary(x => x.w, x => x.Prev);
        Tokens.RemoveAll(t => !previous.TryGetValue(t.Token, out var prev) || t.PrevToken != prev || t.Words != text || t.NameKey != NameKey || t.Number != Number);
        foreach (var w in words.Where(w => Tokens.All(t => t.Token != w)))
        {
            Tokens.Add(new CmcRegisterToken { CertificateId = Id, Token = w, PrevToken = previous[w], Words = text, NameKey = NameKey, Number = Number });
        }
    }
}

/// <summary>
/// One search word of a register entry (name, town or number), indexed for prefix search. The row carries what a
/// search needs besides the word itself, so a search reads this index only: the entry's other words (to check the
/// further words of a query in the row), the entry's word before this one in ordinal order (to count an entry once when
/// several of its words start with the same query word) and the sort keys.
/// </summary>
[NotAudited]
public sealed class CmcRegisterToken : Entity
{
    public Guid CertificateId { get; set; }

    public required string Token { get; set; }

    /// <summary>The entry's word just before <see cref="Token"/> in ordinal order; "" for its first word.</summary>
    public required string PrevToken { get; set; }

    /// <summary>All words of the entry, each preceded by a space (" jan van dijk delft cmc-2024-0001").</summary>
    public required string Words { get; set; }

    /// <summary>Copied from the certificate so that a search sorts and pages on the token index alone.</summary>
    public required string NameKey { get; set; }

    public required string Number { get; set; }
}
