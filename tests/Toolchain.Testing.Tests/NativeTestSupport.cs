using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Storage;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>
/// Helpers for native-contract tests: well-known accounts (devpack README "How to replay a test" point 4), persisting
/// extra blocks with chosen transactions and VM states into a test engine's chain without executing them (the test engine
/// itself persists blocks by running them when it advances, see BlockPersistTests), and running a script under a
/// transaction of our choosing (attributes, signers) on the engine's state.
/// </summary>
internal static class NativeTestSupport
{
    public static readonly UInt160 Alice = UInt160.Parse("0x0102030405060708090a0102030405060708090a");
    public static readonly UInt160 Bob = UInt160.Parse("0x0a0b0c0d0e0f101112131415161718191a1b1c1d");
    public static readonly UInt160 Validators = UInt160.Parse("0x9f8f056a53e39585c7bb52886418c7bed83d126b");
    public static readonly UInt160 Committee = UInt160.Parse("0xdb92d773a2105bdd96f2e1859a54353a7f9ed75b");

    public static TestEngine EngineSignedBy(UInt160 account, ProtocolSettings? settings = null) =>
        new(settings) { Signers = [new Signer(account, WitnessScope.CalledByEntry)] };

    public static Transaction Tx(byte[] script, params Signer[] signers) =>
        new()
        {
            Nonce = 7, SystemFee = 1, NetworkFee = 2, ValidUntilBlock = 99, Signers = signers, Script = script,
            Witnesses = signers.Select(_ => Witness.Empty).ToArray(),
        };

    /// <summary>
    /// Persists block <paramref name="index"/> (prev = the stored block index − 1, merkle root of the transactions,
    /// timestamp genesis + 15 s × index) with the given transactions and VM states; it becomes the Ledger's current block.
    /// </summary>
    public static Header PersistBlock(TestEngine engine, uint index, params (Transaction Tx, VMState State)[] transactions)
    {
        var store = (MemoryStore)engine.Checkpoint();
        var cache = new DataCache(store);
        var header = new Header
        {
            PrevHash = index == 0 ? UInt256.Zero : LedgerContract.GetBlockHash(cache, index - 1) ?? UInt256.Zero,
            MerkleRoot = TrimmedBlock.ComputeMerkleRoot(transactions.Select(t => t.Tx.Hash).ToList()),
            Timestamp = LedgerContract.GenesisTimestamp + 15_000UL * index,
            Nonce = 1,
            Index = index,
            NextConsensus = Validators,
            Witness = Witness.Empty,
        };
        LedgerContract.Persist(cache, header, transactions);
        cache.Commit();
        engine.Restore(store);
        return header;
    }

    /// <summary>
    /// Runs <paramref name="tx"/>'s script on the engine's state in the engine's current block; on HALT its writes are
    /// kept (the engine is restored to the new state).
    /// </summary>
    public static ApplicationEngine Run(TestEngine engine, Transaction tx) => Run(engine, tx, tx.Script.ToArray());

    /// <summary>Runs <paramref name="script"/> with <paramref name="tx"/> as the script container (e.g. a verification).</summary>
    public static ApplicationEngine Run(TestEngine engine, Transaction tx, byte[] script)
    {
        var store = (MemoryStore)engine.Checkpoint();
        var snapshot = new DataCache(store);
        var app = new ApplicationEngine(TriggerType.Application, tx, snapshot, engine.Settings, engine.GasLimit, engine.Fees,
            new BlockInfo(engine.BlockIndex, engine.Timestamp, engine.BlockNonce));
        app.LoadScript(new Script(script));
        if (app.Execute() == VMState.HALT)
        {
            snapshot.Commit();
            engine.Restore(store);
        }
        return app;
    }

    public static byte[] CallScript(UInt160 contract, string method, params StackItem[] args) =>
        CallScripts.DynamicCall(contract, method, CallFlags.All, args);
}
