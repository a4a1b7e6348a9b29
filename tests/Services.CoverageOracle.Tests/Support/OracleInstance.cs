using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Protocol.Services.CoverageOracle.Hosting;

namespace Protocol.Services.CoverageOracle.Tests.Support;

/// <summary>
/// One coverage oracle, hosted in-process on a free loopback port (Kestrel: peers reach each other over real HTTP) with the
/// given settings ("CoverageOracle:…") and service overrides (a fake chain, a manual clock, fault points).
/// </summary>
public sealed class OracleInstance : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private OracleInstance(WebApplication app, HttpClient http)
    {
        _app = app;
        Http = http;
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public Uri Url => Http.BaseAddress!;

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) =>
        CoverageOracleHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.WebHost.UseUrls(settings.TryGetValue("Urls", out var urls) && urls is not null ? urls : "http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            services?.Invoke(builder.Services);
        });

    public static async Task<OracleInstance> StartAsync(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var app = Build(settings, services);
        await app.StartAsync();
        return new OracleInstance(app, new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(10) });
    }

    public async Task<(int Status, JsonElement Body)> PostAsync(string path, byte[] bytes)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/octet-stream");
        using var response = await Http.PostAsync(path, content);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async Task<(int Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

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
    }
}
