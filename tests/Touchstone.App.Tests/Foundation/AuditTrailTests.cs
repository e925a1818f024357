using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Audit;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Web.Infrastructure.Cli;

namespace Touchstone.App.Tests.Foundation;

/// <summary>Every change writes an append-only, hash-chained audit record; tampering is detected.</summary>
public abstract class AuditTrailTests(AppFixture app)
{
    [Fact]
    public async Task ACreateAndAnUpdateWriteRecordsWithActorReasonBeforeAndAfter()
    {
        var name = "Audit BV " + Guid.NewGuid().ToString("N")[..6];
        var id = await app.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var org = new Organisation { Name = name, Town = "Utrecht", Kind = OrganisationKind.ClientOrganisation };
            db.Add(org);
            await db.Because("new client").SaveChangesAsync();
            org.Town = "Zeist";
            await db.Because("moved office").SaveChangesAsync();
            return org.Id.ToString();
        });

        var records = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().AuditRecords
            .Where(r => r.EntityType == nameof(Organisation) && r.EntityId == id).OrderBy(r => r.Sequence).ToListAsync());
        records.Count.ShouldBe(2);
        records[0].Action.ShouldBe("Created");
        records[0].Reason.ShouldBe("new client");
        records[0].Before.ShouldBeNull();
        records[0].After!.ShouldContain("Utrecht");
        records[1].Action.ShouldBe("Updated");
        records[1].Reason.ShouldBe("moved office");
        records[1].Before!.ShouldContain("Utrecht");
        records[1].After!.ShouldContain("Zeist");
        records[1].ActorId.ShouldBe("anonymous"); // no HTTP user in a background scope
        records[1].PreviousHash.ShouldBe(records[0].Hash);
    }

    [Fact]
    public async Task TheChainOfTheSeededAppIsIntact()
    {
        var (count, broken) = await app.Factory.InScopeAsync(sp => new AuditVerifier(sp.GetRequiredService<TouchstoneDbContext>()).VerifyAsync(default));
        broken.ShouldBeNull();
        count.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task AnAlteredRecordIsNamedByVerifyAudit()
    {
        AppFixture.SkipUnlessAvailable(app.Provider);
        await using var factory = new TouchstoneFactory(app.Provider);
        _ = factory.Server;
        await factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Database
            .ExecuteSqlRawAsync("UPDATE \"AuditRecords\" SET \"Reason\" = 'forged' WHERE \"Sequence\" = 5"));

        var (exit, output) = await RunCliAsync(factory, "verify-audit");
        exit.ShouldBe(2);
        output.ShouldContain("BROKEN at record 5");
        output.ShouldContain("altered");
    }

    [Fact]
    public async Task ADeletedRecordIsNamedByVerifyAudit()
    {
        AppFixture.SkipUnlessAvailable(app.Provider);
        await using var factory = new TouchstoneFactory(app.Provider);
        _ = factory.Server;
        await factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Database
            .ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\" WHERE \"Sequence\" = 7"));

        var (exit, output) = await RunCliAsync(factory, "verify-audit");
        exit.ShouldBe(2);
        output.ShouldContain("BROKEN at record 8");
        output.ShouldContain("deleted");
    }

    [Fact]
    public async Task VerifyAuditReportsAnIntactChain()
    {
        var (exit, output) = await RunCliAsync(app.Factory, "verify-audit");
        exit.ShouldBe(0, customMessage: output);
        output.ShouldContain("intact");
    }

    internal static async Task<(int Exit, string Output)> RunCliAsync(TouchstoneFactory factory, params string[] args)
    {
        using var output = new StringWriter();
        var exit = await TouchstoneCommandLine.RunAsync(args, b =>
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = factory.Provider.ToString(),
                ["Database:ConnectionString"] = factory.ConnectionString,
                ["Database:MigrateOnStartup"] = "false",
                ["Database:SeedDemoData"] = "false",
                ["Mail:Folder"] = factory.MailFolder,
            });

            // The verb runs on the test app's clock, as the app's own scheduled jobs do (a test may have moved it on).
            b.Services.AddSingleton<TimeProvider>(factory.Time);
        }, output);
        return (exit, output.ToString());
    }
}

public sealed class AuditTrailSqliteTests(SqliteApp app) : AuditTrailTests(app);

public sealed class AuditTrailPostgresTests(PostgresApp app) : AuditTrailTests(app);
