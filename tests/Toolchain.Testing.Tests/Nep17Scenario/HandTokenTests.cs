using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Xunit.Abstractions;
using static Protocol.Toolchain.Testing.Tests.Nep17Scenario.Nep17Chain;

namespace Protocol.Toolchain.Testing.Tests.Nep17Scenario;

/// <summary>The hand-assembled NEP-17 token against reference §2.12: deploy, safe methods, every transfer rule, receivers.</summary>
public class HandTokenTests(ITestOutputHelper output)
{
    private static readonly BigInteger Supply = HandToken.InitialSupply;
    private readonly Nep17Chain _chain = Instance;

    [Fact]
    public void Deploy_mints_the_supply_to_the_owner_with_a_Transfer_from_null()
    {
        var n = _chain.TokenDeployNotifications;
        Assert.Equal(2, n.Count); // _deploy's Transfer, then ContractManagement's Deploy
        AssertTransfer(n[0], _chain.Token, null, Alice, Supply);
        Assert.Equal(("Deploy", NativeContracts.ContractManagement.Hash), (n[1].EventName, n[1].ScriptHash));
        Assert.Equal(_chain.Token.ToArray(), n[1].State[0].GetSpan().ToArray());
        var manifest = ContractManagement.GetContract(_chain.Fresh().State, _chain.Token)!.Manifest;
        Assert.Contains("NEP-17", manifest.SupportedStandards);
        Assert.Contains("\"permissions\":[{\"contract\":\"*\",\"methods\":[\"onNEP17Payment\"]}]", manifest.ToJson());
        output.WriteLine($"deploy HandToken (10 GAS minimum deployment fee + _deploy): {_chain.TokenDeployFee} datoshi");
    }

    [Fact]
    public void Safe_methods_report_symbol_decimals_supply_and_balances()
    {
        var engine = _chain.Fresh();
        Assert.Equal("HAND", engine.Call<string>(_chain.Token, "symbol"));
        output.WriteLine($"symbol: {engine.LastFeeConsumed}");
        Assert.Equal(8, engine.Call<int>(_chain.Token, "decimals"));
        output.WriteLine($"decimals: {engine.LastFeeConsumed}");
        Assert.Equal(Supply, engine.Call<BigInteger>(_chain.Token, "totalSupply"));
        output.WriteLine($"totalSupply: {engine.LastFeeConsumed}");
        Assert.Equal(Supply, Balance(engine, Alice));
        output.WriteLine($"balanceOf(Alice): {engine.LastFeeConsumed}");
        Assert.Equal(BigInteger.Zero, Balance(engine, Bob));
        output.WriteLine($"balanceOf(Bob), no key: {engine.LastFeeConsumed}");
        TestEngine.AssertFault(() => engine.Invoke(_chain.Token, "balanceOf", new byte[19]), "The argument \"account\" is invalid.");
    }

    [Fact]
    public void Transfer_to_an_account_moves_the_balance_notifies_and_returns_true()
    {
        var engine = _chain.Fresh();
        Assert.True(engine.Call<bool>(_chain.Token, "transfer", Alice, Bob, 100_00000000L, null));
        output.WriteLine($"transfer Alice → Bob 100 HAND: {engine.LastFeeConsumed} datoshi");
        AssertTransfer(Assert.Single(engine.LastNotifications), _chain.Token, Alice, Bob, 100_00000000);
        Assert.Equal(HandTokenFees.TransferToNewAccount, engine.LastFeeConsumed);
        Assert.Equal(Supply - 100_00000000, Balance(engine, Alice));
        Assert.Equal(100_00000000, Balance(engine, Bob));
        Assert.Equal(Supply, engine.Call<BigInteger>(_chain.Token, "totalSupply"));
    }

    [Fact]
    public void Transfer_without_witness_or_balance_returns_false_and_changes_nothing()
    {
        var engine = _chain.Fresh();
        engine.Signers = [new Signer(Bob, WitnessScope.CalledByEntry)];
        Assert.False(engine.Call<bool>(_chain.Token, "transfer", Alice, Bob, 1L, null)); // Bob can't spend Alice's
        Assert.Empty(engine.LastNotifications);
        output.WriteLine($"transfer without witness: {engine.LastFeeConsumed}");
        Assert.False(engine.Call<bool>(_chain.Token, "transfer", Bob, Alice, 1L, null)); // Bob has nothing
        Assert.Empty(engine.LastNotifications);
        output.WriteLine($"transfer beyond the balance: {engine.LastFeeConsumed}");
        engine.Signers = [new Signer(Alice, WitnessScope.CalledByEntry)];
        Assert.False(engine.Call<bool>(_chain.Token, "transfer", Alice, Bob, Supply + 1, null));
        Assert.Equal(Supply, Balance(engine, Alice));
        Assert.Equal(BigInteger.Zero, Balance(engine, Bob));
    }

    [Fact]
    public void Negative_amounts_and_bad_addresses_fault()
    {
        var engine = _chain.Fresh();
        TestEngine.AssertFault(() => engine.Invoke(_chain.Token, "transfer", Alice, Bob, -1L, null), "The amount must be a positive number.");
        Assert.Empty(engine.LastNotifications);
        TestEngine.AssertFault(() => engine.Invoke(_chain.Token, "transfer", Alice, new byte[21], 1L, null), "The argument \"to\" is invalid.");
        TestEngine.AssertFault(() => engine.Invoke(_chain.Token, "transfer", null, Bob, 1L, null), "The argument \"from\" is invalid.");
        TestEngine.AssertFault(() => engine.Invoke(_chain.Token, "transfer", Alice, 5L, 1L, null), "The argument \"to\" is invalid.");
        Assert.Equal(Supply, Balance(engine, Alice));
    }

    [Fact]
    public void Zero_and_self_transfers_still_notify_and_an_emptied_balance_is_deleted()
    {
        var engine = _chain.Fresh();
        Assert.True(engine.Call<bool>(_chain.Token, "transfer", Alice, Bob, 0L, null));
        AssertTransfer(Assert.Single(engine.LastNotifications), _chain.Token, Alice, Bob, 0);
        output.WriteLine($"zero transfer: {engine.LastFeeConsumed}");
        Assert.True(engine.Call<bool>(_chain.Token, "transfer", Alice, Alice, Supply, null)); // whole balance to itself
        AssertTransfer(Assert.Single(engine.LastNotifications), _chain.Token, Alice, Alice, Supply);
        output.WriteLine($"self transfer of the whole balance: {engine.LastFeeConsumed}");
        Assert.Equal(Supply, Balance(engine, Alice));
        Assert.Null(Stored(engine, _chain.Token, [HandToken.BalancePrefix, .. Bob.ToArray()]));

        Assert.True(engine.Call<bool>(_chain.Token, "transfer", Alice, Bob, Supply, null)); // Alice's key goes
        Assert.Null(Stored(engine, _chain.Token, [HandToken.BalancePrefix, .. Alice.ToArray()]));
        Assert.Equal(Supply.ToByteArray(), Stored(engine, _chain.Token, [HandToken.BalancePrefix, .. Bob.ToArray()]));
        Assert.Equal(Supply.ToByteArray(), Stored(engine, _chain.Token, HandToken.SupplyKey));
    }

    [Fact]
    public void A_receiver_that_aborts_faults_the_transfer_and_nothing_changes()
    {
        var engine = _chain.Fresh();
        var fault = TestEngine.AssertFault(() => engine.Invoke(_chain.Token, "transfer", Alice, _chain.Refuser, 5L, null),
            Receivers.RefusalReason);
        output.WriteLine($"transfer to HandRefuser: FAULT \"{fault.Message}\" after {fault.FeeConsumed} datoshi");
        Assert.StartsWith("ABORTMSG is executed. Reason: ", fault.Message);
        Assert.Empty(engine.LastNotifications); // the Transfer raised before the callback is gone
        Assert.Equal(Supply, Balance(engine, Alice));
        Assert.Equal(BigInteger.Zero, Balance(engine, _chain.Refuser));
    }

    [Fact]
    public void A_receiver_that_accepts_sees_from_amount_and_data()
    {
        var engine = _chain.Fresh();
        Assert.True(engine.Call<bool>(_chain.Token, "transfer", Alice, _chain.Accepter, 7_00000000L, "invoice 42"));
        output.WriteLine($"transfer to HandAccepter: {engine.LastFeeConsumed} datoshi");
        AssertTransfer(Assert.Single(engine.LastNotifications), _chain.Token, Alice, _chain.Accepter, 7_00000000);
        Assert.Equal(["payment received"], engine.LastLogs);
        Assert.Equal(_chain.Token.ToArray(), Stored(engine, _chain.Accepter, "caller"));
        Assert.Equal(Alice.ToArray(), Stored(engine, _chain.Accepter, "from"));
        Assert.Equal(new BigInteger(7_00000000).ToByteArray(), Stored(engine, _chain.Accepter, "amount"));
        Assert.Equal(Encoding.UTF8.GetBytes("invoice 42"), Stored(engine, _chain.Accepter, "data"));
        Assert.Equal(7_00000000, Balance(engine, _chain.Accepter));
    }
}
