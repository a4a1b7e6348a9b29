using Microsoft.Extensions.Options;
using Protocol.Services.PriceOracle.Tests.Support;

namespace Protocol.Services.PriceOracle.Tests.Service;

/// <summary>Bad configuration stops the service at start-up with messages that name the settings.</summary>
public class OptionsValidationTests
{
    private static Task<IReadOnlyList<string>> FailuresAsync(Dictionary<string, string?> settings) => StartupFailures.OfAsync(OracleInstance.Build(settings));

    [Fact]
    public async Task Each_bad_setting_is_named()
    {
        var failures = await FailuresAsync(new Dictionary<string, string?>
        {
            ["PriceOracle:Aggregation:MinSources"] = "3",
            ["PriceOracle:Aggregation:IntervalMs"] = "5",
            ["PriceOracle:Sources:0:Name"] = "a",
            ["PriceOracle:Sources:0:Url"] = "https://example.invalid/price",
            ["PriceOracle:Sources:0:PricePath"] = "data..amount",
            ["PriceOracle:Sources:1:Name"] = "a",
            ["PriceOracle:Sources:1:Url"] = "not a url",
            ["PriceOracle:Sources:1:Kind"] = "PythHermes",
            ["PriceOracle:Sources:1:TimeoutMs"] = "10",
            ["PriceOracle:Chain:RpcUrl"] = "",
            ["PriceOracle:Chain:Network"] = "0",
            ["PriceOracle:Chain:PriceFeed"] = "0x1234",
            ["PriceOracle:Chain:WalletPath"] = "/nonexistent/wallet.json",
        });
        string[] expected =
        [
            "PriceOracle:Aggregation:IntervalMs:", "PriceOracle:Sources: 2 source(s) configured, fewer than PriceOracle:Aggregation:MinSources = 3.",
            "PriceOracle:Sources:0:PricePath:", "PriceOracle:Sources:1:Name: 'a' is used by another source.", "PriceOracle:Sources:1:Url:",
            "PriceOracle:Sources:1:FeedId:", "PriceOracle:Sources:1:TimeoutMs:", "PriceOracle:Chain:RpcUrl:", "PriceOracle:Chain:Network:",
            "PriceOracle:Chain:PriceFeed:", "PriceOracle:Chain:WalletPath: '/nonexistent/wallet.json' does not exist.",
        ];
        foreach (var prefix in expected) Assert.Contains(failures, f => f.StartsWith(prefix, StringComparison.Ordinal));
        Assert.Equal(expected.Length, failures.Count);
    }

    [Fact]
    public async Task Observe_only_needs_no_chain_settings_but_still_checks_the_sources()
    {
        var failures = await FailuresAsync(new Dictionary<string, string?>
        {
            ["PriceOracle:Submission:Enabled"] = "false",
            ["PriceOracle:Aggregation:MinSources"] = "1",
            ["PriceOracle:Sources:0:Name"] = "chainlink",
            ["PriceOracle:Sources:0:Kind"] = "ChainlinkAggregator",
            ["PriceOracle:Sources:0:Url"] = "http://127.0.0.1:8545/",
            ["PriceOracle:Sources:0:Address"] = "0x12",
        });
        Assert.Equal(["PriceOracle:Sources:0:Address: '0x12' is not an Ethereum address (0x + 40 hex digits)."], failures);
    }
}
