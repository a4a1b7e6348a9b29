using Protocol.Services.Gateway.Endpoints;
using Protocol.Services.Hosting;

namespace Protocol.Services.Gateway.Hosting;

/// <summary>Builds the web application: configuration, services, middleware, endpoints. Tests call it with their own configuration.</summary>
public static class GatewayHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        Configure(builder.Services);
        var app = builder.Build();
        Use(app);
        return app;
    }

    public static void Configure(IServiceCollection services)
    {
        services.AddGateway();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddGatewayRateLimiting();
        services.AddOpenApi();
    }

    public static void Use(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/", () => Results.Redirect("/dashboard/")).ExcludeFromDescription();
        app.MapHealthApi();
        app.MapGroup("/v1").RequireRateLimiting(RateLimiting.PerClient)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .MapAccountsApi().MapProtocolApi().MapGovernanceApi().MapQuotesApi().MapTransactionsApi();
    }
}
