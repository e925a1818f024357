using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Touchstone.App.Data;
using Touchstone.App.Demo;
using Touchstone.App.Tests.Infrastructure;
using Touchstone.Domain.Accounts;

[assembly: AssemblyFixture(typeof(SqliteApp))]
[assembly: AssemblyFixture(typeof(PostgresApp))]

namespace Touchstone.App.Tests.Infrastructure;

/// <summary>
/// One running app per provider, shared by the test classes of that provider. Created on first use;
/// the PostgreSQL one skips (with the reason) when no server is configured — never a silent pass.
/// </summary>
public abstract class AppFixture : IAsyncDisposable
{
    private readonly Lazy<TouchstoneFactory> _factory;
    private readonly ConcurrentDictionary<string, Task<HttpClient>> _clients = new();

    protected AppFixture(DatabaseProvider provider, bool scheduledJobs = true)
    {
        Provider = provider;
        _factory = new Lazy<TouchstoneFactory>(() =>
        {
            var factory = new TouchstoneFactory(provider, scheduledJobs: scheduledJobs);
            _ = factory.Server; // start now: migrations and demo data
            return factory;
        });
    }

    public DatabaseProvider Provider { get; }

    public TouchstoneFactory Factory
    {
        get
        {
            SkipUnlessAvailable(Provider);
            return _factory.Value;
        }
    }

    public static void SkipUnlessAvailable(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres && PostgresSettings.ConnectionString is null)
        {
            Assert.Skip(PostgresSettings.SkipReason);
        }
    }

    /// <summary>An anonymous client that does not follow redirects.</summary>
    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client logged in as the demo account of <paramref name="role"/> (cached; do not change that account).</summary>
    public Task<HttpClient> As(Role role)
    {
        var account = DemoSeeder.Accounts.First(a => a.PrimaryRole == role);
        return _clients.GetOrAdd(account.Email, _ => WebTest.LoginAsync(Factory, account.Email, DemoSeeder.Password));
    }

    /// <summary>
    /// A client of its own, logged in as the role's demo account. <see cref="As"/> shares one client (and its cookies) per
    /// role between the tests that run in parallel, so a one-time message (TempData) it is shown after a redirect may be
    /// read by another test's request first: a test that reads such a message needs its own client.
    /// </summary>
    public Task<HttpClient> AsOwnClient(Role role) =>
        WebTest.LoginAsync(Factory, DemoSeeder.Accounts.First(a => a.PrimaryRole == role).Email, DemoSeeder.Password);

    /// <summary>Forgets the cached clients of <see cref="As"/> (their sessions lapse when <see cref="ClockApp"/> moves the clock on).</summary>
    protected void ForgetClients() => _clients.Clear();

    public async ValueTask DisposeAsync()
    {
        if (_factory.IsValueCreated)
        {
            await _factory.Value.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteApp() : AppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : AppFixture(DatabaseProvider.Postgres);

/// <summary>
/// An app of its own whose clock the tests move on, for steps that wait for a day to come (an assessment is recorded as held on
/// its planned date, a reminder goes out months before an expiry). The clock of <see cref="SqliteApp"/>/<see cref="PostgresApp"/>
/// is shared by tests running side by side and stays put; this one is moved only by the test classes of its collection
/// (<see cref="ClockCollection"/>), which xUnit runs one after another, so no test sees the day change under it. A test reads
/// "today" after moving the clock, and signs in again: a session does not outlive the days skipped. The scheduled jobs do not run
/// on their timers here (moving the clock would fire them mid-test); a test runs the job it needs itself.
/// </summary>
public abstract class ClockApp(DatabaseProvider provider) : AppFixture(provider, scheduledJobs: false)
{
    /// <summary>Moves the app's clock forward; the cached clients of <see cref="AppFixture.As"/> are forgotten (their sessions lapsed).</summary>
    public void Advance(TimeSpan by)
    {
        by.ShouldBeGreaterThan(TimeSpan.Zero, "the clock only moves forward");
        Factory.Time.Advance(by);
        ForgetClients();
    }

    /// <summary>The app's date (UTC), as the CMC use cases read it.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Factory.Time.GetUtcNow().UtcDateTime);

    /// <summary>Moves the clock on to <paramref name="day"/> (same time of day), e.g. the day an assessment was planned for.</summary>
    public void AdvanceTo(DateOnly day) => Advance(TimeSpan.FromDays(day.DayNumber - Today.DayNumber));
}

public sealed class SqliteClockApp() : ClockApp(DatabaseProvider.Sqlite);

public sealed class PostgresClockApp() : ClockApp(DatabaseProvider.Postgres);

/// <summary>The test classes that share a <see cref="ClockApp"/>: run one after another (one collection per provider).</summary>
public static class ClockCollection
{
    public const string Sqlite = "Clock (SQLite)";

    public const string Postgres = "Clock (PostgreSQL)";
}

[CollectionDefinition(ClockCollection.Sqlite)]
public sealed class SqliteClockCollection : ICollectionFixture<SqliteClockApp>;

[CollectionDefinition(ClockCollection.Postgres)]
public sealed class PostgresClockCollection : ICollectionFixture<PostgresClockApp>;
