using System.Buffers.Binary;
using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Runtime.Serialization;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>A transaction the Ledger holds: its block, the transaction (null for a conflict record) and its VM state.</summary>
public sealed record TransactionState(uint BlockIndex, Transaction? Transaction, VMState State);

/// <summary>
/// The Ledger's storage (neo LedgerContract.cs, id -4): Prefix_BlockHash 9 + index (u32 big-endian) → block hash;
/// Prefix_Block 5 + hash → TrimmedBlock bytes; Prefix_Transaction 11 + hash → serialized Struct[blockIndex, tx bytes,
/// vmState] (a conflict record is Struct[blockIndex], also stored under hash ‖ signer); Prefix_CurrentBlock 12 →
/// serialized HashIndexState Struct[hash, index].
/// </summary>
public sealed partial class LedgerContract
{
    internal const byte PrefixBlock = 5;
    internal const byte PrefixBlockHash = 9;
    internal const byte PrefixTransaction = 11;
    internal const byte PrefixCurrentBlock = 12;

    private static byte[] Key(byte prefix, ReadOnlySpan<byte> key) => StorageKeys.Create(-4, prefix, key);

    private static byte[] BlockHashKey(uint index)
    {
        var be = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(be, index);
        return Key(PrefixBlockHash, be);
    }

    private static byte[] TransactionKey(UInt256 hash, UInt160? signer = null) =>
        Key(PrefixTransaction, signer is null ? hash.AsSpan() : [.. hash.AsSpan(), .. signer.AsSpan()]);

    private static Struct ReadStruct(byte[] value) => (Struct)BinarySerializer.Deserialize(value, ExecutionEngineLimits.Default);

    private static byte[] Serialize(StackItem item) => BinarySerializer.Serialize(item, ExecutionEngineLimits.Default);

    private static Struct CurrentBlock(IStoreView snapshot) =>
        ReadStruct(snapshot.TryGet(Key(PrefixCurrentBlock, [])) ?? throw new KeyNotFoundException("The Ledger has no current block."));

    /// <summary>The hash of the last persisted block.</summary>
    public static UInt256 CurrentHash(IStoreView snapshot) => new(CurrentBlock(snapshot)[0].GetSpan());

    /// <summary>The index of the last persisted block.</summary>
    public static uint CurrentIndex(IStoreView snapshot) => (uint)CurrentBlock(snapshot)[1].GetInteger();

    public static UInt256? GetBlockHash(IStoreView snapshot, uint index) =>
        snapshot.TryGet(BlockHashKey(index)) is { } value ? new UInt256(value) : null;

    public static TrimmedBlock? GetTrimmedBlock(IStoreView snapshot, UInt256 hash) =>
        snapshot.TryGet(Key(PrefixBlock, hash.AsSpan())) is { } value ? TrimmedBlock.Parse(value) : null;

    /// <summary>The state of a stored transaction; null when unknown or only a conflict record.</summary>
    public static TransactionState? GetTransactionState(IStoreView snapshot, UInt256 hash)
    {
        if (snapshot.TryGet(TransactionKey(hash)) is not { } value) return null;
        var item = ReadStruct(value);
        if (item.Count == 1) return null;
        return new TransactionState((uint)item[0].GetInteger(), Transaction.Parse(item[1].GetSpan().ToArray()), (VMState)(byte)item[2].GetInteger());
    }

    public static Transaction? GetTransaction(IStoreView snapshot, UInt256 hash) => GetTransactionState(snapshot, hash)?.Transaction;

    /// <summary>
    /// Persists a block in one go, as neo's OnPersist and PostPersist together do, with each transaction's final VM state
    /// (genesis, and tests that store blocks without executing them).
    /// </summary>
    public static void Persist(DataCache snapshot, Header header, IReadOnlyList<(Transaction Tx, VMState State)> transactions)
    {
        StoreBlock(snapshot, header, transactions);
        SetCurrentBlock(snapshot, header.Hash, header.Index);
    }

    /// <summary>
    /// neo LedgerContract.OnPersistAsync: index → hash, the trimmed block, each transaction with its VM state (neo stores
    /// NONE here; the blockchain sets the executed state afterwards, see <see cref="SetTransactionVMState"/>), and for
    /// every Conflicts attribute a conflict record under the conflicting hash and under hash ‖ signer for each signer.
    /// Records are overwritten, so a transaction replaces an earlier conflict record of its hash.
    /// </summary>
    internal static void StoreBlock(DataCache snapshot, Header header, IReadOnlyList<(Transaction Tx, VMState State)> transactions)
    {
        var hash = header.Hash;
        snapshot.Put(BlockHashKey(header.Index), hash.ToArray());
        var block = new TrimmedBlock { Header = header, Hashes = transactions.Select(t => t.Tx.Hash).ToArray() };
        snapshot.Put(Key(PrefixBlock, hash.AsSpan()), block.ToArray());
        var conflict = Serialize(new Struct([(long)header.Index]));
        foreach (var (tx, state) in transactions)
        {
            snapshot.Put(TransactionKey(tx.Hash), Serialize(new Struct([(long)header.Index, tx.ToArray(), (long)(byte)state])));
            foreach (var attribute in tx.Attributes.OfType<ConflictsAttribute>())
            {
                snapshot.Put(TransactionKey(attribute.Hash), conflict);
                foreach (var signer in tx.Signers) snapshot.Put(TransactionKey(attribute.Hash, signer.Account), conflict);
            }
        }
    }

    /// <summary>neo LedgerContract.PostPersistAsync: the block becomes the current one (HashIndexState Struct[hash, index]).</summary>
    internal static void SetCurrentBlock(DataCache snapshot, UInt256 hash, uint index) =>
        snapshot.Put(Key(PrefixCurrentBlock, []), Serialize(new Struct([hash.ToArray(), (long)index])));

    /// <summary>
    /// Records a persisted transaction's executed VM state (neo's Blockchain sets it on the state object OnPersist stored).
    /// Nothing happens when the record is missing or has become a conflict record of a later transaction in the block.
    /// </summary>
    public static void SetTransactionVMState(DataCache snapshot, UInt256 hash, VMState state)
    {
        var key = TransactionKey(hash);
        if (snapshot.TryGet(key) is not { } value) return;
        var item = ReadStruct(value);
        if (item.Count == 1) return;
        snapshot.Put(key, Serialize(new Struct([item[0], item[1], (long)(byte)state])));
    }

    /// <summary>Whether a contract may see block <paramref name="index"/>: not after the current block, and within the
    /// last MaxTraceableBlocks (Policy's stored value from Echidna, the protocol setting if none is stored).</summary>
    internal static bool IsTraceableBlock(Engine.ApplicationEngine engine, uint index)
    {
        uint maxTraceableBlocks = PolicyContract.GetMaxTraceableBlocks(engine.Snapshot, engine.Settings);
        uint current = CurrentIndex(engine.Snapshot);
        if (index > current) return false;
        return unchecked(index + maxTraceableBlocks) > current;
    }
}
