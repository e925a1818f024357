namespace Touchstone.Web.Api;

/// <summary>A capability's JSON API routes under /api; every module is found by reflection and mapped.</summary>
public interface IApiModule
{
    void Map(RouteGroupBuilder api);
}

public static class ApiModules
{
    public static WebApplication MapTouchstoneApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Touchstone");
        foreach (var type in typeof(ApiModules).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApiModule).IsAssignableFrom(t)))
        {
            ((IApiModule)Activator.CreateInstance(type)!).Map(api);
        }

        return app;
    }
}
