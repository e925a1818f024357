using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Touchstone.App.Data;
using Touchstone.App.Demo;

namespace Touchstone.Web.Infrastructure.Hosting;

/// <summary>
/// Before the server listens: the CMC scheme file is read (a missing or invalid file stops the start-up with a message naming
/// the file and the reason: no silent fallback to built-in values); in the demo/Development setting also the migrations and
/// the demo data.
/// </summary>
public sealed partial class StartupTasks(
    IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<StartupTasks> logger, IHostApplicationLifetime lifetime, IServiceProvider services,
    CmcSchemeLocation cmcScheme)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var scheme = App.PersonCertification.CmcSchemeFile.Read(cmcScheme.Path);
            LogSchemeRead(scheme.Version, cmcScheme.Path);
        }
        catch (InvalidOperationException ex)
        {
            LogCannotStart(ex, ex.Message);
            throw;
        }

        if (!options.Value.MigrateOnStartup && !options.Value.SeedDemoData)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        if (options.Value.MigrateOnStartup)
        {
            await scope.ServiceProvider.GetRequiredService<TouchstoneDbContext>().Database.MigrateAsync(cancellationToken);
            LogMigrated(options.Value.Provider);
            await scope.ServiceProvider.GetRequiredService<App.PersonCertification.RebuildCmcRegisterIndexHandler>()
                .HandleAsync(new App.PersonCertification.RebuildCmcRegisterIndex(), cancellationToken);
        }

        if (options.Value.SeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
            LogSeeded();
            lifetime.ApplicationStarted.Register(PrintWelcome);
        }
    }

    // The first README command ends here: tell the person where the app is and how to log in.
    private void PrintWelcome()
    {
        var addresses = services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
        var text = new System.Text.StringBuilder()
            .AppendLine()
            .AppendLine("Touchstone is running at: " + string.Join(", ", addresses))
            .AppendLine($"Demo accounts (password for all: {DemoSeeder.Password}):");
        foreach (var account in DemoSeeder.Accounts)
        {
            text.AppendLine($"  {account.PrimaryRole,-24} {account.Email}");
        }

        Console.WriteLine(text.ToString());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Provider})")]
    private partial void LogMigrated(DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "CMC scheme {Version} read from {Path}")]
    private partial void LogSchemeRead(string version, string path);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Touchstone cannot start: {Reason}")]
    private partial void LogCannotStart(Exception ex, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded")]
    private partial void LogSeeded();
}
