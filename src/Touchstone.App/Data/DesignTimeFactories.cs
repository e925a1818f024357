using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Touchstone.App.Data;

// Used only by `dotnet ef migrations add`: each provider keeps its own migrations.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTouchstoneDbContext>
{
    public SqliteTouchstoneDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTouchstoneDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTouchstoneDbContext>
{
    public PostgresTouchstoneDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTouchstoneDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
