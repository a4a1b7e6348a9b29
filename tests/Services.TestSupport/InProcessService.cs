using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Protocol.Services.TestSupport;

/// <summary>
/// A service's web application hosted in-process and started (on the URL its configuration gives, a free loopback port in
/// the tests), with an HttpClient on its first address. Stopping cancels the host's token, as SIGTERM or a kill would.
/// </summary>
public abstract class InProcessService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    protected InProcessService(WebApplication app, HttpClient http)
    {
        _app = app;
        Http = http;
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public Uri Url => Http.BaseAddress!;

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Starts <paramref name="app"/> and returns it with a client on its first address (10 s timeout).</summary>
    protected static async Task<(WebApplication App, HttpClient Http)> StartAppAsync(WebApplication app)
    {
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(10) });
    }

    /// <summary>Stops the host (the loop's token is cancelled, as on SIGTERM or a kill mid-round).</summary>
    public async Task StopAsync()
    {
        if (_stopped) return;
        _stopped = true;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Http.Dispose();
        await _app.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
