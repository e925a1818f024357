using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;

namespace Touchstone.App.Tests.Standards;

/// <summary>
/// Issue 3, point 3: the framework pages (tree, task matrix, competencies) are printable. The pages link the print
/// stylesheet and offer a print button; the served stylesheet hides navigation, filters, forms and buttons on paper,
/// prints wide tables whole, and its rules name classes the pages really use.
/// </summary>
public abstract partial class PrintablePagesTests(AppFixture app)
{
    private static readonly string[] Pages =
    [
        "/Standards/Framework/maatstaf/2016",
        "/Standards/Framework/vakvolwassenheid/1.0",
        "/Standards/Framework/vakvolwassenheid/1.0?task=T3",
    ];

    /// <summary>The rules inside the stylesheet's @media print block: each selector of a rule → its declarations.</summary>
    private static Dictionary<string, string> PrintRules(string css)
    {
        css = Comments().Replace(css, string.Empty);
        var start = css.IndexOf("@media print", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "no @media print block");
        var open = css.IndexOf('{', start);
        var (depth, end) = (0, open);
        for (; end < css.Length; end++)
        {
            depth += css[end] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                break;
            }
        }

        var rules = new Dictionary<string, string>();
        foreach (Match rule in Rule().Matches(css[(open + 1)..end]))
        {
            foreach (var selector in rule.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                rules[selector] = rules.GetValueOrDefault(selector, string.Empty) + Regex.Replace(rule.Groups[2].Value, @"\s+", " ").Trim() + " ";
            }
        }

        return rules;
    }

    [Fact]
    public async Task TheFrameworkPagesLinkThePrintStylesheetAndOfferAPrintButton()
    {
        var client = await app.As(Role.Candidate);
        foreach (var url in Pages)
        {
            var page = await client.GetPageAsync(url);
            var link = page.QuerySelectorAll("link[rel=stylesheet]").SingleOrDefault(l => l.GetAttribute("href")!.StartsWith("/css/print.css", StringComparison.Ordinal));
            link.ShouldNotBeNull(url);
            link.GetAttribute("media").ShouldBe("print", url);
            var button = page.QuerySelector("button[data-print]");
            button.ShouldNotBeNull(url);
            (button.GetAttribute("type"), button.TextContent.Trim(), button.HasAttribute("hidden")).ShouldBe(("button", "Afdrukken", true), url); // shown by site.js
        }

        var script = await client.GetStringAsync("/js/site.js");
        script.ShouldContain("[data-print]");
        script.ShouldContain("window.print()");
    }

    [Fact]
    public async Task ThePrintStylesheetHidesTheScreenToolsAndPrintsTheMatrixWhole()
    {
        var client = await app.As(Role.Candidate);
        var rules = PrintRules(await client.GetStringAsync("/css/print.css"));

        // Navigation, filters, forms and buttons do not print.
        foreach (var hidden in new[] { ".site-header", ".main-nav", ".site-footer", ".filters", "form", "button", ".print-action" })
        {
            rules.GetValueOrDefault(hidden, string.Empty).ShouldContain("display: none", customMessage: hidden);
        }

        // Wide tables are not clipped by their scroll box; the matrix fits the page width and its header repeats.
        rules[".scroll"].ShouldContain("overflow: visible");
        rules["table.matrix"].ShouldContain("table-layout: fixed");
        rules["table.matrix td"].ShouldContain("overflow-wrap: anywhere");
        rules["thead"].ShouldContain("display: table-header-group");
        rules[".task"].ShouldContain("break-inside: avoid");
        rules[".competency"].ShouldContain("break-inside: avoid");
        rules["tr"].ShouldContain("break-inside: avoid");

        // The screen stylesheet has no print rules of its own to contradict these.
        (await client.GetStringAsync("/css/site.css")).ShouldNotContain("@media print");
    }

    [Fact]
    public async Task EveryClassThePrintStylesheetNamesOnAFrameworkPageIsUsedThere()
    {
        var client = await app.As(Role.Candidate);
        var rules = PrintRules(await client.GetStringAsync("/css/print.css"));
        var tree = await client.GetPageAsync(Pages[0]);
        var matrix = await client.GetPageAsync(Pages[1]);
        static bool Uses(IHtmlDocument page, string selector) => page.QuerySelector(selector) is not null;

        // The selectors meant for the framework pages find their elements: a renamed class would silently stop printing well.
        foreach (var selector in new[] { ".site-header", ".main-nav", ".site-footer", ".filters", "form", "button", ".print-action", "table.matrix", "table.matrix td", "table.matrix th[scope=\"row\"]", ".task", ".competency", "thead", "tr", "li", "caption" })
        {
            rules.ShouldContainKey(selector);
            Uses(matrix, selector).ShouldBeTrue(selector);
        }

        foreach (var selector in new[] { ".framework-section h2", ".framework-section h3", ".filters", ".print-action" })
        {
            rules.ShouldContainKey(selector);
            Uses(tree, selector).ShouldBeTrue(selector);
        }

        matrix.QuerySelectorAll("section.task table.matrix").Length.ShouldBe(10);
        matrix.QuerySelectorAll("section.competency").Length.ShouldBe(8);
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"([^{}@]+)\{([^{}]*)\}")]
    private static partial Regex Rule();
}

public sealed class PrintablePagesSqliteTests(SqliteApp app) : PrintablePagesTests(app);

public sealed class PrintablePagesPostgresTests(PostgresApp app) : PrintablePagesTests(app);
