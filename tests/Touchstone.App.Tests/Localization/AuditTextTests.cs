using System.Globalization;
using System.Text.RegularExpressions;
using Touchstone.Web.Infrastructure.Localization;

namespace Touchstone.App.Tests.Localization;

/// <summary>The audit page shows each recorded action in the reader's language (<see cref="AuditText"/>).</summary>
public sealed partial class AuditTextTests
{
    [Fact]
    public void EveryActionTheCodeRecordsHasADutchAndAnEnglishText()
    {
        var root = DomainErrorSites.RepositoryRoot();
        var actions = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => RecordedAction().Matches(File.ReadAllText(f)).Select(m => m.Groups["action"].Value))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        actions.ShouldContain("InspectionRefused", "the scan must find the literal actions passed to RecordEvent / RecordRefusalAsync");

        var dutch = new CultureInfo("nl");
        var english = new CultureInfo("en");
        var missing = actions.Where(a => AuditText.Action(a, dutch) == EnumText.Words(a) || AuditText.Action(a, english) == AuditText.Action(a, dutch))
            .ToList();
        missing.ShouldBeEmpty("audit actions without Audit.Action.<code> texts in SharedResource (nl and en): " + string.Join(", ", missing));
    }

    // RecordEvent(entityType, entityId, "Action", ...) and RecordRefusalAsync(db, entityType, entityId, "Action", ...), across lines.
    [GeneratedRegex("""(?:RecordEvent\((?:[^,;]+,){2}|RecordRefusalAsync\((?:[^,;]+,){3})\s*"(?<action>[A-Z][A-Za-z]+)"\s*[,)]""")]
    private static partial Regex RecordedAction();
}
