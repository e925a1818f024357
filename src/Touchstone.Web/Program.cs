using Touchstone.Web.Infrastructure.Cli;
using Touchstone.Web.Infrastructure.Hosting;

// One binary: with a verb (migrate, seed, verify-audit, ...) it is the admin command line, without one the web app.
if (TouchstoneCommandLine.IsCommand(args))
{
    return await TouchstoneCommandLine.RunAsync(args);
}

var app = TouchstoneHost.Build(args);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
