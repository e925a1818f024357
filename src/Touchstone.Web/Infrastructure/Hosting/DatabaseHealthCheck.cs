using Microsoft.Extensions.Diagnostics.HealthChecks;
using Touchstone.App.Data;

namespace Touchstone.Web.Infrastructure.Hosting;

internal sealed class DatabaseHealthCheck(TouchstoneDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
