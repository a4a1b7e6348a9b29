using Protocol.Services.CoverageOracle.Chain;
using Protocol.Services.CoverageOracle.Storage;
using Protocol.Services.Hosting;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Bench.CoverageOracle;

/// <summary>A chain stub for the served process: every bench hotspot is registered (IOT, asserted), a fixed tip feeds entropy.</summary>
internal sealed class BenchChain(IReadOnlySet<string> tokenIds) : ICoverageChain
{
    public const uint Magic = 860833102;
    private readonly KeyPair _key = new(Enumerable.Repeat((byte)0x42, 32).ToArray());
    private readonly ChainTip _tip = new(1, Enumerable.Repeat((byte)7, 32).ToArray(), 1_700_000_000_000);

    public uint Network => Magic;
    public UInt160 Rewards => UInt160.Zero;
    public UInt160 Account => UInt160.Zero;
    public byte[] PublicKey => _key.PublicKey.Encode(compressed: true);

    public Task<RegisteredHotspot?> HotspotAsync(byte[] tokenId, CancellationToken ct) => Task.FromResult(tokenIds.Contains(Convert.ToHexString(tokenId))
        ? new RegisteredHotspot(tokenId, UInt160.Zero, 1, "full", 0x08c2a1072b59ffffUL, true, true) : null);

    public Task<ChainTip> TipAsync(CancellationToken ct) => Task.FromResult(_tip);
    public Task<ChainTip?> LastBlockBeforeAsync(long timeMs, CancellationToken ct) => Task.FromResult<ChainTip?>(_tip);
    public Task<long> EpochLengthSecondsAsync(CancellationToken ct) => Task.FromResult(86_400L);
    public Task<long> FirstEpochAsync(CancellationToken ct) => Task.FromResult(0L);
    public Task<ulong?> EscrowFundingAsync(int subDaoId, long epoch, CancellationToken ct) => Task.FromResult<ulong?>(null);
    public Task<PoolInfo?> PoolInfoAsync(int subDaoId, CancellationToken ct) => Task.FromResult<PoolInfo?>(null);
    public Task<(IReadOnlyList<byte[]> Keys, int Quorum)> OraclesAsync(int subDaoId, CancellationToken ct) => Task.FromResult<(IReadOnlyList<byte[]>, int)>(([], 1));
    public Task<ulong> ClaimedByAsync(byte[] tokenId, CancellationToken ct) => Task.FromResult(0UL);
    public byte[] SignMessage(byte[] message) => _key.Sign(message);
    public Task<Transaction> SignSubmitRootAsync(int subDaoId, long epoch, byte[] root, ulong total, IReadOnlyList<RootSignature> signatures, uint validUntilBlock,
        CancellationToken ct) => throw new NotSupportedException();
    public Task<bool> SetActiveAsync(byte[] tokenId, bool active, CancellationToken ct) => throw new NotSupportedException();
    public Task<BroadcastResult> BroadcastAsync(Transaction tx, CancellationToken ct) => throw new NotSupportedException();
    public Task<TransactionInBlock?> FindAsync(UInt256 hash, CancellationToken ct) => Task.FromResult<TransactionInBlock?>(null);
}
