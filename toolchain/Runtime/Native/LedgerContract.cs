using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>
/// LedgerContract (id -4, reference §2.10): blocks and transactions for contracts. Every method costs 2^15 (×EFF) and
/// needs ReadStates, except getTransactionFromBlock (2^16). Only traceable blocks, and transactions in them, are
/// returned: a block after the current one or older than MaxTraceableBlocks gives Null (getTransactionHeight -1,
/// getTransactionVMState NONE).
/// </summary>
public sealed partial class LedgerContract() : NativeContract(-4, "LedgerContract")
{
    protected override IEnumerable<NativeMethod> DefineMethods() =>
    [
        new("currentHash", [], T.Hash256, 1 << 15, CallFlags.ReadStates, (e, _) => CurrentHash(e.Snapshot).ToArray()),
        new("currentIndex", [], T.Integer, 1 << 15, CallFlags.ReadStates, (e, _) => (long)CurrentIndex(e.Snapshot)),
        new("getBlock", NativeMethod.Params(("indexOrHash", T.ByteArray)), T.Array, 1 << 15, CallFlags.ReadStates,
            (e, a) => GetBlock(e, NativeArguments.Bytes(a[0], "indexOrHash"))?.ToStackItem()),
        new("getTransaction", NativeMethod.Params(("hash", T.Hash256)), T.Array, 1 << 15, CallFlags.ReadStates,
            (e, a) => TraceableState(e, a[0])?.Transaction!.ToStackItem()),
        new("getTransactionSigners", NativeMethod.Params(("hash", T.Hash256)), T.Array, 1 << 15, CallFlags.ReadStates,
            (e, a) => TraceableState(e, a[0]) is { } state
                ? new Vm.Types.Array(state.Transaction!.Signers.Select(s => (StackItem)s.ToStackItem()))
                : null),
        new("getTransactionVMState", NativeMethod.Params(("hash", T.Hash256)), T.Integer, 1 << 15, CallFlags.ReadStates,
            (e, a) => (long)(byte)(TraceableState(e, a[0])?.State ?? VMState.NONE)),
        new("getTransactionHeight", NativeMethod.Params(("hash", T.Hash256)), T.Integer, 1 << 15, CallFlags.ReadStates,
            (e, a) => TraceableState(e, a[0]) is { } state ? (long)(int)state.BlockIndex : -1L),
        new("getTransactionFromBlock", NativeMethod.Params(("blockIndexOrHash", T.ByteArray), ("txIndex", T.Integer)), T.Array,
            1 << 16, CallFlags.ReadStates,
            (e, a) => GetTransactionFromBlock(e, NativeArguments.Bytes(a[0], "blockIndexOrHash"), NativeArguments.Int32(a[1], "txIndex"))),
    ];

    /// <summary>neo OnPersistAsync: stores the block and its transactions (VM state NONE until executed).</summary>
    internal override void OnPersist(ApplicationEngine engine, Block block) =>
        StoreBlock(engine.Snapshot, block.Header, block.Transactions.Select(tx => (tx, VMState.NONE)).ToArray());

    /// <summary>neo PostPersistAsync: the block becomes the current one.</summary>
    internal override void PostPersist(ApplicationEngine engine, Block block) => SetCurrentBlock(engine.Snapshot, block.Hash, block.Index);

    /// <summary>An index (fewer than 32 bytes, read as a little-endian integer) or a 32-byte hash; longer input throws.</summary>
    private static UInt256? ResolveBlockHash(ApplicationEngine engine, byte[] indexOrHash, string name)
    {
        if (indexOrHash.Length < UInt256.Length) return GetBlockHash(engine.Snapshot, (uint)new BigInteger(indexOrHash));
        if (indexOrHash.Length == UInt256.Length) return new UInt256(indexOrHash);
        throw new ArgumentException($"Invalid {name} length: {indexOrHash.Length}", name);
    }

    private static TrimmedBlock? GetBlock(ApplicationEngine engine, byte[] indexOrHash)
    {
        var hash = ResolveBlockHash(engine, indexOrHash, "indexOrHash");
        if (hash is null) return null;
        var block = GetTrimmedBlock(engine.Snapshot, hash);
        return block is null || !IsTraceableBlock(engine, block.Index) ? null : block;
    }

    private static TransactionState? TraceableState(ApplicationEngine engine, StackItem hash)
    {
        var state = GetTransactionState(engine.Snapshot, NativeArguments.Hash256(hash, "hash"));
        return state is null || !IsTraceableBlock(engine, state.BlockIndex) ? null : state;
    }

    private static StackItem? GetTransactionFromBlock(ApplicationEngine engine, byte[] blockIndexOrHash, int txIndex)
    {
        var hash = ResolveBlockHash(engine, blockIndexOrHash, "blockIndexOrHash");
        if (hash is null) return null;
        var block = GetTrimmedBlock(engine.Snapshot, hash);
        if (block is null || !IsTraceableBlock(engine, block.Index)) return null;
        if (txIndex < 0 || txIndex >= block.Hashes.Count) throw new ArgumentOutOfRangeException(nameof(txIndex));
        return GetTransaction(engine.Snapshot, block.Hashes[txIndex])?.ToStackItem();
    }

    /// <summary>
    /// neo's NeoSystem.CreateGenesisBlock header: version 0, prevHash and merkleRoot zero, timestamp 2016-07-15 15:08:21 UTC
    /// (1468595301000 ms), nonce 2083236893 (Bitcoin's genesis nonce), index 0, primary 0, nextConsensus = the standby
    /// validators' BFT multisig address, witness {invocation: empty, verification: PUSH1}; no transactions.
    /// </summary>
    public static Header CreateGenesisHeader(ProtocolSettings settings) => new()
    {
        PrevHash = UInt256.Zero,
        MerkleRoot = UInt256.Zero,
        Timestamp = GenesisTimestamp,
        Nonce = GenesisNonce,
        Index = 0,
        PrimaryIndex = 0,
        NextConsensus = Genesis.ValidatorsAddress(settings),
        Witness = new Witness(ReadOnlyMemory<byte>.Empty, new[] { (byte)OpCode.PUSH1 }),
    };

    public const ulong GenesisTimestamp = 1_468_595_301_000;

    public const ulong GenesisNonce = 2_083_236_893;

    /// <summary>Stores the genesis block (no transactions) as block 0 and the current block.</summary>
    internal static void PersistGenesis(Storage.DataCache snapshot, ProtocolSettings settings) =>
        Persist(snapshot, CreateGenesisHeader(settings), []);
}
