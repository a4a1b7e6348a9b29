using Protocol.Services.PriceOracle.Storage;

namespace Protocol.Services.PriceOracle.Tests.Storage;

/// <summary>What every <see cref="IOracleStore"/> must do; SQLite and PostgreSQL each run it against a real database.</summary>
public abstract class OracleStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_767_225_600_000);

    protected IOracleStore Store { get; private set; } = null!;

    protected abstract Task<IOracleStore> CreateStoreAsync();

    public virtual async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.InitializeAsync();
        await Store.InitializeAsync(); // idempotent
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private static SubmissionRecord Signed(string oracle, long round, long price = 500_000_000) =>
        new(oracle, round, price, 500_000, "heartbeat", "0x" + round.ToString("x64"), "AAEC", 1_000 + round % 100, SubmissionState.Signed,
            T0, T0, null, null);

    [Fact]
    public async Task A_submission_moves_through_its_states_with_an_audit_line_each()
    {
        await Store.InsertSignedAsync(Signed("0xaa", 100));
        Assert.Equal(100, Assert.Single(await Store.PendingAsync("0xaa")).RoundMs);
        await Store.UpdateStateAsync("0xaa", 100, SubmissionState.Sent, null, "accepted by the node", T0.AddSeconds(1));
        Assert.Equal(SubmissionState.Sent, Assert.Single(await Store.PendingAsync("0xaa")).State);
        await Store.UpdateStateAsync("0xaa", 100, SubmissionState.Confirmed, 42, "in block 42", T0.AddSeconds(2));

        Assert.Empty(await Store.PendingAsync("0xaa"));
        var confirmed = await Store.LastConfirmedAsync("0xaa");
        Assert.Equal(Signed("0xaa", 100) with { State = SubmissionState.Confirmed, UpdatedAt = T0.AddSeconds(2), BlockIndex = 42, Detail = "in block 42" },
            confirmed);
        var events = await Store.EventsAsync("0xaa", [100]);
        Assert.Equal([SubmissionState.Signed, SubmissionState.Sent, SubmissionState.Confirmed], events.Select(e => e.State));
        Assert.Equal([T0, T0.AddSeconds(1), T0.AddSeconds(2)], events.Select(e => e.At));
        Assert.Equal("heartbeat: tx " + Signed("0xaa", 100).TxHash, events[0].Detail);
    }

    [Fact]
    public async Task A_round_is_stored_once_per_oracle()
    {
        await Store.InsertSignedAsync(Signed("0xaa", 100));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => Store.InsertSignedAsync(Signed("0xaa", 100, price: 1)));
        await Store.InsertSignedAsync(Signed("0xbb", 100)); // another oracle sharing the database
        Assert.Equal(500_000_000, Assert.Single(await Store.RecentAsync("0xaa", 10)).PriceE8);
        Assert.Single(await Store.RecentAsync("0xbb", 10));
    }

    [Fact]
    public async Task Recent_is_newest_first_and_last_confirmed_skips_other_states()
    {
        foreach (var round in new long[] { 1, 3, 2, 4 }) await Store.InsertSignedAsync(Signed("0xaa", round));
        await Store.UpdateStateAsync("0xaa", 1, SubmissionState.Confirmed, 7, null, T0);
        await Store.UpdateStateAsync("0xaa", 2, SubmissionState.Confirmed, 8, null, T0);
        await Store.UpdateStateAsync("0xaa", 3, SubmissionState.Faulted, 9, "FAULT", T0);
        await Store.UpdateStateAsync("0xaa", 4, SubmissionState.Expired, null, "gone", T0);

        Assert.Equal([4L, 3, 2], (await Store.RecentAsync("0xaa", 3)).Select(r => r.RoundMs));
        Assert.Equal(2, (await Store.LastConfirmedAsync("0xaa"))!.RoundMs);
        Assert.Null(await Store.LastConfirmedAsync("0xcc"));
        Assert.Empty(await Store.EventsAsync("0xaa", []));
    }

    [Fact]
    public async Task Updating_a_round_that_does_not_exist_fails()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.UpdateStateAsync("0xaa", 5, SubmissionState.Sent, null, null, T0));
        Assert.Equal("Oracle 0xaa has no submission for round 5.", ex.Message);
    }
}
