using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.CoverageOracle.Tests.Support;

namespace Protocol.Services.CoverageOracle.Tests.Storage;

/// <summary>What every <see cref="ICoverageStore"/> must do, run against SQLite and PostgreSQL (each test on a fresh database).</summary>
public abstract class CoverageStoreContract
{
    protected abstract Task<(ICoverageStore Store, IAsyncDisposable Lifetime)> CreateAsync();

    private static readonly HotspotKey A = TestHotspot.At(0x11, 37.7749, -122.4194).Id;
    private static readonly HotspotKey B = TestHotspot.At(0x12, 37.8044, -122.4410).Id;

    private static StoredReport Report(byte id, ReportKind kind, HotspotKey key, byte data, long received) =>
        new(Enumerable.Repeat(id, 32).ToArray(), kind, key, [data, data], received, [id, 0xff]);

    private async Task WithStoreAsync(Func<ICoverageStore, Task> test)
    {
        var (store, lifetime) = await CreateAsync();
        await using var _ = lifetime;
        await store.InitializeAsync();
        await store.InitializeAsync(); // idempotent
        await test(store);
    }

    [Fact]
    public Task Reports_are_stored_once_per_content_id() => WithStoreAsync(async store =>
    {
        Assert.Null(await store.LatestReceiptAsync());
        Assert.True(await store.InsertReportAsync(Report(1, ReportKind.Beacon, A, 9, 1_000)));
        Assert.False(await store.InsertReportAsync(Report(1, ReportKind.Beacon, A, 9, 2_000)));
        var stored = await store.GetReportAsync(Enumerable.Repeat((byte)1, 32).ToArray());
        Assert.Equal(1_000, stored!.ReceivedMs);
        Assert.Equal(A, stored.Hotspot);
        Assert.Equal(new byte[] { 1, 0xff }, stored.Bytes);
        Assert.Equal(1_000, await store.LatestReceiptAsync());
    });

    [Fact]
    public Task Entropy_is_found_by_value_and_the_latest_by_start() => WithStoreAsync(async store =>
    {
        await store.InsertEntropyAsync(new Entropy([1, 2, 3], 60_000));
        await store.InsertEntropyAsync(new Entropy([4, 5, 6], 120_000));
        await store.InsertEntropyAsync(new Entropy([4, 5, 6], 120_000));
        Assert.Equal(60_000, (await store.FindEntropyAsync([1, 2, 3]))!.StartMs);
        Assert.Null(await store.FindEntropyAsync([9]));
        Assert.Equal(new byte[] { 4, 5, 6 }, (await store.LatestEntropyAsync())!.Data);
    });

    [Fact]
    public Task Verification_writes_verdicts_times_and_poc_with_the_watermark() => WithStoreAsync(async store =>
    {
        var b1 = Report(1, ReportKind.Beacon, A, 7, 1_000);
        var b2 = Report(2, ReportKind.Beacon, B, 8, 2_000);
        var w1 = Report(3, ReportKind.Witness, B, 7, 1_001);
        foreach (var r in new[] { b1, b2, w1 }) await store.InsertReportAsync(r);
        Assert.Equal([b1.Id, b2.Id], (await store.PendingBeaconsAsync(5_000, 10)).Select(r => r.Id));
        Assert.Equal([b1.Id], (await store.PendingBeaconsAsync(1_500, 10)).Select(r => r.Id));
        Assert.Equal([w1.Id], (await store.WitnessesAsync([7, 7], 0, 5_000)).Select(r => r.Id));
        Assert.Empty(await store.WitnessesAsync([7, 7], 1_002, 5_000));

        var batch = new VerificationBatch(b1,
            [new(b1.Id, b1.Id, ReportKind.Beacon, A, "Valid", RejectionReason.None, 1_000, 9_000),
             new(w1.Id, b1.Id, ReportKind.Witness, B, "Invalid", RejectionReason.TooLate, 1_001, 9_000)],
            [new(A, FactKind.LastBeacon, 1_000), new(A, FactKind.LastBeacon, 900), new(B, FactKind.LastValidWitness, 1_001)],
            new Dictionary<HotspotKey, ulong> { [A] = 0x8c2a1072b59ffffUL },
            new PocRecord(b1.Id, A, 1_000, 200_000_000_000, [B]));
        await store.SaveVerificationAsync(batch, 9_000);

        Assert.Equal([b2.Id], (await store.PendingBeaconsAsync(5_000, 10)).Select(r => r.Id)); // the watermark moved past b1
        var states = await store.HotspotStatesAsync([A, B]);
        Assert.Equal(1_000, states[A].LastBeaconMs); // max, not last written
        Assert.Equal(0x8c2a1072b59ffffUL, states[A].Location);
        Assert.Equal(1_001, states[B].LastValidWitnessMs);
        Assert.Equal(1_001, states[B].LastValidActivityMs);
        var reports = await store.ReportsOfAsync(B, 10);
        Assert.Equal(2, reports.Count);
        Assert.Equal(RejectionReason.TooLate, reports.Single(r => r.Report.Kind == ReportKind.Witness).Verdict!.Reason);
        Assert.Null(reports.Single(r => r.Report.Kind == ReportKind.Beacon).Verdict); // b2 not verified yet
        var poc = Assert.Single(await store.PocsAsync(0, 1_001));
        Assert.Equal([B], poc.Selected);
        Assert.Empty(await store.PocsAsync(1_001, 5_000)); // [start, end)
    });

    [Fact]
    public Task An_epoch_its_leaves_and_signature_are_one_transaction_and_computed_once() => WithStoreAsync(async store =>
    {
        var epoch = new EpochRecord(5, 0, 100, 1_000, 3, 2, [1, 2], 997, 123);
        await store.SaveEpochAsync(epoch, [new(A, [0xaa], 600, 600), new(B, [0xbb], 397, 397)], new RootSignature(5, 0, [9, 9]));
        Assert.Equal(997UL, (await store.LastEpochAsync())!.Total);
        Assert.Equal([0xaa, 0xbb], (await store.LeavesAsync(5)).Select(l => l.TokenId[0]));
        // A second computation of epoch 5 fails as a whole: nothing of it is written.
        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveEpochAsync(epoch with { Total = 1 }, [new(A, [0xcc], 1, 1)], null));
        Assert.Equal(2, (await store.LeavesAsync(5)).Count);
        await store.SaveSignatureAsync(new RootSignature(5, 2, [7]));
        await store.SaveSignatureAsync(new RootSignature(5, 2, [8])); // the first one is kept
        Assert.Equal([(0, (byte)9), (2, (byte)7)], (await store.SignaturesAsync(5)).Select(s => (s.OracleIndex, s.Signature[0])));
    });

    [Fact]
    public Task Submissions_move_through_their_states() => WithStoreAsync(async store =>
    {
        await store.InsertSubmissionAsync(new RootSubmission(5, "0xabc", "AAAA", 40, SubmissionState.Signed, null, 1));
        Assert.Single(await store.PendingSubmissionsAsync());
        await store.UpdateSubmissionAsync(5, SubmissionState.Sent, "accepted", 2);
        Assert.Equal(SubmissionState.Sent, (await store.SubmissionAsync(5))!.State);
        await store.UpdateSubmissionAsync(5, SubmissionState.Confirmed, "in block 7", 3);
        Assert.Empty(await store.PendingSubmissionsAsync());
        Assert.Equal("in block 7", (await store.SubmissionAsync(5))!.Detail);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpdateSubmissionAsync(6, SubmissionState.Sent, null, 4));
        await store.SetActiveOnChainAsync(A, true);
        Assert.True((await store.AllHotspotStatesAsync()).Single().ActiveOnChain);
    });
}
