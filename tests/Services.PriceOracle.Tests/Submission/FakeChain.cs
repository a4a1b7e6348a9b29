using Protocol.Services.Hosting;
using Protocol.Services.PriceOracle.Submission;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.PriceOracle.Tests.Submission;

/// <summary>A chain the test drives: the tip, what a broadcast answers, which transactions are in blocks.</summary>
public sealed class FakeChain : IPriceFeedChain
{
    public UInt160 Oracle { get; } = UInt160.Parse("0x" + new string('1', 40));

    public ChainTip Tip { get; set; } = new(100, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 10_000);

    public BroadcastResult NextBroadcast { get; set; } = new(BroadcastOutcome.Accepted, null);

    public List<Transaction> Signed { get; } = [];

    public List<UInt256> Broadcasts { get; } = [];

    public Dictionary<UInt256, TransactionInBlock> Blocks { get; } = [];

    public Task<ChainTip> GetTipAsync(CancellationToken ct) => Task.FromResult(Tip);

    public Task<OnChainSubmission?> GetLastSubmissionAsync(CancellationToken ct) => Task.FromResult<OnChainSubmission?>(null);

    public Task<Transaction> SignSubmissionAsync(long priceE8, long confidenceE8, long timestampMs, uint validUntilBlock, CancellationToken ct)
    {
        var tx = new Transaction
        {
            Nonce = (uint)Signed.Count, SystemFee = priceE8, NetworkFee = confidenceE8, ValidUntilBlock = validUntilBlock,
            Signers = [new Signer(Oracle, WitnessScope.CalledByEntry)], Attributes = [], Script = BitConverter.GetBytes(timestampMs), Witnesses = [new Witness(new byte[] { 0x0c, 0x00 }, new byte[] { 0x11 })],
        };
        Signed.Add(tx);
        return Task.FromResult(tx);
    }

    public Task<BroadcastResult> BroadcastAsync(Transaction tx, CancellationToken ct)
    {
        Broadcasts.Add(tx.Hash);
        return Task.FromResult(NextBroadcast);
    }

    public Task<TransactionInBlock?> FindAsync(UInt256 hash, CancellationToken ct) => Task.FromResult(Blocks.GetValueOrDefault(hash));
}
