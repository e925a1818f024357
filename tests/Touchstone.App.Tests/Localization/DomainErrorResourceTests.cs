using System.Text.RegularExpressions;
using Touchstone.Web.Infrastructure.Localization;

namespace Touchstone.App.Tests.Localization;

/// <summary>
/// Every rule message the domain, app or web layer can raise has a Dutch text in Resources/DomainErrors.resx whose
/// placeholders match the values the raising code passes (DomainError.Args). A new code without a Dutch text fails
/// here with the list of missing codes, so it is added before it reaches a Dutch page in English.
/// </summary>
public sealed partial class DomainErrorResourceTests
{
    private static readonly IReadOnlyList<DomainErrorSite> Sites = DomainErrorSites.Scan();

    [Fact]
    public void TheScanFindsTheKnownKindsOfSites()
    {
        // Guards the scanner itself: a broken scan would make the checks below pass vacuously.
        Sites.Select(s => s.Code).Distinct().Count().ShouldBeGreaterThan(200);
        Sites.ShouldContain(s => s.Code == "exams.registration.full" && s.ArgCount == 2);                 // target-typed new + Args
        Sites.ShouldContain(s => s.Code == "cases.transition.role" && s.ArgCount == 5);                   // multi-line new DomainError
        Sites.ShouldContain(s => s.Code == "complaint.late" && s.ArgCount == 2);                          // checklist Fail(..., args)
        Sites.ShouldContain(s => s.Code == "objection.unsigned" && s.ArgCount == 0);                      // checklist Require
        Sites.ShouldContain(s => s.Code == "exams.committee.chair" && s.ArgCount == 1);                   // committee Exactly
        Sites.ShouldContain(s => s.Code == "assessment.not-found");                                       // code from a constant
        Sites.ShouldContain(s => s.Code == "exams.blueprint.invalid" && s.ArgCount == 4);                 // same-named constants, per file
        Sites.ShouldContain(s => s.Code == "framework.invalid" && s.ArgCount == 3);
    }

    [Fact]
    public void EveryCodeHasADutchText()
    {
        var missing = Sites.Where(s => DomainErrorLocalizer.Instance.DutchTemplate(s.Code) is null)
            .GroupBy(s => s.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}  ({g.First()})").ToList();

        missing.ShouldBeEmpty(
            $"{missing.Count} DomainError code(s) have no Dutch text in src/Touchstone.Web/Resources/DomainErrors.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void TheDutchPlaceholdersMatchTheArgsOfEverySite()
    {
        var wrong = new List<string>();
        foreach (var site in Sites)
        {
            if (DomainErrorLocalizer.Instance.DutchTemplate(site.Code) is not { } dutch)
            {
                continue; // reported by EveryCodeHasADutchText
            }

            var used = PlaceholderRegex().Matches(dutch).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                .Distinct().Order().ToArray();
            if (!used.SequenceEqual(Enumerable.Range(0, site.ArgCount)))
            {
                wrong.Add($"{site}\n    Dutch uses {{{string.Join("}, {", used)}}}: {dutch}");
            }
            else if (site.Interpolated && site.ArgCount == 0)
            {
                wrong.Add($"{site}\n    the English message holds values but the site passes no Args");
            }
        }

        wrong.ShouldBeEmpty(string.Join("\n", wrong));
    }

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderRegex();
}
