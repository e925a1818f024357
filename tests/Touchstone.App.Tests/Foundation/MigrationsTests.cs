using Microsoft.EntityFrameworkCore;
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
}
