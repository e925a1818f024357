using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.PersonCertification;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// The register search index (issue 5 point 7 and 9) on both providers: every query word starts a word of the name, the
/// town or the number; tussenvoegsels, diacritics and case; status shown; the index follows a name change and a status change.
/// Each test works with a surname of its own, so the demo data and other tests do not interfere.
/// </summary>
public abstract class CmcRegisterSearchTests(AppFixture app)
{
    private CmcTestKit Kit => new(app.Factory);

    private static string Tag() => "Zq" + Guid.NewGuid().ToString("N")[..8];

    private Task<string> RegisterAsync(string name, string town, CertificateStatus status = CertificateStatus.Active, bool expired = false, bool registered = true) =>
        Kit.CertificateAsync(name, town, expired ? Kit.Today.AddYears(-6) : Kit.Today.AddYears(-1), status, registered);

    private Task<RegisterPage> SearchAsync(string query, int page = 1, int size = 25) =>
        Kit.RunAsync(sp => sp.GetRequiredService<SearchCmcRegisterHandler>().HandleAsync(new SearchCmcRegister(query, page, size), default));

    private async Task<string[]> NamesAsync(string query)
    {
        var found = await SearchAsync(query);
        found.Total.ShouldBe(found.Items.Count, "every match is counted once");
        return found.Items.Select(i => i.Name).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public async Task EveryWordMustStartAWordOfNameTownOrNumberWithTussenvoegselsDiacriticsAndCaseFolded()
    {
        var t = Tag();
        var a = $"Jan van der {t}";
        var b = $"Anna van {t}";
        var c = $"Émile de {t}";
        var d = $"Jan {t}";
        var aNumber = await RegisterAsync(a, "Den Haag");
        var bNumber = await RegisterAsync(b, "Delft");
        var cNumber = await RegisterAsync(c, "Utrecht");
        var dNumber = await RegisterAsync(d, "Zwolle");
        await RegisterAsync($"Piet van der {t}", "Den Haag", registered: false);

        (await NamesAsync(t)).ShouldBe(new[] { b, d, a, c }.Order(StringComparer.Ordinal).ToArray());
        (await NamesAsync(t.ToUpperInvariant()[..6])).Length.ShouldBe(4);
        (await NamesAsync($"van der {t}")).ShouldBe([a]);
        (await NamesAsync($"{t} der van")).ShouldBe([a]);
        (await NamesAsync($"van {t}")).ShouldBe(new[] { a, b }.Order(StringComparer.Ordinal).ToArray());
        // "d" starts "der" and "den" of a (counted once), "delft" of b and "de" of c.
        (await NamesAsync($"d {t}")).ShouldBe(new[] { a, b, c }.Order(StringComparer.Ordinal).ToArray());
        (await NamesAsync($"de {t}")).ShouldBe(new[] { a, b, c }.Order(StringComparer.Ordinal).ToArray());
        (await NamesAsync($"van d {t}")).ShouldBe(new[] { a, b }.Order(StringComparer.Ordinal).ToArray());
        (await NamesAsync($"den haag {t}")).ShouldBe([a]);
        (await NamesAsync($"emile {t}")).ShouldBe([c]);
        (await NamesAsync($"ÉMILE {t[..5]}")).ShouldBe([c]);
        (await NamesAsync($"{t} utr")).ShouldBe([c]);
        (await NamesAsync($"jan {t}")).ShouldBe(new[] { a, d }.Order(StringComparer.Ordinal).ToArray());
        (await NamesAsync($"an {t}")).ShouldBe([b], "a word matches the start of a word, not its middle");
        (await NamesAsync($"jan van zwolle {t}")).ShouldBeEmpty();
        (await NamesAsync(cNumber.ToLowerInvariant())).ShouldBe([c]);
        // A number prefix finds every entry whose number starts with it (numbers are consecutive, so c's neighbours may share it).
        var prefix = cNumber[..^1];
        (await NamesAsync($"{prefix} {t}")).ShouldBe(new[] { (aNumber, a), (bNumber, b), (cNumber, c), (dNumber, d) }
            .Where(e => e.Item1.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Select(e => e.Item2).Order(StringComparer.Ordinal).ToArray());
        (await NamesAsync($"piet {t}")).ShouldBeEmpty("not yet on the public register");
    }

    [Fact]
    public async Task StatusIsShownAsTodayWithWithdrawnAndExpiredEntriesStillListed()
    {
        var t = Tag();
        await RegisterAsync($"Actief {t}", "Gouda");
        await RegisterAsync($"Geschorst {t}", "Gouda", CertificateStatus.Suspended);
        await RegisterAsync($"Ingetrokken {t}", "Gouda", CertificateStatus.Withdrawn);
        await RegisterAsync($"Verlopen {t}", "Gouda", expired: true);
        await RegisterAsync($"Vastgelegd {t}", "Gouda", CertificateStatus.Expired, expired: true);

        var found = (await SearchAsync($"gouda {t}")).Items.Select(i => $"{i.Name.Split(' ')[0]}={i.Status}").Order(StringComparer.Ordinal);

        found.ShouldBe(["Actief=Active", "Geschorst=Suspended", "Ingetrokken=Withdrawn", "Vastgelegd=Expired", "Verlopen=Expired"]);
    }

    [Fact]
    public async Task TheIndexFollowsANameOrTownCorrectionAndAStatusChange()
    {
        var t = Tag();
        var number = await RegisterAsync($"Sanne de {t}", "Leiden");
        var backOffice = CmcTestKit.Actor(await Kit.UserIdAsync("backoffice@touchstone.example"), CmcRole.BackOffice);
        var decider = CmcTestKit.Actor(await Kit.UserIdAsync("beslisser@touchstone.example"), CmcRole.DecisionMaker);

        (await NamesAsync($"sanne de {t} leiden")).Length.ShouldBe(1);
        var corrected = await Kit.RunAsync(sp => sp.GetRequiredService<CorrectRegisterEntryHandler>()
            .HandleAsync(new CorrectRegisterEntry(number, $"Sanne van Óord {t}", "Zwolle", "Naamswijziging na huwelijk"), backOffice, default));
        corrected.IsSuccess.ShouldBeTrue(string.Join("; ", corrected.Errors));

        (await NamesAsync($"de {t}")).ShouldBeEmpty("the old tussenvoegsel is gone");
        (await NamesAsync($"leiden {t}")).ShouldBeEmpty("the old town is gone");
        (await SearchAsync($"van oord {t} zwolle")).Items.Single().Number.ShouldBe(number);
        (await SearchAsync($"óord {t[..5]}")).Items.Single().Name.ShouldBe($"Sanne van Óord {t}");
        (await Kit.RunAsync(sp => sp.GetRequiredService<CorrectRegisterEntryHandler>()
            .HandleAsync(new CorrectRegisterEntry(number, "", "Den Bosch", "x"), backOffice, default))).Errors.Single().Code.ShouldBe("cmc.register.correction-incomplete");
        (await Kit.RunAsync(sp => sp.GetRequiredService<CorrectRegisterEntryHandler>()
            .HandleAsync(new CorrectRegisterEntry(number, "X", "Y", "z"), decider, default))).Errors.Single().Code.ShouldBe("cmc.register.correct-not-allowed");

        var suspended = await Kit.RunAsync(sp => sp.GetRequiredService<ChangeCertificateStatusHandler>()
            .HandleAsync(new ChangeCertificateStatus(number, CertificateStatus.Suspended, "Klacht in onderzoek"), decider, default));
        suspended.IsSuccess.ShouldBeTrue(string.Join("; ", suspended.Errors));
        (await SearchAsync($"oord {t}")).Items.Single().Status.ShouldBe(PublicCertificateStatus.Suspended);

        // A lost index (as after the migration that reshaped it) is rebuilt.
        await Kit.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            return await db.Set<CmcRegisterToken>().Where(x => x.Number == number).ExecuteDeleteAsync();
        });
        (await NamesAsync($"oord {t}")).ShouldBeEmpty();
        (await Kit.RunAsync(sp => sp.GetRequiredService<RebuildCmcRegisterIndexHandler>().HandleAsync(new RebuildCmcRegisterIndex(), default))).ShouldBeGreaterThanOrEqualTo(1);
        (await SearchAsync($"oord {t}")).Items.Single().Status.ShouldBe(PublicCertificateStatus.Suspended);
    }

    [Fact]
    public async Task ASearchStopsAtTheResultLimitAndPagesThroughTheFirstMatchesByName()
    {
        var t = Tag();
        await Kit.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            for (var i = 0; i < SearchCmcRegisterHandler.MaxMatches + 5; i++)
            {
                var c = new CmcCertificateRecord
                {
                    Number = $"CMC-2019-{t}-{i:D5}", HolderUserId = Guid.NewGuid().ToString(), HolderName = $"Naam{i % 97:D2} {t}", Town = "Ede", NameKey = "",
                    StartDate = Kit.Today.AddYears(-1), ValidUntil = Kit.Today.AddYears(4), RegisteredAt = DateTimeOffset.UtcNow,
                };
                c.RefreshTokens();
                db.Add(c);
            }

            return await db.SaveChangesAsync();
        });

        var first = await SearchAsync($"{t} ede", 1, 100);
        first.MoreThanTotal.ShouldBeTrue();
        first.Total.ShouldBe(SearchCmcRegisterHandler.MaxMatches);
        var all = new List<RegisterEntry>();
        for (var p = 1; p <= 10; p++)
        {
            all.AddRange((await SearchAsync($"{t} ede", p, 100)).Items);
        }

        all.Select(e => e.Number).Distinct().Count().ShouldBe(SearchCmcRegisterHandler.MaxMatches);
        all.Select(e => RegisterSearch.Normalise(e.Name)).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        (await SearchAsync($"{t} naam05")).MoreThanTotal.ShouldBeFalse();

        // Without words the whole register is listed by name, up to the same limit; a page past the end shows the last one.
        var unfiltered = await SearchAsync("", 2000, 100);
        unfiltered.MoreThanTotal.ShouldBeTrue();
        unfiltered.Total.ShouldBe(SearchCmcRegisterHandler.MaxMatches);
        unfiltered.Page.ShouldBe(SearchCmcRegisterHandler.MaxMatches / 100);
        unfiltered.Items.Select(e => RegisterSearch.Normalise(e.Name)).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        (await SearchAsync($"{t} naam05")).Total.ShouldBe(Enumerable.Range(0, SearchCmcRegisterHandler.MaxMatches + 5).Count(i => i % 97 == 5));
    }
}

public sealed class CmcRegisterSearchSqliteTests(SqliteApp app) : CmcRegisterSearchTests(app);

public sealed class CmcRegisterSearchPostgresTests(PostgresApp app) : CmcRegisterSearchTests(app);
