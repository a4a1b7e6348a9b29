using System.Security.Cryptography;
using Protocol.Toolchain.Devnet.Storage;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;

namespace Protocol.Toolchain.Devnet.Node;

public sealed partial class DevnetNode
{
    /// <summary>
    /// Admits a transaction to the memory pool (neo Blockchain.OnNewTransaction): already persisted → AlreadyExists, pooled →
    /// AlreadyInPool, named by an on-chain Conflicts record of one of its signers → HasConflicts, else the pool's verification.
    /// </summary>
    public Verification Submit(Transaction tx)
    {
        lock (_sync)
        {
            var snapshot = new DataCache(_store);
            if (LedgerContract.GetTransactionState(snapshot, tx.Hash) is not null)
                return new(VerifyResult.AlreadyExists, $"transaction {tx.Hash} is already on chain");
            if (Pool.Contains(tx.Hash)) return new(VerifyResult.AlreadyInPool, $"transaction {tx.Hash} is already in the memory pool");
            if (ConflictRecorded(snapshot, tx))
                return new(VerifyResult.HasConflicts, $"a persisted transaction of one of its signers declared a conflict with {tx.Hash}");
            return Pool.TryAdd(tx, Settings, snapshot);
        }
    }

    /// <summary>
    /// How far the devnet's clock runs ahead of the wall clock (ms): block timestamps are wall clock + this, and never go
    /// back. Not persisted: after a restart blocks continue from the last block's time.
    /// </summary>
    public ulong ClockOffsetMs { get; private set; }

    /// <summary>Moves the clock of later blocks on by <paramref name="milliseconds"/> (a devnet feature: epochs and lockups without waiting).</summary>
    public ulong AdvanceClock(ulong milliseconds)
    {
        lock (_sync) return ClockOffsetMs = checked(ClockOffsetMs + milliseconds);
    }

    /// <summary>Makes, persists and commits one block with the best pooled transactions; returns it.</summary>
    public Block ProduceBlock()
    {
        lock (_sync)
        {
            var snapshot = new DataCache(_store);
            var previous = LedgerContract.GetTrimmedBlock(snapshot, LedgerContract.CurrentHash(snapshot))!;
            var transactions = Pool.Ordered().Take(Options.MaxTransactionsPerBlock).ToList();
            var now = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + ClockOffsetMs;
            var unsigned = Block.Create(new Header
            {
                PrevHash = previous.Hash,
                MerkleRoot = UInt256.Zero,
                Timestamp = Math.Max(now, previous.Header.Timestamp + 1),
                Nonce = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)),
                Index = previous.Index + 1,
                PrimaryIndex = 0,
                NextConsensus = Genesis.ValidatorsAddress(Settings),
                Witness = Witness.Empty,
            }, transactions);
            var block = Sign(unsigned);
            var changes = new ChangeSet(_store);
            var cache = new DataCache(changes);
            var executions = BlockPersister.Persist(cache, block, Settings);
            var (balances, transfers) = Tracker.Track(block, executions, cache, Settings);
            cache.Commit();
            var logs = new List<KeyValuePair<byte[], string>>
            {
                new(block.Hash.ToArray(), ApplicationLogJson.Block(block.Hash, executions.Where(e => e.Transaction is null))),
            };
            logs.AddRange(executions.Where(e => e.Transaction is not null)
                .Select(e => new KeyValuePair<byte[], string>(e.Transaction!.Hash.ToArray(), ApplicationLogJson.Transaction(e.Transaction.Hash, e))));
            Commit(new BlockRecord(block.Index, block.ToArray(), [.. changes.Changes], logs, balances, transfers));
            foreach (var tx in transactions) Pool.Remove(tx.Hash);
            Pool.Revalidate(Settings, new DataCache(_store));
            BlockPersisted?.Invoke(block);
            return block;
        }
    }

    /// <summary>Makes <paramref name="count"/> blocks; returns the last one's index.</summary>
    public uint ProduceBlocks(int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), "Produce at least one block.");
        uint index = 0;
        for (int i = 0; i < count; i++) index = ProduceBlock().Index;
        return index;
    }

    /// <summary>Produces a block every <see cref="DevnetOptions.MillisecondsPerBlock"/> until cancelled (does nothing for 0).</summary>
    public async Task RunBlockTimerAsync(CancellationToken stopping)
    {
        if (Options.MillisecondsPerBlock == 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Options.MillisecondsPerBlock));
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                try
                {
                    ProduceBlock();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    BlockFailed?.Invoke(ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Raised when the timer could not make a block (the timer keeps going).</summary>
    public event Action<Exception>? BlockFailed;

    /// <summary>Writes the record to disk (fsync) first, then applies it in memory: a crash never loses a block anyone saw.</summary>
    private void Commit(BlockRecord record)
    {
        _blockLog.Append(record.Serialize());
        foreach (var (key, value) in record.Changes) _store.Apply(key, value);
        foreach (var (hash, json) in record.Logs) _logs[new UInt256(hash)] = json;
        Tracker.Apply(record.Balances, record.Transfers);
    }

    /// <summary>The validator's witness: its signature over magic ‖ block hash under the 1-of-1 BFT multisig script.</summary>
    private Block Sign(Block block)
    {
        var signature = ValidatorKey.Sign(block.GetSignData(Settings.Network));
        var witness = new Witness(new ScriptBuilder().EmitPush(signature).ToArray(), VerificationScripts.CreateBftMultiSig([ValidatorKey.PublicKey]));
        var h = block.Header;
        return new Block
        {
            Header = new Header
            {
                Version = h.Version, PrevHash = h.PrevHash, MerkleRoot = h.MerkleRoot, Timestamp = h.Timestamp, Nonce = h.Nonce,
                Index = h.Index, PrimaryIndex = h.PrimaryIndex, NextConsensus = h.NextConsensus, Witness = witness,
            },
            Transactions = block.Transactions,
        };
    }

    /// <summary>neo LedgerContract.ContainsConflictHash: a traceable conflict record under the hash and one of the signers.</summary>
    private bool ConflictRecorded(DataCache snapshot, Transaction tx)
    {
        var stub = snapshot.TryGet(StorageKeys.Create(-4, 11, tx.Hash.AsSpan()));
        if (stub is null || !IsConflictStubTraceable(snapshot, stub)) return false;
        return tx.Signers.Any(s => snapshot.TryGet(StorageKeys.Create(-4, 11, [.. tx.Hash.AsSpan(), .. s.Account.AsSpan()])) is { } record
            && IsConflictStubTraceable(snapshot, record));
    }

    private bool IsConflictStubTraceable(DataCache snapshot, byte[] value)
    {
        var item = (Vm.Types.Struct)Runtime.Serialization.BinarySerializer.Deserialize(value, ExecutionEngineLimits.Default);
        if (item.Count != 1) return false;
        var index = (uint)item[0].GetInteger();
        return index + PolicyContract.GetMaxTraceableBlocks(snapshot, Settings) > LedgerContract.CurrentIndex(snapshot);
    }
}
