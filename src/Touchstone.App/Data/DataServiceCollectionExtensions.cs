using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresTouchstoneDbContext>(o => o.UseNpgsql(options.ConnectionString));
            services.AddScoped<TouchstoneDbContext>(sp => sp.GetRequiredService<PostgresTouchstoneDbContext>());
        }
        else
        {
            var connectionString = SqlitePaths.Resolve(options.ConnectionString, contentRoot);
            services.AddDbContext<SqliteTouchstoneDbContext>(o => o.UseSqlite(connectionString));
            services.AddScoped<TouchstoneDbContext>(sp => sp.GetRequiredService<SqliteTouchstoneDbContext>());
        }

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
