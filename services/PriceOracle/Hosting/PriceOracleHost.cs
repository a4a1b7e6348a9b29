using Protocol.Services.Hosting;
using Protocol.Services.PriceOracle.Api;

namespace Protocol.Services.PriceOracle.Hosting;

/// <summary>Builds the web application: configuration, services, endpoints. Tests call it with their own configuration.</summary>
public static class PriceOracleHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddPriceOracle();
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.MapHealthApi();
        app.MapPriceApi();
        app.MapSubmissionsApi();
        return app;
    }
}
