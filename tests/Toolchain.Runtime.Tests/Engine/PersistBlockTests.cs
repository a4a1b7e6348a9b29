using System.Numerics;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Vm;
using static Protocol.Toolchain.Runtime.Tests.Engine.PersistSupport;

namespace Protocol.Toolchain.Runtime.Tests.Engine;

/// <summary>
/// Whole blocks through <see cref="BlockPersister"/> (neo Blockchain.Persist) on the genesis state: fees burned and paid
/// to the primary (GasToken.OnPersistAsync), the Ledger's block, transactions and VM states, the committee bonus
/// (UT_NeoToken.Check_CommitteeBonus), HALT/FAULT isolation of transactions and the executions neo records.
/// </summary>
public class PersistBlockTests
{
    private const long SystemFee = 1_00000000, NetworkFee = 50000000;
    private static readonly BigInteger InitialGas = 52_000_000_00000000;

    [Fact]
    public void A_transaction_pays_its_fees_the_primary_gets_the_network_fee_and_the_ledger_keeps_it()
    {
        var snapshot = GenesisState();
        var primary = Primary(snapshot);
        var tx = Tx(TransferScript(100), SystemFee, NetworkFee);
        var block = NextBlock(snapshot, 0, tx);
        var executed = BlockPersister.Persist(snapshot, block, Settings);

        Assert.Equal(InitialGas - SystemFee - NetworkFee - 100, Gas(snapshot, Validators));
        Assert.Equal(new BigInteger(100), Gas(snapshot, Bob));
        Assert.Equal(new BigInteger(NetworkFee), Gas(snapshot, primary));

        Assert.Equal(1u, LedgerContract.CurrentIndex(snapshot));
        Assert.Equal(block.Hash, LedgerContract.CurrentHash(snapshot));
        Assert.Equal(block.Hash, LedgerContract.GetBlockHash(snapshot, 1));
        var stored = LedgerContract.GetTrimmedBlock(snapshot, block.Hash)!;
        Assert.Equal(block.Header.ToArray(), stored.Header.ToArray());
        Assert.Equal([tx.Hash], stored.Hashes);
        var state = LedgerContract.GetTransactionState(snapshot, tx.Hash)!;
        Assert.Equal((1u, VMState.HALT), (state.BlockIndex, state.State));
        Assert.Equal(tx.ToArray(), state.Transaction!.ToArray());

        // OnPersist, the transaction, PostPersist, as neo's ApplicationExecuted list.
        Assert.Equal([TriggerType.OnPersist, TriggerType.Application, TriggerType.PostPersist], executed.Select(e => e.Trigger));
        Assert.All(executed, e => Assert.Equal(VMState.HALT, e.VMState));
        Assert.Equal([null, tx, null], executed.Select(e => e.Transaction));
        var onPersist = executed[0].Notifications;
        Assert.Equal(2, onPersist.Count); // burn (sender → null), mint (null → primary)
        Assert.Equal(Validators.ToArray(), onPersist[0].State[0].GetSpan().ToArray());
        Assert.True(onPersist[0].State[1].IsNull);
        Assert.Equal(SystemFee + NetworkFee, (long)onPersist[0].State[2].GetInteger());
        Assert.True(onPersist[1].State[0].IsNull);
        Assert.Equal(primary.ToArray(), onPersist[1].State[1].GetSpan().ToArray());
        Assert.Equal(NetworkFee, (long)onPersist[1].State[2].GetInteger());
        Assert.Equal(0, executed[0].GasConsumed);
        Assert.InRange(executed[1].GasConsumed, 1, SystemFee);
        Assert.True(executed[1].Stack[0].GetBoolean());
        Assert.Equal("Transfer", Assert.Single(executed[1].Notifications).EventName);
    }

    [Fact]
    public void The_committee_member_in_turn_gets_half_a_gas_per_block()
    {
        // UT_NeoToken.Check_CommitteeBonus: block 0 (genesis) paid committee[0], block 1 pays committee[1]; committee[2] nothing.
        var snapshot = GenesisState();
        var executed = PersistNext(snapshot);
        Assert.Equal(new BigInteger(50000000), Gas(snapshot, Account(Standby[1])));
        Assert.Equal(BigInteger.Zero, Gas(snapshot, Account(Standby[2])));
        Assert.Equal(new BigInteger(50000000), Gas(snapshot, Account(Standby[0])));
        var bonus = Assert.Single(executed[^1].Notifications);
        Assert.Equal((NativeContracts.Gas.Hash, "Transfer"), (bonus.ScriptHash, bonus.EventName));
        Assert.Equal(Account(Standby[1]).ToArray(), bonus.State[1].GetSpan().ToArray());
        Assert.Empty(executed[0].Notifications); // no transactions: nothing burned, a zero network fee is not minted
        Assert.Equal(InitialGas + 2 * 50000000, NativeContracts.Gas.TotalSupply(snapshot));
    }

    [Fact]
    public void A_faulted_transaction_keeps_nothing_but_its_fees_are_burned()
    {
        var snapshot = GenesisState();
        var faulted = Tx(TransferScript(100, abort: true), SystemFee, NetworkFee, nonce: 1);
        var outOfGas = Tx(TransferScript(100), 1000, NetworkFee, nonce: 2);
        var halted = Tx(TransferScript(7), SystemFee, NetworkFee, nonce: 3);
        var executed = PersistNext(snapshot, faulted, outOfGas, halted);

        Assert.Equal(InitialGas - 3 * (SystemFee + NetworkFee) + SystemFee - 1000 - 7, Gas(snapshot, Validators));
        Assert.Equal(new BigInteger(7), Gas(snapshot, Bob)); // only the halted transfer stays
        Assert.Equal(new BigInteger(3 * NetworkFee), Gas(snapshot, Primary(snapshot)));
        Assert.Equal(VMState.FAULT, LedgerContract.GetTransactionState(snapshot, faulted.Hash)!.State);
        Assert.Equal(VMState.FAULT, LedgerContract.GetTransactionState(snapshot, outOfGas.Hash)!.State);
        Assert.Equal(VMState.HALT, LedgerContract.GetTransactionState(snapshot, halted.Hash)!.State);

        Assert.Equal([VMState.HALT, VMState.FAULT, VMState.FAULT, VMState.HALT, VMState.HALT], executed.Select(e => e.VMState));
        Assert.Empty(executed[1].Notifications); // the faulted transaction's Transfer is dropped
        Assert.NotNull(executed[1].Exception);
        Assert.Equal("Insufficient GAS.", executed[2].Exception!.Message);
        Assert.True(executed[2].GasConsumed > 1000); // as neo, the instruction that ran out is counted
        Assert.Equal(3, executed[0].Notifications.Count(n => n.State[1].IsNull)); // three burns
    }

    [Fact]
    public void The_network_fee_goes_to_the_validator_at_the_primary_index()
    {
        var snapshot = GenesisState();
        var tx = Tx(new[] { (byte)OpCode.PUSH1 }, 0, NetworkFee);
        BlockPersister.Persist(snapshot, NextBlock(snapshot, 3, tx), Settings);
        // Sorted validator 3 is committee[0], which also holds block 0's 0.5 GAS committee bonus from genesis.
        Assert.Equal(Account(Standby[0]), Primary(snapshot, 3));
        Assert.Equal(new BigInteger(NetworkFee + 50000000), Gas(snapshot, Primary(snapshot, 3)));
        Assert.Equal(BigInteger.Zero, Gas(snapshot, Primary(snapshot, 0)));
    }

    [Fact]
    public void A_sender_that_cannot_pay_faults_OnPersist_and_nothing_is_persisted()
    {
        var snapshot = GenesisState();
        var tx = Tx(new[] { (byte)OpCode.PUSH1 }, SystemFee, 0, sender: Bob);
        var error = Assert.Throws<InvalidOperationException>(() => PersistNext(snapshot, tx));
        Assert.StartsWith("OnPersist of block 1 FAULTed", error.Message);
        Assert.Equal(0u, LedgerContract.CurrentIndex(snapshot));
        Assert.Null(LedgerContract.GetBlockHash(snapshot, 1));
        Assert.Null(LedgerContract.GetTransactionState(snapshot, tx.Hash));
    }

    [Fact]
    public void Later_transactions_see_earlier_writes_but_the_persisting_block_is_not_yet_traceable()
    {
        var snapshot = GenesisState();
        var first = Tx(TransferScript(5), SystemFee, 0, nonce: 1);
        byte[] script =
        [
            .. EngineRun.DynamicCall(GasHash, "balanceOf", CallFlags.All, Bob),
            .. EngineRun.DynamicCall(NativeContracts.Ledger.Hash, "getTransactionVMState", CallFlags.All, first.Hash.ToArray()),
            .. EngineRun.DynamicCall(NativeContracts.Ledger.Hash, "currentIndex", CallFlags.All),
        ];
        var executed = PersistNext(snapshot, first, Tx(script, SystemFee, 0, nonce: 2));
        var stack = executed[2].Stack; // bottom first
        Assert.Equal(5, (int)stack[0].GetInteger());                  // the first transaction's transfer is visible
        Assert.Equal((int)VMState.NONE, (int)stack[1].GetInteger());  // block 1 is after the Ledger's current block (0)
        Assert.Equal(0, (int)stack[2].GetInteger());                  // the Ledger moves on in PostPersist
        Assert.Equal(VMState.HALT, LedgerContract.GetTransactionState(snapshot, first.Hash)!.State);
    }
}
