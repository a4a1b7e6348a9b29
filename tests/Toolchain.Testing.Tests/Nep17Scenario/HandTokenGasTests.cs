using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Xunit.Abstractions;
using static Protocol.Toolchain.Testing.Tests.Nep17Scenario.Nep17Chain;

namespace Protocol.Toolchain.Testing.Tests.Nep17Scenario;

/// <summary>
/// The GAS each HandToken call consumes, asserted against hand-derived sums (HandTokenFees), and the same transfer
/// through the native GasToken, whose fee is fixed by §2.10; the receivers are exercised through GasToken too.
/// </summary>
public class HandTokenGasTests(ITestOutputHelper output)
{
    private static readonly UInt160 Validators = UInt160.Parse("0x9f8f056a53e39585c7bb52886418c7bed83d126b");
    private static readonly UInt160 Gas = NativeContracts.Gas.Hash;
    private readonly Nep17Chain _chain = Instance;

    [Fact]
    public void Safe_calls_cost_the_published_prices()
    {
        var engine = _chain.Fresh();
        engine.Call<string>(_chain.Token, "symbol");
        output.WriteLine($"symbol: {engine.LastFeeConsumed} datoshi (expected {HandTokenFees.Symbol})");
        Assert.Equal(HandTokenFees.Symbol, engine.LastFeeConsumed);
        Balance(engine, Alice);
        output.WriteLine($"balanceOf(Alice): {engine.LastFeeConsumed} datoshi (expected {HandTokenFees.BalanceOfHolder})");
        Assert.Equal(HandTokenFees.BalanceOfHolder, engine.LastFeeConsumed);
    }

    [Fact]
    public void Hand_token_and_GasToken_transfers_cost_what_the_tables_say()
    {
        var hand = _chain.Fresh();
        Assert.True(hand.Call<bool>(_chain.Token, "transfer", Alice, Bob, 100_00000000L, null));
        long handFee = hand.LastFeeConsumed;

        var native = new TestEngine { Signers = [new Signer(Validators, WitnessScope.CalledByEntry)] };
        Assert.True(native.Call<bool>(Gas, "transfer", Validators, Bob, 100_00000000L, null));
        long gasFee = native.LastFeeConsumed;
        AssertTransfer(Assert.Single(native.LastNotifications), Gas, Validators, Bob, 100_00000000);

        output.WriteLine($"HandToken.transfer (100 HAND to a new account): {handFee} datoshi, expected {HandTokenFees.TransferToNewAccount}");
        output.WriteLine($"GasToken.transfer  (100 GAS  to a new account): {gasFee} datoshi, expected {HandTokenFees.GasTokenTransfer}");
        output.WriteLine($"difference: hand-assembled costs {handFee - gasFee:+#;-#;0} datoshi ({(double)handFee / gasFee:0.000}×)");
        Assert.Equal(HandTokenFees.TransferToNewAccount, handFee);
        Assert.Equal(HandTokenFees.GasTokenTransfer, gasFee);
        Assert.Equal(9_977_750, gasFee);
        Assert.Equal(10_522_480, handFee);
    }

    [Fact]
    public void GasToken_payments_reach_the_same_receivers()
    {
        var engine = _chain.Fresh();
        engine.Signers = [new Signer(Validators, WitnessScope.CalledByEntry)];
        var fault = TestEngine.AssertFault(() => engine.Invoke(Gas, "transfer", Validators, _chain.Refuser, 1L, null), Receivers.RefusalReason);
        output.WriteLine($"GAS to HandRefuser: FAULT \"{fault.Message}\" after {fault.FeeConsumed} datoshi");
        Assert.Empty(engine.LastNotifications);
        Assert.Equal(BigInteger.Zero, engine.Call<BigInteger>(Gas, "balanceOf", _chain.Refuser));

        Assert.True(engine.Call<bool>(Gas, "transfer", Validators, _chain.Accepter, 3L, "gas data"));
        output.WriteLine($"GAS to HandAccepter: {engine.LastFeeConsumed} datoshi");
        Assert.Equal(Gas.ToArray(), Stored(engine, _chain.Accepter, "caller"));
        Assert.Equal(Validators.ToArray(), Stored(engine, _chain.Accepter, "from"));
        Assert.Equal(new byte[] { 3 }, Stored(engine, _chain.Accepter, "amount"));
        Assert.Equal(["payment received"], engine.LastLogs);
    }
}
