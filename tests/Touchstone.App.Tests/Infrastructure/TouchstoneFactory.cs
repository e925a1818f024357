using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Touchstone.App.Common;
using Touchstone.App.Data;
using Touchstone.App.Mail;

namespace Touchstone.App.Tests.Infrastructure;

/// <summary>
/// The whole app on a private database: a throw-away SQLite file, or a throw-away PostgreSQL database
/// when <see cref="PostgresSettings.EnvironmentVariable"/> names a server. Migrated and seeded like the demo.
/// </summary>
public sealed class TouchstoneFactory : WebApplicationFactory<Program>
{
    private readonly string _databaseName = "touchstone_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "touchstone-tests", Guid.NewGuid().ToString("N"));

    /// <param name="provider">The database.</param>
    /// <param name="settings">Changes to the test settings.</param>
    /// <param name="scheduledJobs">
    /// Whether the scheduled jobs (<see cref="RecurringJobRunner"/>) run on their timers. An app whose clock the tests move on runs
    /// without: moving the clock would fire those timers in the middle of a test, racing the jobs the test runs itself.
    /// </param>
    public TouchstoneFactory(DatabaseProvider provider, Action<IDictionary<string, string?>>? settings = null, bool scheduledJobs = true)
    {
        Provider = provider;
        Settings = settings;
        ScheduledJobs = scheduledJobs;
        Directory.CreateDirectory(_folder);
    }

    public DatabaseProvider Provider { get; }

    public Action<IDictionary<string, string?>>? Settings { get; }

    public bool ScheduledJobs { get; }

    /// <summary>Tests move time with this; the app reads it through TimeProvider.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public string MailFolder => Path.Combine(_folder, "mail");

    public string ConnectionString => Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnectionStringBuilder(PostgresSettings.ConnectionString!) { Database = _databaseName }.ToString()
        : $"Data Source={Path.Combine(_folder, "touchstone.db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["Database:ConnectionString"] = ConnectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "true",
            ["Mail:Folder"] = MailFolder,
            ["Logging:LogLevel:Default"] = "Warning",
            // Many tests share one app and post the public case form; the limit itself is tested on an app of its own.
            ["Touchstone:PublicSubmissionsPerMinute"] = "1000",
            // Likewise the public lookups: a lookup's allowance is shared by all its addresses, and many tests verify.
            ["Touchstone:PublicLookupsPerMinute"] = "1000",
        };
        Settings?.Invoke(values);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(values));

        // The app reads the database settings while it registers its services, before ConfigureAppConfiguration
        // applies: host settings are visible that early, so the test database (and provider) really is used.
        foreach (var (key, value) in values)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);

            // Mail is sent when a test says so (OutboxDispatcher.DispatchOnceAsync), not by a timer; so are the scheduled jobs
            // when ScheduledJobs is off (RecurringJobRunner.RunOnceAsync).
            var timed = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null
                && (d.ImplementationFactory.Method.ReturnType == typeof(OutboxDispatcher)
                    || (!ScheduledJobs && d.ImplementationFactory.Method.ReturnType == typeof(RecurringJobRunner)))).ToList();
            foreach (var d in timed)
            {
                services.Remove(d);
            }
        });
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(PostgresSettings.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}

public static class PostgresSettings
{
    /// <summary>A connection string to a PostgreSQL server (any database); tests create and drop their own databases.</summary>
    public const string EnvironmentVariable = "TOUCHSTONE_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } s ? s : null;

    public static string SkipReason =>
        $"PostgreSQL tests need a server: set {EnvironmentVariable} (e.g. Host=127.0.0.1;Port=55432;Username=postgres). .ci/run does this.";
}
