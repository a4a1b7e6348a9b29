using Protocol.Services.CoverageOracle.Api;
using Protocol.Services.Hosting;

namespace Protocol.Services.CoverageOracle.Hosting;

/// <summary>Builds the web application: configuration, services, endpoints. Tests call it with their own configuration.</summary>
public static class CoverageOracleHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Services.AddCoverageOracle();
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.MapHealthApi();
        app.MapIngestApi();
        app.MapEntropyApi();
        app.MapReportsApi();
        app.MapRewardsApi();
        return app;
    }
}
