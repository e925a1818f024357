using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Touchstone.App.Data;
using Touchstone.App.Organisations;
using Touchstone.App.Tests.Infrastructure;

namespace Touchstone.App.Tests.Foundation;

/// <summary>Optimistic concurrency: the second of two people editing the same thing is told, not silently overwritten.</summary>
public abstract class ConcurrencyTests(AppFixture app)
{
    [Fact]
    public async Task TheSecondOfTwoConcurrentEditsIsRefused()
    {
        var id = await app.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TouchstoneDbContext>();
            var org = new Organisation { Name = "Gelijktijdig " + Guid.NewGuid().ToString("N")[..6], Town = "Ede" };
            db.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });

        using var first = app.Factory.Services.CreateScope();
        using var second = app.Factory.Services.CreateScope();
        var db1 = first.ServiceProvider.GetRequiredService<TouchstoneDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<TouchstoneDbContext>();
        var a = await db1.Set<Organisation>().SingleAsync(o => o.Id == id);
        var b = await db2.Set<Organisation>().SingleAsync(o => o.Id == id);
        a.Town = "Wageningen";
        await db1.SaveChangesAsync();
        b.Town = "Arnhem";
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        var stored = await app.Factory.InScopeAsync(sp => sp.GetRequiredService<TouchstoneDbContext>().Set<Organisation>().SingleAsync(o => o.Id == id));
        stored.Town.ShouldBe("Wageningen");
    }

    [Fact]
    public async Task AFailedSaveLeavesNoAuditRecordsQueued()
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TouchstoneDbContext>();
        var org = new Organisation { Name = "Dubbel " + Guid.NewGuid().ToString("N")[..6], Town = "Ede" };
        db.Add(org);
        await db.SaveChangesAsync();
        db.Add(new Organisation { Name = org.Name, Town = "Ede" }); // unique name index
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Entries<Touchstone.App.Audit.AuditRecord>().ShouldBeEmpty();
    }
}

public sealed class ConcurrencySqliteTests(SqliteApp app) : ConcurrencyTests(app);

public sealed class ConcurrencyPostgresTests(PostgresApp app) : ConcurrencyTests(app);
