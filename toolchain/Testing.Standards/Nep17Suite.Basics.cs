using System.Numerics;
using Protocol.Toolchain.Runtime.Manifest;
using Xunit;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Testing.Standards;

public abstract partial class Nep17Suite
{
    [Fact]
    public void Manifest_declares_NEP17_its_methods_its_Transfer_event_and_the_onNEP17Payment_permission()
    {
        Assert.Contains("NEP-17", Manifest.SupportedStandards);
        AssertMethod("symbol", T.String, safe: true);
        AssertMethod("decimals", T.Integer, safe: true);
        AssertMethod("totalSupply", T.Integer, safe: true);
        AssertMethod("balanceOf", T.Integer, safe: true, T.Hash160);
        AssertMethod("transfer", T.Boolean, safe: false, T.Hash160, T.Hash160, T.Integer, T.Any);
        AssertEvent("Transfer", T.Hash160, T.Hash160, T.Integer);
        Assert.True(MayCallAnyContract("onNEP17Payment"), "The permissions must allow calling onNEP17Payment on any contract.");
    }

    [Fact]
    public void Symbol_decimals_and_initial_supply_are_as_declared()
    {
        Assert.Equal(ExpectedSymbol, Engine.Call<string>(Token, "symbol"));
        Assert.Equal(ExpectedDecimals, Engine.Call<BigInteger>(Token, "decimals"));
        Assert.Equal(ExpectedInitialSupply, TotalSupply());
    }

    [Fact]
    public void BalanceOf_an_account_that_never_held_tokens_is_zero()
    {
        Assert.Equal(BigInteger.Zero, BalanceOf(Bob));
        Assert.Equal(BigInteger.Zero, BalanceOf(Receiver));
    }

    [Fact]
    public void BalanceOf_an_invalid_address_throws()
    {
        AssertFaults(() => Engine.Invoke(Token, "balanceOf", [null]), "balanceOf(null) must throw");
        AssertFaults(() => Engine.Invoke(Token, "balanceOf", new byte[19]), "balanceOf(19 bytes) must throw");
        AssertFaults(() => Engine.Invoke(Token, "balanceOf", new byte[21]), "balanceOf(21 bytes) must throw");
        AssertFaults(() => Engine.Invoke(Token, "balanceOf", BigInteger.Zero), "balanceOf(Integer 0) must throw");
    }

    [Fact]
    public void Mint_credits_the_account_raises_the_supply_and_notifies_Transfer_from_null()
    {
        MintTo(Alice, 1000);
        AssertTransfers(new Nep17Transfer(null, Alice, 1000));
        Assert.Equal(new BigInteger(1000), BalanceOf(Alice));
        Assert.Equal(ExpectedInitialSupply + 1000, TotalSupply());
        MintTo(Bob, 5);
        AssertTransfers(new Nep17Transfer(null, Bob, 5));
        Assert.Equal(ExpectedInitialSupply + 1005, TotalSupply());
    }

    [Fact]
    public void Minting_zero_changes_no_balance_and_notifies_only_if_the_token_says_so()
    {
        if (ZeroMintRejected) AssertFaults(() => MintTo(Alice, 0), "minting zero is refused");
        else MintTo(Alice, 0);
        if (ZeroMintNotifies && !ZeroMintRejected) AssertTransfers(new Nep17Transfer(null, Alice, 0));
        else AssertTransfers();
        Assert.Equal(BigInteger.Zero, BalanceOf(Alice));
        Assert.Equal(ExpectedInitialSupply, TotalSupply());
    }
}
