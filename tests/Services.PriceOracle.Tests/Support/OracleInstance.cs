using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Protocol.Services.PriceOracle.Hosting;

namespace Protocol.Services.PriceOracle.Tests.Support;

/// <summary>One price oracle service, hosted in-process on a free loopback port with the given settings ("PriceOracle:…").</summary>
public sealed class OracleInstance : InProcessService
{
    private OracleInstance(WebApplication app, HttpClient http)
        : base(app, http)
    {
    }

    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) =>
        PriceOracleHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["Urls"] = "http://127.0.0.1:0" });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            services?.Invoke(builder.Services);
        });

    public static async Task<OracleInstance> StartAsync(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var (app, http) = await StartAppAsync(Build(settings, services));
        return new OracleInstance(app, http);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The /health/ready status code and body.</summary>
    public async Task<(int Status, string Body)> ReadyAsync()
    {
        using var response = await Http.GetAsync("/health/ready");
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
