using Microsoft.Extensions.DependencyInjection;
using Protocol.Services.CoverageOracle.EntropySource;
using Protocol.Services.CoverageOracle.Hosting;
using Protocol.Services.CoverageOracle.Tests.Support;
using Protocol.Services.CoverageOracle.Verification;

namespace Protocol.Services.CoverageOracle.Tests.Devnet;

/// <summary>
/// Reward oracle instances 0..2 on the devnet, each with its own SQLite file and wallet, sharing one test clock (so every
/// instance receives each report at the same time); instance i knows the others as peers. Loops are off: the test runs steps.
/// </summary>
public sealed class OracleCluster(CoverageDevnet devnet, ManualClock clock) : IAsyncDisposable
{
    private readonly OracleInstance?[] _instances = new OracleInstance?[3];
    private readonly int[] _ports = [FreePort(), FreePort(), FreePort()];

    public OracleInstance this[int i] => _instances[i] ?? throw new InvalidOperationException($"Instance {i} is not running.");

    public IEnumerable<OracleInstance> Running => _instances.OfType<OracleInstance>();

    public async Task StartAsync(int i, FaultPoints? faults = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{_ports[i]}",
            ["CoverageOracle:BackgroundEnabled"] = "false",
            ["CoverageOracle:Chain:RpcUrl"] = devnet.Server.Url.ToString(),
            ["CoverageOracle:Chain:Network"] = devnet.Network.ToString(),
            ["CoverageOracle:Chain:HotspotRegistry"] = devnet.Contracts["HotspotRegistry"].ToString(),
            ["CoverageOracle:Chain:Rewards"] = devnet.Contracts["Rewards"].ToString(),
            ["CoverageOracle:Chain:Dao"] = devnet.Contracts["Dao"].ToString(),
            ["CoverageOracle:Chain:WalletPath"] = devnet.Oracles[i].WalletPath,
            ["CoverageOracle:Chain:WalletPassword"] = CoverageDevnet.Password,
            ["CoverageOracle:Rewards:OracleIndex"] = i.ToString(),
            ["CoverageOracle:Rewards:Quorum"] = "2",
            ["CoverageOracle:Rewards:SettleDelayMs"] = "0",
            ["CoverageOracle:Rewards:ManageActive"] = (i == 0).ToString(),
            ["CoverageOracle:Ingest:MaxLookbackMs"] = "600000",
            ["CoverageOracle:Storage:Sqlite"] = $"Data Source={devnet.Directory.File($"coverage-{i}.db")}",
        };
        int n = 0;
        for (int j = 0; j < 3; j++)
        {
            if (j == i) continue;
            settings[$"CoverageOracle:Rewards:Peers:{n}:Index"] = j.ToString();
            settings[$"CoverageOracle:Rewards:Peers:{n}:Url"] = $"http://127.0.0.1:{_ports[j]}/";
            n++;
        }
        _instances[i] = await OracleInstance.StartAsync(settings, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            if (faults is not null) s.AddSingleton(faults);
        });
    }

    /// <summary>Stops instance i (as a killed process would stop: the next start reads only what was committed).</summary>
    public async Task StopAsync(int i)
    {
        await this[i].DisposeAsync();
        _instances[i] = null;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>Every running instance publishes the current minute's entropy; they must agree.</summary>
    public async Task<Protocol.Services.Coverage.Verification.Entropy> PublishEntropyAsync()
    {
        var values = new List<Protocol.Services.Coverage.Verification.Entropy>();
        foreach (var instance in Running) values.Add(await instance.Get<EntropyPublisher>().PublishAsync(default));
        Assert.All(values, v => Assert.Equal(values[0].Data, v.Data));
        return values[0];
    }

    /// <summary>Posts the report to every running instance; each must store it.</summary>
    public async Task PostAsync(string path, byte[] bytes)
    {
        foreach (var instance in Running)
        {
            var (status, body) = await instance.PostAsync(path, bytes);
            Assert.True(status == 202, $"{path}: {status} {body}");
        }
    }

    public async Task VerifyAsync()
    {
        foreach (var instance in Running) await instance.Get<VerificationRunner>().RunOnceAsync(default);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances) if (instance is not null) await instance.DisposeAsync();
    }
}
