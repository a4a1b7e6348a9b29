using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Runtime.Payloads.Attributes;
using Protocol.Toolchain.Vm.Types;
using static Protocol.Toolchain.Testing.Tests.NativeTestSupport;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>Notary and Treasury (reference §2.10; neo Native/Notary.cs, Treasury.cs): deposits, locks, withdrawal, verify.</summary>
public class NotaryTreasuryTests
{
    private static readonly UInt160 Notary = NativeContracts.Notary.Hash;
    private static readonly UInt160 Treasury = NativeContracts.Treasury.Hash;
    private static readonly UInt160 Gas = NativeContracts.Gas.Hash;

    private static TestEngine Depositor() => EngineSignedBy(Validators); // holds the 52M GAS of genesis

    private static object?[] DepositData(UInt160? to, long till) => [to, till];

    [Fact]
    public void Ids_hashes_standards_and_methods_are_neos()
    {
        Assert.Equal((-10, "0xc1e14f19c3e60d0b9244d06dd7ba9b113135ec3b"), (NativeContracts.Notary.Id, Notary.ToString()));
        Assert.Equal((-11, "0x156326f25b1b5d839a4d326aeaa75383c9563ac1"), (NativeContracts.Treasury.Id, Treasury.ToString()));
        var notary = NativeContracts.Notary.State.Manifest;
        Assert.Equal(["NEP-27", "NEP-30"], notary.SupportedStandards);
        Assert.Equal(["balanceOf", "expirationOf", "getMaxNotValidBeforeDelta", "lockDepositUntil", "onNEP17Payment",
            "setMaxNotValidBeforeDelta", "verify", "withdraw"], notary.Abi.Methods.Select(m => m.Name));
        var treasury = NativeContracts.Treasury.State.Manifest;
        Assert.Equal(["NEP-26", "NEP-27", "NEP-30"], treasury.SupportedStandards);
        Assert.Equal(["onNEP11Payment", "onNEP17Payment", "verify"], treasury.Abi.Methods.Select(m => m.Name));
        Assert.All(treasury.Abi.Methods, m => Assert.True(m.Safe));
    }

    [Fact]
    public void Notary_read_methods_start_from_genesis_defaults()
    {
        var engine = new TestEngine();
        Assert.Equal(140, engine.Call<int>(Notary, "getMaxNotValidBeforeDelta"));
        Assert.Equal(1_967_100, engine.LastFeeConsumed);
        Assert.Equal(0, engine.Call<int>(Notary, "balanceOf", Alice));
        Assert.Equal(0, engine.Call<int>(Notary, "expirationOf", Alice));
    }

    [Fact]
    public void A_gas_payment_becomes_a_deposit_with_neos_till_rules()
    {
        var engine = Depositor();
        Assert.True(engine.Call<bool>(Gas, "transfer", Validators, Notary, 1_00000000, DepositData(null, 100)));
        Assert.Equal(new BigInteger(1_00000000), engine.Call<BigInteger>(Notary, "balanceOf", Validators));
        Assert.Equal(100, engine.Call<int>(Notary, "expirationOf", Validators)); // the sender may choose till
        Assert.True(engine.Call<bool>(Gas, "transfer", Validators, Notary, 5, DepositData(null, 120)));
        Assert.Equal((100_000_005, 120), (engine.Call<int>(Notary, "balanceOf", Validators), engine.Call<int>(Notary, "expirationOf", Validators)));
        TestEngine.AssertFault(() => engine.Invoke(Gas, "transfer", Validators, Notary, 5, DepositData(null, 110)),
            "`till` shouldn't be less than the previous value 120");

        // For someone else: till = current height + 5760 whatever was asked.
        Assert.True(engine.Call<bool>(Gas, "transfer", Validators, Notary, 50_000_000, DepositData(Bob, 100)));
        Assert.Equal((50_000_000, 5760), (engine.Call<int>(Notary, "balanceOf", Bob), engine.Call<int>(Notary, "expirationOf", Bob)));
    }

    [Fact]
    public void Deposits_are_refused_like_neo()
    {
        var engine = Depositor();
        TestEngine.AssertFault(() => engine.Invoke(Gas, "transfer", Validators, Notary, 1000, DepositData(null, 100)),
            "first deposit can not be less than 20000000, got 1000");
        TestEngine.AssertFault(() => engine.Invoke(Gas, "transfer", Validators, Notary, 1_00000000, DepositData(null, 1)),
            "`till` shouldn't be less than the chain's height 1 + 1");
        TestEngine.AssertFault(() => engine.Invoke(Gas, "transfer", Validators, Notary, 1_00000000, 5),
            "`data` parameter should be an array of 2 elements");
        TestEngine.AssertFault(() => engine.Invoke(Notary, "onNEP17Payment", Validators, 1_00000000, DepositData(null, 100)),
            "only GAS can be accepted for deposit, got 0x");
    }

    [Fact]
    public void LockDepositUntil_needs_the_witness_and_a_later_height()
    {
        var engine = Depositor();
        engine.Invoke(Gas, "transfer", Validators, Notary, 1_00000000, DepositData(null, 100));
        Assert.True(engine.Call<bool>(Notary, "lockDepositUntil", Validators, 200));
        Assert.Equal(200, engine.Call<int>(Notary, "expirationOf", Validators));
        Assert.False(engine.Call<bool>(Notary, "lockDepositUntil", Validators, 150)); // earlier than the current lock
        Assert.False(engine.Call<bool>(Notary, "lockDepositUntil", Validators, 1));   // below height + 2
        Assert.False(engine.Call<bool>(Notary, "lockDepositUntil", Bob, 300));        // no deposit
        engine.Signers = [new Signer(Alice, WitnessScope.CalledByEntry)];
        Assert.False(engine.Call<bool>(Notary, "lockDepositUntil", Validators, 300)); // no witness
    }

    [Fact]
    public void Withdraw_pays_out_after_the_lock_height()
    {
        var engine = Depositor();
        engine.Invoke(Gas, "transfer", Validators, Notary, 1_00000000, DepositData(null, 2));
        Assert.False(engine.Call<bool>(Notary, "withdraw", Validators, Bob)); // height 0 < till 2
        PersistBlock(engine, 1);
        PersistBlock(engine, 2);
        Assert.True(engine.Call<bool>(Notary, "withdraw", Validators, Bob));
        var transfer = Assert.Single(engine.LastNotifications);
        Assert.Equal((Gas, "Transfer"), (transfer.ScriptHash, transfer.EventName));
        Assert.Equal(Notary.ToArray(), transfer.State[0].GetSpan().ToArray());
        Assert.Equal(Bob.ToArray(), transfer.State[1].GetSpan().ToArray());
        Assert.Equal(new BigInteger(1_00000000), NativeContracts.Gas.BalanceOf(engine.State, Bob));
        Assert.Equal(0, engine.Call<int>(Notary, "balanceOf", Validators));
        Assert.False(engine.Call<bool>(Notary, "withdraw", Validators, null)); // nothing left
    }

    [Fact]
    public void SetMaxNotValidBeforeDelta_is_bounded_and_committee_only()
    {
        var engine = EngineSignedBy(Committee);
        engine.Invoke(Notary, "setMaxNotValidBeforeDelta", 100);
        Assert.Equal(100, engine.Call<int>(Notary, "getMaxNotValidBeforeDelta"));
        const string Bounds = "MaxNotValidBeforeDelta cannot be more than 2880 or less than 7";
        TestEngine.AssertFault(() => engine.Invoke(Notary, "setMaxNotValidBeforeDelta", 6), Bounds);
        TestEngine.AssertFault(() => engine.Invoke(Notary, "setMaxNotValidBeforeDelta", 2881), Bounds);
        engine.Signers = [new Signer(Alice, WitnessScope.CalledByEntry)];
        TestEngine.AssertFault(() => engine.Invoke(Notary, "setMaxNotValidBeforeDelta", 100), "Invalid committee signature.");
    }

    [Fact]
    public void Verify_accepts_a_notary_node_signature_on_a_notary_assisted_transaction()
    {
        var key = new KeyPair(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var engine = EngineSignedBy(Committee);
        engine.Invoke(NativeContracts.RoleManagement.Hash, "designateAsRole", (int)Role.P2PNotary, new[] { key.PublicKey });
        PersistBlock(engine, 1); // the designation (for block 2) is in force for current + 1
        var tx = new Transaction
        {
            Signers = [new Signer(Alice, WitnessScope.CalledByEntry), new Signer(Notary, WitnessScope.None)],
            Attributes = [new NotaryAssistedAttribute(1)], Script = new byte[] { 0x40 }, Witnesses = [Witness.Empty, Witness.Empty],
        };
        var signature = key.Sign(tx.GetSignData(engine.Settings.Network));
        bool Verify(Transaction container, byte[] sig) =>
            Run(engine, container, CallScript(Notary, "verify", sig)).ResultStack[0].GetBoolean();
        Assert.True(Verify(tx, signature));
        Assert.False(Verify(tx, new byte[64]));
        Assert.False(Verify(tx, signature[..63]));
        var unassisted = new Transaction { Signers = tx.Signers, Script = tx.Script, Witnesses = tx.Witnesses };
        Assert.False(Verify(unassisted, key.Sign(unassisted.GetSignData(engine.Settings.Network))));
        var scoped = new Transaction
        {
            Signers = [new Signer(Alice, WitnessScope.None), new Signer(Notary, WitnessScope.CalledByEntry)],
            Attributes = tx.Attributes, Script = tx.Script, Witnesses = tx.Witnesses,
        };
        Assert.False(Verify(scoped, key.Sign(scoped.GetSignData(engine.Settings.Network)))); // the Notary signer must have scope None
        Assert.False(engine.Call<bool>(Notary, "verify", signature)); // the test engine's transaction is not notary-assisted
    }

    [Fact]
    public void Treasury_accepts_payments_and_verifies_the_committee()
    {
        var engine = Depositor();
        Assert.True(engine.Call<bool>(Gas, "transfer", Validators, Treasury, 7, null));
        Assert.Equal(new BigInteger(7), NativeContracts.Gas.BalanceOf(engine.State, Treasury));
        Assert.True(engine.Call<StackItem>(Treasury, "onNEP11Payment", Alice, 1, new byte[] { 1 }, null).IsNull);
        // PUSHNULL 1, PUSHDATA1 8, PUSH1 1, PUSHDATA1 8, PUSH4 1, PACK 2048, PUSH15 1, PUSHDATA1 ×2 16, SYSCALL 32768, PUSH0 1, 2^5.
        Assert.Equal(34_885 * 30, engine.LastFeeConsumed);
        TestEngine.AssertFault(() => engine.Invoke(Treasury, "onNEP11Payment", Alice, 1, null, null), "The argument `tokenId` can't be null.");
        Assert.False(engine.Call<bool>(Treasury, "verify"));
        engine.Signers = [new Signer(Committee, WitnessScope.CalledByEntry)];
        Assert.True(engine.Call<bool>(Treasury, "verify"));
        Assert.Equal(32_834 * 30, engine.LastFeeConsumed); // NEWARRAY0 16, PUSH15 1, 16, SYSCALL 32768, PUSH0 1, 2^5
    }
}
