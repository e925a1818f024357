namespace Touchstone.Web.Infrastructure.Hosting;

/// <summary>Where <see cref="StartupTasks"/> reads the CMC scheme file from at start-up (the deployed frameworks/cmc-scheme.yaml).</summary>
public sealed record CmcSchemeLocation(string Path);
