using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Touchstone.App.Audit;

namespace Touchstone.App.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the DbContext for the configured provider, the audit writer and DB-backed data-protection keys.</summary>
    public static IServiceCollection AddTouchstoneData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddScoped<AuditWriter>();

        // Options are read when the first context is made, not here: configuration added later
        // (test hosts, command-line switches) must still take effect.
        services.AddDbContext<PostgresTouchstoneDbContext>((sp, o) =>
            o.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddDbContext<SqliteTouchstoneDbContext>((sp, o) =>
            o.UseSqlite(SqlitePaths.Resolve(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString, contentRoot)));
        services.AddScoped<TouchstoneDbContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<PostgresTouchstoneDbContext>()
                : sp.GetRequiredService<SqliteTouchstoneDbContext>());

        services.AddDataProtection()
            .SetApplicationName("Touchstone")
            .PersistKeysToDbContext<TouchstoneDbContext>();
        return services;
    }
}

internal static class SqlitePaths
{
    /// <summary>Makes a relative SQLite file path absolute under the content root and creates its folder.</summary>
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not (":memory:" or "") && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
