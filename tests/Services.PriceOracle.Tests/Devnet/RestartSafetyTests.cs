using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Protocol.Services.PriceOracle.Hosting;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Storage;
using Protocol.Services.PriceOracle.Submission;
using Protocol.Services.PriceOracle.Tests.Service;
using Protocol.Services.PriceOracle.Tests.Support;

namespace Protocol.Services.PriceOracle.Tests.Devnet;

/// <summary>The devnet with three oracles, one per restart scenario, and the loopback sources they read.</summary>
public sealed class RestartDevnet : IAsyncLifetime
{
    public ProtocolDevnet Devnet { get; private set; } = null!;

    public FakeSourceServer Sources { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Devnet = await ProtocolDevnet.StartAsync(oracles: 3, priceMaxAgeMs: 600_000);
        Sources = await FakeSourceServer.StartAsync();
        Sources.Json("/a", 5.00m);
        Sources.Json("/b", 5.02m);
    }

    public async Task DisposeAsync()
    {
        await Sources.DisposeAsync();
        await Devnet.DisposeAsync();
    }
}

/// <summary>
/// An instance is killed between signing a submission and its confirmation; the restarted instance checks and
/// rebroadcasts the stored transaction and never signs a second one for that round: every stored round has exactly one
/// transaction on chain and every transaction the oracle sent is a stored round.
/// </summary>
public sealed class RestartSafetyTests(RestartDevnet fixture) : IClassFixture<RestartDevnet>
{
    private ProtocolDevnet Devnet => fixture.Devnet;

    private Dictionary<string, string?> Settings(int oracle, TestPostgres? postgres)
    {
        var settings = Devnet.OracleSettings(oracle, $"restart-{oracle}.db");
        if (postgres is not null) settings["PriceOracle:Storage:Postgres"] = postgres.ConnectionString;
        ServiceSettings.AddJsonSource(settings, 0, fixture.Sources, "/a");
        ServiceSettings.AddJsonSource(settings, 1, fixture.Sources, "/b");
        return settings;
    }

    [Theory]
    [InlineData(0, false, false)] // killed after storing the signed transaction, before the node saw it
    [InlineData(1, true, false)]  // killed after the node accepted it, before the instance recorded that
    [InlineData(2, false, true)]  // the first case with the state in PostgreSQL
    public async Task A_killed_submission_is_finished_with_the_same_transaction(int oracle, bool sendFirst, bool postgres)
    {
        await using var database = postgres ? await TestPostgres.CreateAsync("price_oracle") : null;
        IOracleStore Store(int _) => database is null
            ? new SqliteOracleStore($"Data Source={Devnet.Directory.File($"restart-{oracle}.db")}")
            : new PostgresOracleStore(database.ConnectionString);
        var account = Devnet.Oracles[oracle].Account;
        var key = account.ToString();
        var firstBlock = await Devnet.Dev.Rpc.GetBlockCountAsync() - 1;

        CrashingChain crashing = null!;
        await using (var killed = await OracleInstance.StartAsync(Settings(oracle, database), services => services.AddSingleton<IPriceFeedChain>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PriceOracleOptions>>().Value;
            return crashing = new CrashingChain(ChainFactory.Create(options.Chain, options.Submission), sendFirst);
        })))
        {
            await crashing.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        var signed = await crashing.Stalled.Task;

        var pending = Assert.Single(await Store(oracle).PendingAsync(key));
        Assert.Equal(SubmissionState.Signed, pending.State);
        Assert.Equal(signed.Hash.ToString(), pending.TxHash);
        if (sendFirst)
            await Eventually.HoldsAsync(() => Devnet.TransactionsFromAsync(account, firstBlock), t => t.Count == 1, "the sent transaction in a block");
        else
            Assert.Empty(await Devnet.TransactionsFromAsync(account, firstBlock));

        await using (var restarted = await OracleInstance.StartAsync(Settings(oracle, database)))
        {
            var store = Store(oracle);
            await Eventually.HoldsAsync(() => store.RecentAsync(key, 100), r => r.Any(s => s.RoundMs == pending.RoundMs && s.State == SubmissionState.Confirmed),
                "the killed round confirmed", TimeSpan.FromSeconds(30));
            // Let the restarted instance run on (heartbeats) to show later rounds are new transactions, not repeats.
            await Eventually.HoldsAsync(() => store.RecentAsync(key, 100), r => r.Count(s => s.State == SubmissionState.Confirmed) >= 2,
                "a later round", TimeSpan.FromSeconds(30));
        }

        var records = await Store(oracle).RecentAsync(key, 100);
        var onChain = await Devnet.TransactionsFromAsync(account, firstBlock);
        Assert.Equal(signed.Hash, onChain[0].Hash);
        Assert.Equal(records.Where(r => r.State != SubmissionState.Rejected && !r.Pending).Select(r => r.TxHash).Order(),
            onChain.Select(t => t.Hash.ToString()).Where(h => records.Any(r => r.TxHash == h && !r.Pending)).Order());
        Assert.Equal(onChain.Count, onChain.Select(t => t.Hash).Distinct().Count());
        Assert.All(onChain, t => Assert.Contains(records, r => r.TxHash == t.Hash.ToString()));
        Assert.Equal(records.Count, records.Select(r => r.RoundMs).Distinct().Count());
        var events = await Store(oracle).EventsAsync(key, [pending.RoundMs]);
        Assert.Equal(SubmissionState.Confirmed, events[^1].State);
        Assert.Single(events, e => e.State == SubmissionState.Signed);
    }
}
