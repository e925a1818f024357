using Touchstone.App.PersonCertification;

namespace Touchstone.Web.Infrastructure.Hosting;

/// <summary>Where the CMC scheme file is read from (the deployed frameworks/cmc-scheme.yaml).</summary>
public sealed record CmcSchemeLocation(string Path);

/// <summary>
/// First hosted service: the CMC scheme file must be there and valid before the app migrates, seeds or serves. A missing or
/// invalid file stops the start-up with a message naming the file and the reason (no silent fallback to built-in values).
/// </summary>
public sealed partial class SchemeFileCheck(CmcSchemeLocation location, ILogger<SchemeFileCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var scheme = CmcSchemeFile.Read(location.Path);
            LogLoaded(scheme.Version, location.Path);
        }
        catch (InvalidOperationException ex)
        {
            LogFailed(ex, ex.Message);
            throw;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "CMC scheme {Version} read from {Path}")]
    private partial void LogLoaded(string version, string path);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Touchstone cannot start: {Reason}")]
    private partial void LogFailed(Exception ex, string reason);
}
