using System.ComponentModel.DataAnnotations;

namespace Touchstone.App.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database to use. Switching to PostgreSQL is one setting: <c>Database__Provider=Postgres</c> plus a connection string.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/touchstone.db";

    /// <summary>Apply migrations at start-up (demo/Development). Production runs the <c>migrate</c> verb instead.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Load the demo data at start-up (demo/Development).</summary>
    public bool SeedDemoData { get; set; }
}
