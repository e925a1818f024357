using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Exams;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;
using Touchstone.Web.Infrastructure.Localization;

namespace Touchstone.App.Tests.Localization;

/// <summary>
/// No page shows a raw enum member name ("InHandling", "Passport") or its English words ("In handling") to a Dutch
/// reader: every demo role visits the pages of its navigation and one page behind each kind of link on them (the demo
/// data has items in every state), in Dutch; plus the exam-day page and a case history in Dutch and English.
/// </summary>
public abstract partial class EnumTextOnPagesTests(AppFixture app)
{
    /// <summary>Member names that are also ordinary Dutch words on these pages ("Register klachten en bezwaren").</summary>
    private static readonly HashSet<string> DutchWords = new(StringComparer.Ordinal) { "Register" };

    private static readonly IReadOnlyList<(Type Type, string Member)> Shown = ShownEnums();

    [Fact]
    public async Task NoPageOfAnyRoleShowsARawEnumNameInDutch()
    {
        var failures = new List<string>();
        var visited = 0;
        foreach (var account in DemoSeeder.Accounts.DistinctBy(a => a.PrimaryRole))
        {
            var client = await app.As(account.PrimaryRole);
            var home = await client.GetPageAsync("/");
            var navigation = home.QuerySelectorAll("nav.main-nav a").Select(a => a.GetAttribute("href")!).Where(Crawlable).Distinct().ToList();
            navigation.ShouldNotBeEmpty($"{account.PrimaryRole} has no navigation");
            var pages = new List<string> { "/" };
            var patterns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var href in navigation)
            {
                var page = await TryGetAsync(client, href);
                if (page is null)
                {
                    continue;
                }

                pages.Add(href);
                failures.AddRange(RawNames(account.PrimaryRole, href, page));
                visited++;

                // One page behind each kind of link (details of a case, a session, an application...).
                foreach (var link in page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).OfType<string>().Where(Crawlable))
                {
                    if (pages.Contains(link) || !patterns.Add(Pattern(link)))
                    {
                        continue;
                    }

                    if (await TryGetAsync(client, link) is { } behind)
                    {
                        failures.AddRange(RawNames(account.PrimaryRole, link, behind));
                        visited++;
                    }
                }
            }
        }

        visited.ShouldBeGreaterThan(40, "the crawl reached too few pages to mean anything");
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures.Distinct()));
    }

    [Fact]
    public async Task TheExamDayPageShowsStateAndDocumentInTheUsersLanguage()
    {
        var past = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>()
            .Set<ExamSession>().Where(s => s.Code == ExamsDemo.PastCode).Select(s => s.Id).SingleAsync());
        var examiner = await app.As(Role.Examiner);

        var dutch = (await examiner.GetPageAsync($"/Exams/ExamDay/Session/{past}")).Body!.TextContent;
        dutch.ShouldContain("Afgerond (Paspoort)");
        dutch.ShouldNotContain("Completed", Case.Sensitive);
        dutch.ShouldNotContain("Passport", Case.Sensitive);

        var english = (await examiner.GetPageAsync($"/Exams/ExamDay/Session/{past}?culture=en&ui-culture=en")).Body!.TextContent;
        english.ShouldContain("Completed (Passport)");
        english.ShouldNotContain("Afgerond", Case.Sensitive);
    }

    [Fact]
    public async Task TheCaseHistoryShowsRolesAndNotesInTheUsersLanguage()
    {
        var office = await app.As(Role.BackOffice);
        var register = await office.GetPageAsync("/Cases");
        var details = register.QuerySelectorAll("a[href^='/Cases/Detail/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        string? admissible = null;
        foreach (var detail in details)
        {
            var page = await office.GetPageAsync(detail);
            if (page.QuerySelectorAll("td").Any(td => td.TextContent.Trim() == "Ontvankelijk"))
            {
                var text = page.Body!.TextContent;
                admissible = detail;
                text.ShouldContain("Geregistreerd");
                text.ShouldNotContain("Registered", Case.Sensitive);
                text.ShouldNotContain("(BackOffice)", Case.Sensitive);
                text.ShouldNotContain("(Candidate)", Case.Sensitive);
                text.ShouldMatch(@"\((Backoffice|Kandidaat|Derde|Examencommissie|Directie)\)");
                break;
            }
        }

        admissible.ShouldNotBeNull("no demo case with an admissibility step in its history");
        var englishPage = await office.GetPageAsync(admissible + "?culture=en&ui-culture=en");
        englishPage.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ShouldContain("Admissible");
        var english = englishPage.Body!.TextContent;
        english.ShouldContain("Registered");
        english.ShouldMatch(@"\((Back office|Candidate|Public|Exam committee|Director)\)");
        english.ShouldNotContain("(BackOffice)", Case.Sensitive);
    }

    [Fact]
    public async Task TheAuditPageShowsActionsInTheUsersLanguage()
    {
        var admin = await app.As(Role.Administrator);
        var actions = (await admin.GetPageAsync("/Admin/Audit")).QuerySelectorAll("table.audit tbody td:nth-child(5)").Select(td => td.TextContent.Trim()).ToList();
        actions.ShouldNotBeEmpty();
        actions.ShouldContain("Aangemaakt");
        actions.ShouldNotContain("Created");
        var english = (await admin.GetPageAsync("/Admin/Audit?culture=en&ui-culture=en")).QuerySelectorAll("table.audit tbody td:nth-child(5)").Select(td => td.TextContent.Trim()).ToList();
        english.ShouldContain("Created");
    }

    private static bool Crawlable(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !href.Contains("handler=", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("/Account/", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("/culture", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("/api", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("/files", StringComparison.OrdinalIgnoreCase);

    /// <summary>A link with its ids and numbers blanked: one page per kind of link.</summary>
    private static string Pattern(string href) => IdPattern().Replace(href.Split('?')[0], "#");

    private static async Task<IHtmlDocument?> TryGetAsync(HttpClient client, string href)
    {
        using var response = await client.GetAsync(href);
        var type = response.Content.Headers.ContentType?.MediaType;
        return response.IsSuccessStatusCode && type == "text/html" ? await response.ParseAsync() : null;
    }

    private static IEnumerable<string> RawNames(Role role, string href, IHtmlDocument page)
    {
        var main = page.QuerySelector("main");
        if (main is null)
        {
            yield break;
        }

        // Not checked: scripts, the audit trail's recorded before/after values, and text marked as English
        // (the audit reasons, written by the code in English and kept as recorded).
        foreach (var script in main.QuerySelectorAll("script, style, pre, [lang=en]").ToList())
        {
            script.Remove();
        }

        var text = main.TextContent;
        foreach (var (type, member) in Shown)
        {
            foreach (var form in new[] { member, EnumText.Words(member) }.Distinct())
            {
                if (Regex.IsMatch(text, $@"(?<![\p{{L}}\-.@]){Regex.Escape(form)}(?![\p{{L}}\-@]|\.\p{{L}})"))
                {
                    yield return $"{role} {href}: \"{form}\" ({type.Name}.{member}) in: {Around(text, form)}";
                }
            }
        }
    }

    private static string Around(string text, string form)
    {
        var at = text.IndexOf(form, StringComparison.Ordinal);
        var start = Math.Max(0, at - 40);
        return Regex.Replace(text.Substring(start, Math.Min(text.Length - start, form.Length + 80)), @"\s+", " ");
    }

    /// <summary>
    /// The members of every enum of the domain and app that has Dutch texts (Enum.Type.Value in DomainErrors.resx),
    /// less those whose name is also their Dutch text (ResultBand.Goed, CmcRole.Assessor "de assessor") or a Dutch word.
    /// </summary>
    internal static IReadOnlyList<(Type Type, string Member)> ShownEnums()
    {
        var resources = new ResourceManager(DomainErrorLocalizer.ResourceName, typeof(DomainErrorLocalizer).Assembly)
            .GetResourceSet(CultureInfo.InvariantCulture, true, true)!;
        var keys = resources.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
        return EnumTypes()
            .Where(t => keys.Any(k => k.StartsWith($"Enum.{t.Name}.", StringComparison.Ordinal)))
            .SelectMany(t => Enum.GetNames(t).Select(m => (Type: t, Member: m)))
            .Where(x => !DutchWords.Contains(x.Member)
                && !string.Equals(EnumText.WithoutArticle(EnumText.DutchText((Enum)Enum.Parse(x.Type, x.Member)) ?? string.Empty), x.Member, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    internal static IEnumerable<Type> EnumTypes() =>
        new[] { typeof(Touchstone.Domain.Common.DomainError).Assembly, typeof(TouchstoneDbContext).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum && t.IsPublic);

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}|\d+")]
    private static partial Regex IdPattern();
}

public sealed class EnumTextOnPagesSqliteTests(SqliteApp app) : EnumTextOnPagesTests(app);

public sealed class EnumTextOnPagesPostgresTests(PostgresApp app) : EnumTextOnPagesTests(app);
