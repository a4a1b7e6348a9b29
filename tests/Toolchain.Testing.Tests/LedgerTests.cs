using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Vm;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Testing.Tests.NativeTestSupport;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>LedgerContract (reference §2.10): the genesis block, block and transaction queries, traceability and fees.</summary>
public class LedgerTests
{
    private static readonly UInt160 Ledger = NativeContracts.Ledger.Hash;

    // neo tests/Neo.UnitTests/SmartContract/UT_InteropService.cs TestGetBlockHash: the genesis hash under TestProtocolSettings
    // (mainnet magic, the 21 mainnet standby keys, 7 validators) — the same header facts as mainnet's, whose genesis block
    // carries this hash.
    private const string MainNetGenesisHash = "0x1f4d1defa46faa5e7b9b8d3f79a06bec777d7c26c4aa5f6f5899a291daa87c15";

    [Fact]
    public void Id_and_hash_are_the_published_ones()
    {
        Assert.Equal(-4, NativeContracts.Ledger.Id);
        Assert.Equal("0xda65b600f7124ce6c79950c1772a36403104f2be", Ledger.ToString());
        var methods = NativeContracts.Ledger.State.Manifest.Abi.Methods;
        Assert.Equal(["currentHash", "currentIndex", "getBlock", "getTransaction", "getTransactionFromBlock", "getTransactionHeight",
            "getTransactionSigners", "getTransactionVMState"], methods.Select(m => m.Name));
        Assert.All(methods, m => Assert.True(m.Safe));
    }

    [Fact]
    public void Genesis_block_has_neos_header_and_the_mainnet_hash()
    {
        var header = LedgerContract.CreateGenesisHeader(ProtocolSettings.Default);
        Assert.Equal(0u, header.Version);
        Assert.Equal(UInt256.Zero, header.PrevHash);
        Assert.Equal(UInt256.Zero, header.MerkleRoot);
        Assert.Equal(1_468_595_301_000UL, header.Timestamp);
        Assert.Equal(2_083_236_893UL, header.Nonce);
        Assert.Equal(0u, header.Index);
        Assert.Equal(0, header.PrimaryIndex);
        Assert.Equal(Validators, header.NextConsensus);
        Assert.Empty(header.Witness.InvocationScript.ToArray());
        Assert.Equal(new byte[] { 0x11 }, header.Witness.VerificationScript.ToArray()); // PUSH1
        Assert.Equal(MainNetGenesisHash, header.Hash.ToString());
        Assert.Equal(113, header.Size); // 109 unsigned bytes + 1 (witness count) + witness (1 + 0 + 1 + 1)
    }

    [Fact]
    public void The_test_engine_chain_holds_the_genesis_block_as_current()
    {
        var engine = new TestEngine();
        Assert.Equal(MainNetGenesisHash, engine.Call<UInt256>(Ledger, "currentHash").ToString());
        Assert.Equal(0, engine.Call<int>(Ledger, "currentIndex"));
        // NEWARRAY0 16, PUSH15 1, PUSHDATA1 ×2 16, SYSCALL Call 32768; stub PUSH0 1; CpuFee 2^15: 65570 × 30.
        Assert.Equal(1_967_100, engine.LastFeeConsumed);
        Assert.Equal(MainNetGenesisHash, LedgerContract.CurrentHash(engine.State).ToString());
    }

    [Fact]
    public void GetBlock_by_index_or_hash_returns_the_trimmed_block_array()
    {
        var engine = new TestEngine();
        var block = engine.Call<Vm.Types.Array>(Ledger, "getBlock", 0);
        // PUSH0 1, PUSH1 1, PACK 2048, PUSH15 1, PUSHDATA1 ×2 16, SYSCALL 32768, PUSH0 1, CpuFee 32768: 67604 × 30.
        Assert.Equal(2_028_120, engine.LastFeeConsumed);
        Assert.Equal(10, block.Count);
        Assert.Equal(MainNetGenesisHash, new UInt256(block[0].GetSpan()).ToString());
        Assert.Equal(BigInteger.Zero, block[1].GetInteger());                       // version
        Assert.Equal(UInt256.Zero.ToArray(), block[2].GetSpan().ToArray());         // prevHash
        Assert.Equal(UInt256.Zero.ToArray(), block[3].GetSpan().ToArray());         // merkleRoot
        Assert.Equal(new BigInteger(1_468_595_301_000), block[4].GetInteger());     // timestamp
        Assert.Equal(new BigInteger(2_083_236_893), block[5].GetInteger());         // nonce
        Assert.Equal(BigInteger.Zero, block[6].GetInteger());                       // index
        Assert.Equal(BigInteger.Zero, block[7].GetInteger());                       // primaryIndex
        Assert.Equal(Validators.ToArray(), block[8].GetSpan().ToArray());           // nextConsensus
        Assert.Equal(BigInteger.Zero, block[9].GetInteger());                       // transactions
        var byHash = engine.Call<Vm.Types.Array>(Ledger, "getBlock", UInt256.Parse(MainNetGenesisHash));
        Assert.Equal(block[0].GetSpan().ToArray(), byHash[0].GetSpan().ToArray());
        Assert.True(engine.Call<StackItem>(Ledger, "getBlock", 1).IsNull); // not persisted
    }

    [Fact]
    public void GetBlock_rejects_what_neo_rejects()
    {
        var engine = new TestEngine();
        TestEngine.AssertFault(() => engine.Invoke(Ledger, "getBlock", new byte[33]), "Invalid indexOrHash length: 33");
        TestEngine.AssertFault(() => engine.Invoke(Ledger, "getBlock", (object?)null), "The argument `indexOrHash` can't be null.");
        TestEngine.AssertFault(() => engine.Invoke(Ledger, "getBlock", -1), "overflow"); // (uint)BigInteger
        TestEngine.AssertFault(() => engine.Invoke(Ledger, "getTransactionFromBlock", new byte[40], 0), "Invalid blockIndexOrHash length: 40");
    }

    [Fact]
    public void Persisted_transactions_are_queryable_with_neos_stack_item_shapes()
    {
        var engine = new TestEngine();
        var signer = new Signer(Alice, WitnessScope.CustomContracts, allowedContracts: [Ledger]);
        var tx = Tx([0x40], signer);
        var stub = UInt256.Parse("0x" + new string('a', 64));
        var conflicting = new Transaction
        {
            Nonce = 8, Signers = [new Signer(Bob, WitnessScope.None)], Script = new byte[] { 0x41 }, Attributes = [new ConflictsAttribute(stub)],
            Witnesses = [Witness.Empty],
        };
        var header = PersistBlock(engine, 1, (tx, VMState.HALT), (conflicting, VMState.FAULT));
        Assert.Equal(MainNetGenesisHash, header.PrevHash.ToString());
        engine.AdvanceBlocks(1); // calls now run in block 2, as the chain would
        Assert.Equal(1, engine.Call<int>(Ledger, "currentIndex"));

        var item = engine.Call<Vm.Types.Array>(Ledger, "getTransaction", tx.Hash);
        Assert.Equal(8, item.Count);
        Assert.Equal(tx.Hash.ToArray(), item[0].GetSpan().ToArray());
        Assert.Equal(new BigInteger[] { 0, 7 }, new[] { item[1].GetInteger(), item[2].GetInteger() }); // version, nonce
        Assert.Equal(Alice.ToArray(), item[3].GetSpan().ToArray());                                     // sender
        Assert.Equal(new BigInteger[] { 1, 2, 99 }, new[] { item[4].GetInteger(), item[5].GetInteger(), item[6].GetInteger() });
        Assert.Equal(new byte[] { 0x40 }, item[7].GetSpan().ToArray());

        Assert.Equal(1, engine.Call<int>(Ledger, "getTransactionHeight", tx.Hash));
        Assert.Equal((int)VMState.HALT, engine.Call<int>(Ledger, "getTransactionVMState", tx.Hash));
        Assert.Equal((int)VMState.FAULT, engine.Call<int>(Ledger, "getTransactionVMState", conflicting.Hash));
        var signers = engine.Call<Vm.Types.Array>(Ledger, "getTransactionSigners", tx.Hash);
        var first = (Vm.Types.Array)Assert.Single(signers);
        Assert.Equal(Alice.ToArray(), first[0].GetSpan().ToArray());
        Assert.Equal(0x10, (int)first[1].GetInteger());
        Assert.Equal(Ledger.ToArray(), ((Vm.Types.Array)first[2])[0].GetSpan().ToArray());

        var fromBlock = engine.Call<Vm.Types.Array>(Ledger, "getTransactionFromBlock", 1, 1);
        Assert.Equal(conflicting.Hash.ToArray(), fromBlock[0].GetSpan().ToArray());
        Assert.Equal(tx.Hash.ToArray(), engine.Call<Vm.Types.Array>(Ledger, "getTransactionFromBlock", header.Hash, 0)[0].GetSpan().ToArray());
        TestEngine.AssertFault(() => engine.Invoke(Ledger, "getTransactionFromBlock", 1, 2), "(Parameter 'txIndex')");
        TestEngine.AssertFault(() => engine.Invoke(Ledger, "getTransactionFromBlock", 1, -1), "(Parameter 'txIndex')");
        Assert.True(engine.Call<StackItem>(Ledger, "getTransactionFromBlock", 5, 0).IsNull);

        // A conflict record is not a transaction.
        Assert.True(engine.Call<StackItem>(Ledger, "getTransaction", stub).IsNull);
        Assert.Equal(-1, engine.Call<int>(Ledger, "getTransactionHeight", stub));
        Assert.Equal(0, engine.Call<int>(Ledger, "getTransactionVMState", stub));
        Assert.True(engine.Call<StackItem>(Ledger, "getTransactionSigners", stub).IsNull);
    }

    [Fact]
    public void GetTransactionFromBlock_costs_2_to_the_16()
    {
        var engine = new TestEngine();
        PersistBlock(engine, 1, (Tx([0x40], new Signer(Alice, WitnessScope.None)), VMState.HALT));
        engine.Call<StackItem>(Ledger, "getTransactionFromBlock", 1, 0);
        // PUSH0 1, PUSH1 1, PUSH2 1, PACK 2048, PUSH15 1, PUSHDATA1 ×2 16, SYSCALL 32768, PUSH0 1, CpuFee 65536: 100373 × 30.
        Assert.Equal(100_373 * 30, engine.LastFeeConsumed);
    }

    [Fact]
    public void Blocks_older_than_MaxTraceableBlocks_are_hidden()
    {
        var engine = new TestEngine(ProtocolSettings.Default with { MaxTraceableBlocks = 2 });
        var tx = Tx([0x40], new Signer(Alice, WitnessScope.None));
        PersistBlock(engine, 1, (tx, VMState.HALT));
        PersistBlock(engine, 2);
        Assert.False(engine.Call<StackItem>(Ledger, "getBlock", 1).IsNull);   // 1 + 2 > 2
        Assert.Equal(1, engine.Call<int>(Ledger, "getTransactionHeight", tx.Hash));
        PersistBlock(engine, 3);
        Assert.True(engine.Call<StackItem>(Ledger, "getBlock", 1).IsNull);    // 1 + 2 = 3, not traceable
        Assert.True(engine.Call<StackItem>(Ledger, "getBlock", 0).IsNull);
        Assert.False(engine.Call<StackItem>(Ledger, "getBlock", 2).IsNull);
        Assert.True(engine.Call<StackItem>(Ledger, "getTransaction", tx.Hash).IsNull);
        Assert.Equal(-1, engine.Call<int>(Ledger, "getTransactionHeight", tx.Hash));
        Assert.Equal(0, engine.Call<int>(Ledger, "getTransactionVMState", tx.Hash));
        Assert.True(engine.Call<StackItem>(Ledger, "getTransactionFromBlock", 1, 0).IsNull);
        Assert.NotNull(LedgerContract.GetTransaction(engine.State, tx.Hash)); // still stored
    }
}
