using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Testing;

/// <summary>
/// Moving the chain forward. Calls run in block <see cref="TestEngine.BlockIndex"/> while the Ledger's current block is the
/// one before it (block 1 on the genesis state at first). Advancing persists the current block through
/// <see cref="BlockPersister"/> (OnPersist, its transactions, PostPersist: Ledger index, committee bonus, committee
/// refresh and voter rewards every 21 blocks) and moves to the next one, as neo's TestEngine PersistingBlock does. The
/// header follows neo's TestEngine: previous hash and NextConsensus from the Ledger's current block, the engine's
/// timestamp and nonce, primary 0, an empty witness. A block already stored out of band (tests that write the Ledger
/// directly) is not persisted again.
/// </summary>
public sealed partial class TestEngine
{
    /// <summary>The executions (OnPersist, transactions, PostPersist) of the last block this engine persisted.</summary>
    public IReadOnlyList<ApplicationExecuted> LastBlockExecutions { get; private set; } = [];

    /// <summary>Persists <paramref name="blocks"/> empty blocks, each <paramref name="perBlock"/> after the previous (default 15 s).</summary>
    public void AdvanceBlocks(uint blocks, TimeSpan? perBlock = null)
    {
        var step = (ulong)(perBlock ?? TimeSpan.FromMilliseconds(Settings.MillisecondsPerBlock)).TotalMilliseconds;
        for (uint i = 0; i < blocks; i++) PersistAndMoveOn([], step);
    }

    /// <summary>Persists the current block (empty) and moves to the next one, <paramref name="time"/> later.</summary>
    public void AdvanceTime(TimeSpan time) => PersistAndMoveOn([], (ulong)time.TotalMilliseconds);

    /// <summary>
    /// Persists the current block with <paramref name="transactions"/> (each run with its system fee as gas; fees are
    /// burned from each sender, who must hold them) and moves to the next block. Returns the block's executions.
    /// </summary>
    public IReadOnlyList<ApplicationExecuted> PersistBlock(params Transaction[] transactions)
    {
        PersistAndMoveOn(transactions, Settings.MillisecondsPerBlock);
        return LastBlockExecutions;
    }

    /// <summary>The header the current block gets when persisted (its merkle root is filled in from the transactions).</summary>
    public Header NextHeader()
    {
        var snapshot = new DataCache(_store);
        var previous = LedgerContract.GetTrimmedBlock(snapshot, LedgerContract.CurrentHash(snapshot))
            ?? throw new InvalidOperationException("The Ledger's current block is missing.");
        return new Header
        {
            PrevHash = previous.Hash,
            MerkleRoot = UInt256.Zero,
            Timestamp = Timestamp,
            Nonce = BlockNonce,
            Index = BlockIndex,
            PrimaryIndex = 0,
            NextConsensus = previous.Header.NextConsensus,
            Witness = Witness.Empty,
        };
    }

    private void PersistAndMoveOn(IReadOnlyList<Transaction> transactions, ulong elapsedMilliseconds)
    {
        var snapshot = new DataCache(_store);
        if (LedgerContract.CurrentIndex(snapshot) >= BlockIndex)
        {
            if (transactions.Count > 0) throw new InvalidOperationException($"Block {BlockIndex} is already in the Ledger.");
            LastBlockExecutions = [];
        }
        else
        {
            var block = Block.Create(NextHeader(), transactions);
            LastBlockExecutions = BlockPersister.Persist(snapshot, block, Settings, Fees, engine =>
            {
                if (engine.Trigger == TriggerType.Application) ObserveCoverage(engine);
            });
            snapshot.Commit();
        }
        BlockIndex++;
        Timestamp += elapsedMilliseconds;
    }
}
