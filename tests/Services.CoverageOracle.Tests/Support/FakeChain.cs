using System.Collections.Concurrent;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.Hosting;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.CoverageOracle.Tests.Support;

/// <summary>
/// An in-memory chain for the service tests that need no node: a registry the test fills, a tip whose hash the test sets,
/// per-epoch escrow funding, and a key that signs root messages. Counts registry reads (to show caching).
/// </summary>
public sealed class FakeChain(uint network = 860833102, int subDaoId = 1) : ICoverageChain
{
    private readonly ConcurrentDictionary<string, RegisteredHotspot> _registry = new();
    private readonly KeyPair _key = new(Enumerable.Repeat((byte)0x42, 32).ToArray());
    private int _reads;

    public uint Network { get; } = network;

    public UInt160 Rewards { get; } = new(Enumerable.Range(1, 20).Select(i => (byte)i).ToArray());

    public UInt160 Account => UInt160.Zero;

    public byte[] PublicKey => _key.PublicKey.Encode(compressed: true);

    public int RegistryReads => _reads;

    public ChainTip Tip { get; set; } = new(100, Enumerable.Repeat((byte)7, 32).ToArray(), 1_700_000_000_000);

    public Dictionary<long, ulong> Funding { get; } = [];

    public long EpochLengthSeconds { get; set; } = 86_400;

    public long FirstEpoch { get; set; }

    /// <summary>Registers the hotspot in this subDAO (or in <paramref name="inSubDao"/>: then it is unknown here).</summary>
    public void Register(TestHotspot hotspot, string deviceType = "full", ulong? location = null, int? inSubDao = null)
    {
        var subDao = inSubDao ?? subDaoId;
        var tokenId = TokenIds.For(subDao, hotspot.Id);
        _registry[Convert.ToHexString(tokenId)] = new RegisteredHotspot(tokenId, UInt160.Zero, subDao, deviceType, location ?? hotspot.Location, true, false);
    }

    public Task<RegisteredHotspot?> HotspotAsync(byte[] tokenId, CancellationToken ct)
    {
        Interlocked.Increment(ref _reads);
        return Task.FromResult(_registry.GetValueOrDefault(Convert.ToHexString(tokenId)));
    }

    public Task<ChainTip> TipAsync(CancellationToken ct) => Task.FromResult(Tip);

    public Task<ChainTip?> LastBlockBeforeAsync(long timeMs, CancellationToken ct) => Task.FromResult<ChainTip?>(Tip);

    public Task<long> EpochLengthSecondsAsync(CancellationToken ct) => Task.FromResult(EpochLengthSeconds);

    public Task<long> FirstEpochAsync(CancellationToken ct) => Task.FromResult(FirstEpoch);

    public Task<ulong?> EscrowFundingAsync(int subDao, long epoch, CancellationToken ct) =>
        Task.FromResult(Funding.TryGetValue(epoch, out var pool) ? pool : (ulong?)null);

    public Task<PoolInfo?> PoolInfoAsync(int subDao, CancellationToken ct) => Task.FromResult<PoolInfo?>(null);

    public Task<(IReadOnlyList<byte[]> Keys, int Quorum)> OraclesAsync(int subDao, CancellationToken ct) =>
        Task.FromResult<(IReadOnlyList<byte[]>, int)>(([PublicKey], 1));

    public Task<ulong> ClaimedByAsync(byte[] tokenId, CancellationToken ct) => Task.FromResult(0UL);

    public byte[] SignMessage(byte[] message) => _key.Sign(message);

    public Task<Transaction> SignSubmitRootAsync(int subDao, long epoch, byte[] root, ulong total, IReadOnlyList<RootSignature> signatures, uint validUntil,
        CancellationToken ct) => throw new NotSupportedException("The fake chain takes no transactions.");

    public Task<bool> SetActiveAsync(byte[] tokenId, bool active, CancellationToken ct) => throw new NotSupportedException("The fake chain takes no transactions.");

    public Task<BroadcastResult> BroadcastAsync(Transaction tx, CancellationToken ct) => throw new NotSupportedException();

    public Task<TransactionInBlock?> FindAsync(UInt256 hash, CancellationToken ct) => Task.FromResult<TransactionInBlock?>(null);
}
