using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Protocol.Services.PriceOracle.Tests.Support;

/// <summary>
/// Price sources over real HTTP on 127.0.0.1 (a free port): each path answers with a handler the test sets and may change
/// while the service runs. Unknown paths answer 404.
/// </summary>
public sealed class FakeSourceServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private FakeSourceServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<FakeSourceServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSourceServer(app);
        app.Run(context => server._routes.TryGetValue(context.Request.Path.Value ?? "", out var handler)
            ? handler(context)
            : Task.FromResult(context.Response.StatusCode = 404));
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.First());
        return server;
    }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    public void Route(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    /// <summary>A JSON answer {"price": p, "timestamp": unix ms}, stamped <paramref name="age"/> before each request.</summary>
    public void Json(string path, Func<decimal> price, TimeSpan age = default) => Route(path, context =>
        context.Response.WriteAsJsonAsync(new { price = price(), timestamp = DateTimeOffset.UtcNow.Subtract(age).ToUnixTimeMilliseconds() }));

    public void Json(string path, decimal price, TimeSpan age = default) => Json(path, () => price, age);

    public void Status(string path, int status, string body = "") => Route(path, async context =>
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsync(body);
    });

    public void Raw(string path, string body) => Route(path, async context =>
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    });

    /// <summary>Answers only after <paramref name="delay"/> (or when the client gives up).</summary>
    public void Slow(string path, TimeSpan delay, decimal price) => Route(path, async context =>
    {
        await Task.Delay(delay, context.RequestAborted);
        await context.Response.WriteAsJsonAsync(new { price, timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
    });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
