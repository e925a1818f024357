using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Touchstone.App.Data;

namespace Touchstone.App.Tests.Foundation;

/// <summary>Both providers keep real migrations; a model change without a migration for either fails here.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrationsMatchTheModel()
    {
        using var db = new SqliteTouchstoneDbContext(new DbContextOptionsBuilder<SqliteTouchstoneDbContext>().UseSqlite("Data Source=:memory:").Options);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --context SqliteTouchstoneDbContext --output-dir Data/Migrations/Sqlite");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void PostgresMigrationsMatchTheModel()
    {
        using var db = new PostgresTouchstoneDbContext(new DbContextOptionsBuilder<PostgresTouchstoneDbContext>().UseNpgsql("Host=localhost;Database=none").Options);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --context PostgresTouchstoneDbContext --output-dir Data/Migrations/Postgres");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void BothProvidersHaveTheSameMigrations()
    {
        using var sqlite = new SqliteTouchstoneDbContext(new DbContextOptionsBuilder<SqliteTouchstoneDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresTouchstoneDbContext(new DbContextOptionsBuilder<PostgresTouchstoneDbContext>().UseNpgsql("Host=localhost;Database=none").Options);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);
        Names(sqlite).ShouldBe(Names(postgres));
    }

    [Fact]
    public async Task OrganisationRegisterListingKeepsTheKnownAtpAndAcpOrganisationsListed()
    {
        // Before this migration every ATP institute and ACP practice counted as listed; upgrading must not delist them.
        var file = Path.Combine(Path.GetTempPath(), "touchstone-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using (var db = new SqliteTouchstoneDbContext(new DbContextOptionsBuilder<SqliteTouchstoneDbContext>().UseSqlite($"Data Source={file};Pooling=false").Options))
        {
            var all = db.Database.GetMigrations().ToList();
            var before = all[all.FindIndex(m => m.EndsWith("_OrganisationRegisterListing", StringComparison.Ordinal)) - 1];
            await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(before);
            foreach (var (name, kind) in new[] { ("Oud ATP", "AtpInstitute"), ("Oud ACP", "AcpPractice"), ("Oude klant", "ClientOrganisation") })
            {
                var id = Guid.NewGuid().ToString().ToUpperInvariant();
                var version = Guid.NewGuid().ToString().ToUpperInvariant();
                await db.Database.ExecuteSqlAsync($"INSERT INTO \"Organisation\" (\"Id\", \"Name\", \"Kind\", \"Town\", \"Version\") VALUES ({id}, {name}, {kind}, {"Zwolle"}, {version})");
            }

            await db.Database.MigrateAsync();

            var listed = await db.Set<Touchstone.App.Organisations.Organisation>().AsNoTracking().ToDictionaryAsync(o => o.Name, o => o.RegisterListedFrom);
            listed["Oud ATP"].ShouldBe(DateOnly.MinValue);
            listed["Oud ACP"].ShouldBe(DateOnly.MinValue);
            listed["Oude klant"].ShouldBeNull();
        }

        File.Delete(file);
    }
}
