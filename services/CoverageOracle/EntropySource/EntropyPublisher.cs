using System.Buffers.Binary;
using Microsoft.Extensions.Options;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Hosting;
using Protocol.Services.CoverageOracle.Options;
using Protocol.Services.CoverageOracle.Storage;
using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Services.CoverageOracle.EntropySource;

/// <summary>
/// The beacon seed: every Verification:EntropyIntervalMs (a minute) a new value
/// SHA-256(hash of the latest block before the interval's start (32) ‖ u64le(its time, ms) ‖ i64le(interval number)), valid
/// from the interval's start. Nobody knows the block hash before the block, so beacons (whose payload hashes this value)
/// cannot be prepared in advance; the interval number makes each minute's value new even when no block came. "Latest block
/// before the start" (not the tip at the moment of asking) makes every oracle instance publish the same value, so a beacon
/// built on one instance's entropy verifies on all of them; the value is published once a block at or after the start
/// exists. Stored, so verification can check a beacon's claimed entropy start against what was published.
/// </summary>
public sealed class EntropyPublisher(ICoverageChain chain, ICoverageStore store, IOptions<CoverageOracleOptions> options, TimeProvider clock)
{
    private readonly long _intervalMs = options.Value.Verification.EntropyIntervalMs;
    private volatile Protocol.Services.Coverage.Verification.Entropy? _current;

    /// <summary>The value published last (null before the first).</summary>
    public Protocol.Services.Coverage.Verification.Entropy? Current => _current;

    /// <summary>Publishes the current interval's value, unless it already has; returns it.</summary>
    public async Task<Protocol.Services.Coverage.Verification.Entropy> PublishAsync(CancellationToken ct)
    {
        var interval = clock.NowMs() / _intervalMs;
        var startMs = interval * _intervalMs;
        if (_current is { } current && current.StartMs == startMs) return current;
        var tip = await chain.LastBlockBeforeAsync(startMs, ct).ConfigureAwait(false);
        if (tip is null)
            return _current ?? throw new InvalidOperationException($"No block at or after {startMs} yet: the entropy of that interval is not fixed.");
        var input = new byte[tip.Hash.Length + 16];
        tip.Hash.CopyTo(input, 0);
        BinaryPrimitives.WriteUInt64LittleEndian(input.AsSpan(tip.Hash.Length), (ulong)tip.TimestampMs);
        BinaryPrimitives.WriteInt64LittleEndian(input.AsSpan(tip.Hash.Length + 8), interval);
        var entropy = new Protocol.Services.Coverage.Verification.Entropy(Hashes.Sha256(input), startMs);
        await store.InsertEntropyAsync(entropy, ct).ConfigureAwait(false);
        _current = entropy;
        return entropy;
    }

    /// <summary>The latest stored value (after a restart, before the first publication).</summary>
    public async Task<Protocol.Services.Coverage.Verification.Entropy?> LatestAsync(CancellationToken ct) =>
        _current ?? await store.LatestEntropyAsync(ct).ConfigureAwait(false);
}
