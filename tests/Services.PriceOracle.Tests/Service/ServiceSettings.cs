using Protocol.Services.PriceOracle.Tests.Support;

namespace Protocol.Services.PriceOracle.Tests.Service;

/// <summary>Settings of an observe-only instance (no chain) over Json sources of the fake server.</summary>
public static class ServiceSettings
{
    public static Dictionary<string, string?> ObserveOnly(FakeSourceServer server, string directory, params string[] paths)
    {
        var settings = new Dictionary<string, string?>
        {
            ["PriceOracle:Aggregation:IntervalMs"] = "200",
            ["PriceOracle:Aggregation:MinSources"] = "2",
            ["PriceOracle:Submission:Enabled"] = "false",
            ["PriceOracle:Storage:Sqlite"] = $"Data Source={Path.Combine(directory, "oracle.db")}",
        };
        for (int i = 0; i < paths.Length; i++) AddJsonSource(settings, i, server, paths[i]);
        return settings;
    }

    public static void AddJsonSource(Dictionary<string, string?> settings, int index, FakeSourceServer server, string path, int timeoutMs = 1_000)
    {
        var at = $"PriceOracle:Sources:{index}:";
        settings[at + "Name"] = path.Trim('/');
        settings[at + "Kind"] = "Json";
        settings[at + "Url"] = server.Url(path);
        settings[at + "PricePath"] = "price";
        settings[at + "TimestampPath"] = "timestamp";
        settings[at + "TimeoutMs"] = timeoutMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
