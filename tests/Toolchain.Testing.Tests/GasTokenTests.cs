using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Testing.Tests;

/// <summary>GasToken as NEP-17: genesis distribution, transfers, witness rule, events and the §2.10 fee.</summary>
public class GasTokenTests
{
    private static readonly UInt160 Validators = UInt160.Parse("0x9f8f056a53e39585c7bb52886418c7bed83d126b");
    private static readonly UInt160 Bob = UInt160.Parse("0x0a0b0c0d0e0f101112131415161718191a1b1c1d");
    private static readonly UInt160 Gas = NativeContracts.Gas.Hash;

    [Fact]
    public void Genesis_gives_52_million_gas_to_the_validators_multisig()
    {
        var engine = new TestEngine();
        Assert.Equal(Validators, Genesis.ValidatorsAddress(engine.Settings));
        Assert.Equal("0xdb92d773a2105bdd96f2e1859a54353a7f9ed75b", Genesis.CommitteeAddress(engine.Settings).ToString());
        Assert.Equal(new BigInteger(52_000_000_00000000), engine.Call<BigInteger>(Gas, "balanceOf", Validators));
        // neo UT_GasToken: 52M to the validators plus block 0's 0.5 GAS committee bonus.
        Assert.Equal(new BigInteger(5200000050000000), engine.Call<BigInteger>(Gas, "totalSupply"));
        Assert.Equal("GAS", engine.Call<string>(Gas, "symbol"));
        Assert.Equal(8, engine.Call<int>(Gas, "decimals"));
        Assert.Equal("0xd2a4cff31913016155e38e474a2c06d08be276cf", Gas.ToString());
    }

    [Fact]
    public void Transfer_moves_balance_notifies_and_costs_the_published_fee()
    {
        var engine = new TestEngine { Signers = [new Signer(Validators, WitnessScope.CalledByEntry)] };
        Assert.True(engine.Call<bool>(Gas, "transfer", Validators, Bob, 100_00000000L, null));
        var transfer = Assert.Single(engine.LastNotifications);
        Assert.Equal("Transfer", transfer.EventName);
        Assert.Equal(Validators.ToArray(), transfer.State[0].GetSpan().ToArray());
        Assert.Equal(Bob.ToArray(), transfer.State[1].GetSpan().ToArray());
        Assert.Equal(100_00000000, (long)transfer.State[2].GetInteger());
        // Script: PUSHNULL 1, PUSHINT64 1, PUSHDATA1 8 ×2, PUSH4 1, PACK 2048, PUSH15 1, PUSHDATA1 8 ×2, SYSCALL Call 32768;
        // stub PUSH0 1; then transfer's CpuFee 2^17 and StorageFee 50: (34853 + 131072) × 30 + 50 × 100000 = 9977750.
        Assert.Equal(9_977_750, engine.LastFeeConsumed);
        Assert.Equal(new BigInteger(100_00000000), engine.Call<BigInteger>(Gas, "balanceOf", Bob));
    }

    [Fact]
    public void Transfer_without_the_senders_witness_or_balance_returns_false()
    {
        var engine = new TestEngine { Signers = [new Signer(Bob, WitnessScope.CalledByEntry)] };
        Assert.False(engine.Call<bool>(Gas, "transfer", Validators, Bob, 1L, null)); // no witness of the validators
        Assert.False(engine.Call<bool>(Gas, "transfer", Bob, Validators, 1L, null)); // Bob has nothing
        Assert.Empty(engine.LastNotifications);
        TestEngine.AssertFault(() => engine.Invoke(Gas, "transfer", Bob, Validators, -1L, null), "cannot be negative");
    }
}
