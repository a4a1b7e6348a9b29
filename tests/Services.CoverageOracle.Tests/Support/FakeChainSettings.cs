using Microsoft.Extensions.DependencyInjection;
using Protocol.Services.CoverageOracle.Chain;

namespace Protocol.Services.CoverageOracle.Tests.Support;

/// <summary>Settings and services of an instance on the <see cref="FakeChain"/>: valid chain settings (a wallet file that exists), loops off.</summary>
public static class FakeChainSettings
{
    public static Dictionary<string, string?> For(TempDirectory dir, FakeChain chain, string database = "oracle.db")
    {
        var wallet = dir.File("unused-wallet.json");
        if (!File.Exists(wallet)) File.WriteAllText(wallet, "{}");
        return new()
        {
            ["CoverageOracle:BackgroundEnabled"] = "false",
            ["CoverageOracle:Chain:RpcUrl"] = "http://127.0.0.1:1/",
            ["CoverageOracle:Chain:Network"] = chain.Network.ToString(),
            ["CoverageOracle:Chain:HotspotRegistry"] = "0x" + new string('1', 40),
            ["CoverageOracle:Chain:Rewards"] = chain.Rewards.ToString(),
            ["CoverageOracle:Chain:Dao"] = "0x" + new string('3', 40),
            ["CoverageOracle:Chain:WalletPath"] = wallet,
            ["CoverageOracle:Rewards:OracleIndex"] = "0",
            ["CoverageOracle:Rewards:Quorum"] = "1",
            ["CoverageOracle:Storage:Sqlite"] = $"Data Source={dir.File(database)}",
        };
    }

    public static Action<IServiceCollection> Services(FakeChain chain, ManualClock clock) => s =>
    {
        s.AddSingleton<ICoverageChain>(chain);
        s.AddSingleton<TimeProvider>(clock);
    };
}
