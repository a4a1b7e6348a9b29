using System.Numerics;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Testing.Proxies;
using Protocol.Toolchain.Vm.Types;
using Xunit;
using T = Protocol.Toolchain.Runtime.Manifest.ContractParameterType;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>Manifest, safe getters and minting, with the optional tokens/properties methods when declared.</summary>
public abstract partial class Nep11Suite
{
    [Fact]
    public void Manifest_declares_NEP11_its_methods_its_Transfer_event_and_the_onNEP11Payment_permission()
    {
        Assert.Contains("NEP-11", Manifest.SupportedStandards);
        AssertMethod("symbol", T.String, safe: true);
        AssertMethod("decimals", T.Integer, safe: true);
        AssertMethod("totalSupply", T.Integer, safe: true);
        AssertMethod("balanceOf", T.Integer, safe: true, T.Hash160);
        AssertMethod("tokensOf", T.InteropInterface, safe: true, T.Hash160);
        AssertMethod("ownerOf", T.Hash160, safe: true, T.ByteArray);
        AssertMethod("transfer", T.Boolean, safe: false, T.Hash160, T.ByteArray, T.Any);
        if (Declares("tokens", 0)) AssertMethod("tokens", T.InteropInterface, safe: true);
        if (Declares("properties", 1)) AssertMethod("properties", T.Map, safe: true, T.ByteArray);
        AssertEvent("Transfer", T.Hash160, T.Hash160, T.Integer, T.ByteArray);
        Assert.True(MayCallAnyContract("onNEP11Payment"), "The permissions must allow calling onNEP11Payment on any contract.");
    }

    [Fact]
    public void Symbol_decimals_zero_and_initial_supply_are_as_declared()
    {
        Assert.Equal(ExpectedSymbol, Engine.Call<string>(Token, "symbol"));
        Assert.Equal(BigInteger.Zero, Engine.Call<BigInteger>(Token, "decimals"));
        Assert.Equal(ExpectedInitialSupply, TotalSupply());
    }

    [Fact]
    public void An_account_that_never_held_a_token_has_none_and_invalid_addresses_throw()
    {
        AssertHolds(Bob);
        foreach (var bad in new object?[] { null, new byte[19], new byte[21], BigInteger.One })
        {
            var shown = ProxyValues.Format(bad);
            AssertFaults(() => Engine.Invoke(Token, "balanceOf", bad), $"balanceOf({shown}) must throw");
            AssertFaults(() => Engine.Call<StackItem>(Token, "tokensOf", bad), $"tokensOf({shown}) must throw");
        }
    }

    [Fact]
    public void Mint_gives_the_token_raises_the_supply_and_notifies_Transfer_from_null_of_one()
    {
        var first = MintTo(Alice);
        AssertTransfers(new Nep11Transfer(null, Alice, 1, first));
        Assert.InRange(first.Length, 1, 64);
        AssertHolds(Alice, first);
        Assert.Equal(ExpectedInitialSupply + 1, TotalSupply());

        var second = MintTo(Alice);
        AssertTransfers(new Nep11Transfer(null, Alice, 1, second));
        Assert.NotEqual(first, second);
        AssertHolds(Alice, first, second);
        Assert.Equal(ExpectedInitialSupply + 2, TotalSupply());
        if (Declares("tokens", 0))
        {
            var all = Tokens().Select(Convert.ToHexString).ToList();
            Assert.Contains(Convert.ToHexString(first), all);
            Assert.Contains(Convert.ToHexString(second), all);
        }
        if (Declares("properties", 1)) AssertPropertiesHaveAName(first);
    }

    /// <summary>NEP-11's optional properties(tokenId): a Map with at least a non-empty "name".</summary>
    protected void AssertPropertiesHaveAName(byte[] tokenId)
    {
        var map = Assert.IsType<Map>(Engine.Call<StackItem>(Token, "properties", tokenId));
        var name = map.FirstOrDefault(e => e.Key.GetSpan().SequenceEqual("name"u8)).Value;
        Assert.True(name is not null, "properties must have a \"name\" entry.");
        Assert.False(string.IsNullOrEmpty(name.GetString()), "the \"name\" property must be a non-empty string.");
    }
}
