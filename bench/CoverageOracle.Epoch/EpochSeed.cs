using System.Buffers.Binary;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Protocol.Bench.Coverage;
using Protocol.Services.Coverage.Density;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Rewards;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Storage;

namespace Protocol.Bench.CoverageOracle.Epoch;

/// <summary>
/// A fresh SQLite store (temporary file) holding what the oracle would hold when epoch <see cref="SyntheticEpoch.Epoch"/>
/// is due: the previous epoch computed (a leaf for every hotspot), every hotspot's state, one valid beacon per hotspot with
/// its witnesses' verdicts (beacon Valid, witnesses Selected) and its PoC with the beaconer's hex scale (HIP-17 map of all
/// hotspots), and one report received after the epoch's end (data current). Deterministic in (hotspots, witnesses, seed).
/// The previous epoch goes in through <see cref="ICoverageStore.SaveEpochAsync"/>, the rest through the store's bulk path.
/// </summary>
public sealed class EpochSeed : IAsyncDisposable
{
    public const ulong Pool = 1_369_863_013_698; // as bench/Coverage.Epoch: one day of IOT-like emissions, 6 decimals

    private EpochSeed(string directory, string connectionString, int hotspots, int pocs, long witnessRows, TimeSpan seedTime)
    {
        Directory = directory;
        ConnectionString = connectionString;
        Store = new SqliteCoverageStore(connectionString);
        Hotspots = hotspots;
        Pocs = pocs;
        WitnessRows = witnessRows;
        SeedTime = seedTime;
    }

    public string Directory { get; }

    public string ConnectionString { get; }

    public SqliteCoverageStore Store { get; }

    public int Hotspots { get; }

    public int Pocs { get; }

    public long WitnessRows { get; }

    public TimeSpan SeedTime { get; }

    public long DatabaseBytes => new DirectoryInfo(Directory).EnumerateFiles().Sum(f => f.Length);

    public static EpochWindow Window => EpochWindow.Of(SyntheticEpoch.Epoch, SyntheticEpoch.EpochLengthMs);

    public static async Task<EpochSeed> CreateAsync(int hotspots, int witnessesPerPoc, int seed, bool verdicts)
    {
        var watch = Stopwatch.StartNew();
        var directory = System.IO.Directory.CreateTempSubdirectory("coverage-epoch-bench-").FullName;
        var connectionString = $"Data Source={Path.Combine(directory, "oracle.db")}";
        var load = SyntheticEpoch.Generate(hotspots, witnessesPerPoc, seed);
        var keys = new HotspotKey[hotspots];
        Span<byte> buffer = stackalloc byte[16];
        Span<byte> key = stackalloc byte[HotspotKey.Length];
        key[0] = 0x02; // any X will do: nothing on this path decodes the point
        for (int i = 0; i < hotspots; i++)
        {
            Hashes(buffer, "hspt", seed, i);
            System.Security.Cryptography.SHA256.HashData(buffer, key[1..]);
            keys[i] = new HotspotKey(key);
        }
        var map = HexDensityMap.Build(load.Locations);
        var window = Window;
        var previous = EpochWindow.Of(SyntheticEpoch.Epoch - 1, SyntheticEpoch.EpochLengthMs);
        const long VerifyDelayMs = 200_000; // verified a little after the 180 s entropy lifespan

        // What the runner's fact updates converge to: each beacon's time, and each witness's latest witnessing time.
        var lastWitness = new long[hotspots];
        for (int i = 0; i < hotspots; i++)
            for (int w = 0; w < witnessesPerPoc; w++)
                if (load.Witnesses[i * witnessesPerPoc + w] is var j and >= 0)
                    lastWitness[j] = Math.Max(lastWitness[j], WitnessReceived(load, i, w));

        var store = new SqliteCoverageStore(connectionString);
        await store.InitializeAsync();

        // The previous epoch, through the store's own API: every hotspot has a cumulative total.
        var leaves = new List<LeafRecord>(hotspots);
        ulong total = 0;
        for (int i = 0; i < hotspots; i++)
        {
            ulong cumulative = 1_000_000 + (ulong)(i % 1_000);
            total += cumulative;
            leaves.Add(new LeafRecord(keys[i], TokenIds.For(1, keys[i]), cumulative, cumulative));
        }
        await store.SaveEpochAsync(new EpochRecord(previous.Epoch, previous.StartMs, previous.EndMs, Pool, 0, hotspots,
            System.Security.Cryptography.SHA256.HashData("previous root"u8), total, previous.EndMs + 3_600_000), leaves, null);
        leaves = null;

        var states = Enumerable.Range(0, hotspots).Select(i => new HotspotState(keys[i], load.Locations[i], load.BeaconReceivedMs[i],
            lastWitness[i] == 0 ? null : lastWitness[i], load.BeaconReceivedMs[i], null));
        var verdictRows = !verdicts ? Enumerable.Empty<VerdictRecord>() : Enumerable.Range(0, hotspots).SelectMany(i =>
        {
            var beaconId = ReportId("bcn", seed, i, 0);
            long verified = load.BeaconReceivedMs[i] + VerifyDelayMs;
            return Witnesses(load, i).Select(w => new VerdictRecord(ReportId("wit", seed, i, w.Slot + 1), beaconId, ReportKind.Witness, keys[w.Index],
                    "Selected", RejectionReason.None, w.ReceivedMs, verified))
                .Prepend(new VerdictRecord(beaconId, beaconId, ReportKind.Beacon, keys[i], "Valid", RejectionReason.None, load.BeaconReceivedMs[i], verified));
        });
        var pocRows = Enumerable.Range(0, hotspots).Select(i => new PocRecord(ReportId("bcn", seed, i, 0), keys[i], load.BeaconReceivedMs[i],
            map.ScaleOf(load.Locations[i]), Witnesses(load, i).Select(w => keys[w.Index]).ToList()));
        await store.BulkInsertVerifiedAsync(states, verdictRows, pocRows);

        // Data is current: a report received after the epoch's end (its content does not matter to the rewarder).
        await store.InsertReportAsync(new StoredReport(ReportId("late", seed, 0, 0), ReportKind.Beacon, keys[0], new byte[16],
            window.EndMs + 60_000, new byte[100]));

        await using (var c = new SqliteConnection(connectionString))
        {
            await c.OpenAsync();
            await using var checkpoint = c.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }
        long witnessRows = Enumerable.Range(0, hotspots).Sum(i => (long)Witnesses(load, i).Count());
        return new EpochSeed(directory, connectionString, hotspots, hotspots, witnessRows, watch.Elapsed);
    }

    /// <summary>Removes the benchmarked epoch (its row, leaves and signature), so the next run computes it again.</summary>
    public async Task ForgetEpochAsync()
    {
        await using var c = new SqliteConnection(ConnectionString);
        await c.OpenAsync();
        foreach (var sql in new[]
                 {
                     $"DELETE FROM coverage_leaves WHERE epoch = {SyntheticEpoch.Epoch}",
                     $"DELETE FROM coverage_signatures WHERE epoch = {SyntheticEpoch.Epoch}",
                     $"DELETE FROM coverage_epochs WHERE epoch = {SyntheticEpoch.Epoch}",
                     $"UPDATE coverage_watermarks SET value = {SyntheticEpoch.Epoch - 1} WHERE name = 'rewards'",
                     "PRAGMA wal_checkpoint(TRUNCATE)",
                 })
        {
            await using var command = c.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static IEnumerable<(int Slot, int Index, long ReceivedMs)> Witnesses(SyntheticEpoch load, int beaconer)
    {
        for (int w = 0; w < load.WitnessesPerPoc; w++)
            if (load.Witnesses[beaconer * load.WitnessesPerPoc + w] is var j and >= 0)
                yield return (w, j, WitnessReceived(load, beaconer, w));
    }

    /// <summary>Witnesses arrive in slot order, 50–1000 ms after the beacon.</summary>
    private static long WitnessReceived(SyntheticEpoch load, int beaconer, int slot) =>
        load.BeaconReceivedMs[beaconer] + 50 + slot * 90 + (beaconer % 7);

    private static byte[] ReportId(string kind, int seed, int i, int slot)
    {
        Span<byte> buffer = stackalloc byte[16];
        Hashes(buffer, kind, seed, i);
        buffer[12] ^= (byte)slot;
        buffer[13] ^= (byte)(slot >> 8);
        return System.Security.Cryptography.SHA256.HashData(buffer);
    }

    private static void Hashes(Span<byte> buffer, string tag, int seed, int i)
    {
        buffer.Clear();
        for (int k = 0; k < tag.Length && k < 4; k++) buffer[k] = (byte)tag[k];
        BinaryPrimitives.WriteInt32LittleEndian(buffer[4..], seed);
        BinaryPrimitives.WriteInt32LittleEndian(buffer[8..], i);
    }
}
