using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Protocol.Services.Hosting;
using Protocol.Services.PriceOracle.Aggregation;
using Protocol.Services.PriceOracle.Collection;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Storage;
using Protocol.Services.PriceOracle.Submission;
using Protocol.Services.PriceOracle.Telemetry;
using Protocol.Services.PriceOracle.Tests.Support;

namespace Protocol.Services.PriceOracle.Tests.Submission;

/// <summary>The submitter's rules against a chain the test drives: one in flight, expiry, refusal, deviation and heartbeat.</summary>
public sealed class PriceSubmitterTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeChain _chain = new();
    private readonly OracleStatus _status = new(TimeProvider.System);
    private readonly System.Diagnostics.Metrics.IMeterFactory _meters = new MeterFactory();
    private SqliteOracleStore _store = null!;
    private PriceSubmitter _submitter = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteOracleStore($"Data Source={_dir.File("s.db")}");
        await _store.InitializeAsync();
        var options = Microsoft.Extensions.Options.Options.Create(new PriceOracleOptions { Submission = new SubmissionOptions { DeviationBps = 50, HeartbeatMs = 60_000 } });
        _submitter = new PriceSubmitter(_chain, _store, options, _status, new OracleMetrics(_meters), TimeProvider.System, NullLogger<PriceSubmitter>.Instance);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _dir.Dispose();

    private sealed class MeterFactory : System.Diagnostics.Metrics.IMeterFactory
    {
        public System.Diagnostics.Metrics.Meter Create(System.Diagnostics.Metrics.MeterOptions options) => new(options);
        public void Dispose() { }
    }

    private static PriceAggregate Round(long priceE8, bool valid = true) => new(DateTimeOffset.UtcNow, valid, valid ? null : "too few sources",
        priceE8 / 1e8m, 0.01m, valid ? priceE8 : null, valid ? 1_000_000 : null, 2, 2, []);

    private Task<IReadOnlyList<SubmissionRecord>> Records() => _store.RecentAsync(_chain.Oracle.ToString(), 100);

    [Fact]
    public async Task Nothing_new_is_signed_while_a_submission_is_pending_and_an_expired_one_frees_the_way()
    {
        await _submitter.OnRoundAsync(Round(500_000_000), default);
        var first = Assert.Single(await Records());
        Assert.Equal((SubmissionState.Sent, "first", 120L), (first.State, first.Reason, first.ValidUntilBlock));

        // Not in a block yet: each round rebroadcasts the same bytes and signs nothing, even after a big move.
        _chain.Tip = _chain.Tip with { Height = 110, TimestampMs = _chain.Tip.TimestampMs + 5_000 };
        await _submitter.OnRoundAsync(Round(600_000_000), default);
        Assert.Single(_chain.Signed);
        Assert.Equal([first.TxHash, first.TxHash], _chain.Broadcasts.Select(h => h.ToString()));

        // Past its ValidUntilBlock and in no block: Expired, and the round's move is submitted anew.
        _chain.Tip = _chain.Tip with { Height = 120, TimestampMs = _chain.Tip.TimestampMs + 5_000 };
        await _submitter.OnRoundAsync(Round(600_000_000), default);
        var records = await Records();
        Assert.Equal([SubmissionState.Sent, SubmissionState.Expired], records.Select(r => r.State));
        Assert.Equal(2, _chain.Signed.Count);
        Assert.Null(_status.SubmissionProblem);
    }

    [Fact]
    public async Task Confirmation_then_deviation_and_heartbeat_decide()
    {
        await _submitter.OnRoundAsync(Round(500_000_000), default);
        _chain.Blocks[_chain.Signed[0].Hash] = new TransactionInBlock(101, true, null);
        _chain.Tip = _chain.Tip with { Height = 101, TimestampMs = _chain.Tip.TimestampMs + 1_000 };

        await _submitter.OnRoundAsync(Round(501_000_000), default); // 20 bps: below the 50 bps deviation, heartbeat not due
        Assert.Single(_chain.Signed);
        Assert.Equal(SubmissionState.Confirmed, Assert.Single(await Records()).State);
        Assert.Equal(new LastSubmitted(500_000_000, Assert.Single(await Records()).RoundMs), _submitter.Last);

        await _submitter.OnRoundAsync(Round(503_000_000), default); // 60 bps
        Assert.Equal(2, _chain.Signed.Count);
        Assert.StartsWith("deviation: 60 bps", (await Records())[0].Reason);
    }

    [Fact]
    public async Task A_refused_first_broadcast_is_rejected_and_reported_and_an_invalid_round_signs_nothing()
    {
        await _submitter.OnRoundAsync(Round(0, valid: false), default);
        Assert.Empty(_chain.Signed);

        _chain.NextBroadcast = new BroadcastResult(BroadcastOutcome.Rejected, "insufficient GAS: need 0.2 GAS, have 0 GAS");
        await _submitter.OnRoundAsync(Round(500_000_000), default);
        Assert.Equal(SubmissionState.Rejected, Assert.Single(await Records()).State);
        Assert.Contains("insufficient GAS", _status.SubmissionProblem);
    }

    [Fact]
    public async Task A_round_not_newer_than_the_last_submission_waits_for_a_newer_block()
    {
        await _submitter.OnRoundAsync(Round(500_000_000), default);
        _chain.Blocks[_chain.Signed[0].Hash] = new TransactionInBlock(101, true, null);
        // The tip's time has not moved: the next round would carry the same timestamp, which the contract refuses.
        await _submitter.OnRoundAsync(Round(600_000_000), default);
        Assert.Single(_chain.Signed);
    }

    [Fact]
    public void The_policy_submits_on_heartbeat_and_deviation_only()
    {
        var now = DateTimeOffset.UtcNow;
        var options = new SubmissionOptions { DeviationBps = 50, HeartbeatMs = 60_000 };
        var recent = new LastSubmitted(500_000_000, now.ToUnixTimeMilliseconds() - 59_000);
        Assert.Null(SubmissionPolicy.Decide(Round(502_000_000), recent, now, options));
        Assert.StartsWith("heartbeat: 60000 ms", SubmissionPolicy.Decide(Round(502_000_000), recent with { TimestampMs = recent.TimestampMs - 1_000 }, now, options));
        Assert.StartsWith("deviation: 50.2 bps", SubmissionPolicy.Decide(Round(497_490_000), recent, now, options));
        Assert.Equal("first", SubmissionPolicy.Decide(Round(1), null, now, options));
        Assert.Null(SubmissionPolicy.Decide(Round(0, valid: false), null, now, options));
    }
}
