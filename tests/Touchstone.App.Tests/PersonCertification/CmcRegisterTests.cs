using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.PersonCertification;
using Touchstone.App.Tests.Infrastructure;

namespace Touchstone.App.Tests.PersonCertification;

/// <summary>
/// The public CMC register (DOMAIN §7) on the demo data: search, status, validity, JSON, verification, CSV export,
/// and the rate limit. Its own app, so the rate-limit budget is not shared with other tests.
/// </summary>
public sealed class CmcRegisterTests : IAsyncLifetime
{
    // The default lookup limit (Touchstone:PublicLookupsPerMinute), which the other test apps raise.
    private readonly TouchstoneFactory _factory = new(DatabaseProvider.Sqlite, settings => settings.Remove("Touchstone:PublicLookupsPerMinute"));

    public ValueTask InitializeAsync()
    {
        _ = _factory.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task TheRegisterFindsConsultantsByNameTownOrNumberWithStatusAndValidity()
    {
        var client = _factory.CreateClient();

        var byName = await client.GetPageAsync("/Public/Register?q=Ruben+Post");
        var rows = byName.QuerySelectorAll("#register tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(1);
        rows[0].ShouldContain("Delft");
        rows[0].ShouldContain("Actief");

        (await client.GetPageAsync("/Public/Register?q=den+bosch")).Text("#register tbody").ShouldContain("Emma Peters");
        (await client.GetPageAsync("/Public/Register?q=emma")).Text("#register tbody").ShouldContain("Verlopen");
        (await client.GetPageAsync("/Public/Register?q=kuiper")).Text("#register tbody").ShouldContain("Geschorst");
        (await client.GetPageAsync("/Public/Register?q=stijn")).Text("#register tbody").ShouldContain("Ingetrokken");
        // Granted but not yet registered by back office: not public.
        (await client.GetPageAsync("/Public/Register?q=prins")).QuerySelectorAll("#register tbody tr").ShouldBeEmpty();

        var all = await client.GetPageAsync("/Public/Register");
        var number = all.QuerySelectorAll("#register tbody tr").First(r => r.TextContent.Contains("Mila Jacobs")).QuerySelector("a")!.TextContent;
        (await client.GetPageAsync("/Public/Register?q=" + number.ToLowerInvariant())).Text("#register tbody").ShouldContain("Mila Jacobs");
        (await client.GetPageAsync("/Public/Certificate/" + number)).Text("#status").ShouldBe("Actief");
        await client.GetPageAsync("/Public/Certificate/CMC-1999-0001", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheJsonApiAnswersTheSameAndIsRateLimited()
    {
        var client = _factory.CreateClient();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/public/cmc-register?q=kuiper");
        page.GetProperty("total").GetInt32().ShouldBe(1);
        var entry = page.GetProperty("items")[0];
        entry.GetProperty("name").GetString().ShouldBe("Bas Kuiper");
        entry.GetProperty("status").GetString().ShouldBe("suspended");
        var number = entry.GetProperty("number").GetString()!;

        var certificate = await client.GetFromJsonAsync<JsonElement>("/api/public/certificates/" + number);
        certificate.GetProperty("status").GetString().ShouldBe("suspended");
        certificate.GetProperty("validUntil").GetString().ShouldNotBeNullOrEmpty();

        var missing = await client.GetAsync("/api/public/certificates/CMC-1999-0001");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await client.GetAsync("/api/public/cmc-register?q=post")).StatusCode);
        }

        statuses.ShouldContain(HttpStatusCode.TooManyRequests);

        // Certificate numbers cannot be enumerated: every number shares the certificate lookup's allowance.
        var limit = _factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Touchstone.Web.Infrastructure.Hosting.TouchstoneOptions>>().Value.PublicLookupsPerMinute;
        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i <= limit; i++)
        {
            guesses.Add((await client.GetAsync($"/api/public/certificates/CMC-1999-{i:0000}")).StatusCode);
        }

        guesses[^1].ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task TheExportWritesThePublicRegisterAsCsv()
    {
        using var scope = _factory.Services.CreateScope();
        var output = new StringWriter();
        var count = await scope.ServiceProvider.GetRequiredService<ExportCmcRegisterHandler>().HandleAsync(new ExportCmcRegister(output), default);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[0].ShouldBe("number,name,town,status,valid_from,valid_until");
        lines.Length.ShouldBe(count + 1);
        lines.ShouldContain(l => l.Contains("Bas Kuiper") && l.Contains("suspended"));
        lines.ShouldNotContain(l => l.Contains("Iris Prins"));
    }
}
