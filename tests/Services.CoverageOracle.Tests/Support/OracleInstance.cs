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
public sealed class OracleInstance : InProcessService
{
    private OracleInstance(WebApplication app, HttpClient http)
        : base(app, http)
    {
    }

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
        var (app, http) = await StartAppAsync(Build(settings, services));
        return new OracleInstance(app, http);
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
}
