using Touchstone.Domain.Common;

namespace Touchstone.App.Common;

/// <summary>
/// A rule message in Dutch with its rule cited, for letters and mails that go out in Dutch whatever the sender's
/// interface language. The Dutch texts live with the interface (Touchstone.Web DomainErrorLocalizer).
/// </summary>
public interface IDutchRuleMessages
{
    string Describe(DomainError error);

    /// <summary>The Dutch text of an enum value as written mid-sentence ("geweigerd", "een paspoort"), for Dutch documents.</summary>
    string Term(Enum value);
}
