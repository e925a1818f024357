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

    protected AppFixture(DatabaseProvider provider)
    {
        Provider = provider;
        _factory = new Lazy<TouchstoneFactory>(() =>
        {
            var factory = new TouchstoneFactory(provider);
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
