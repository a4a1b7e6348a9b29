using System.Numerics;
using Xunit;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>transfer between accounts: the success paths, the false paths (no witness, not enough tokens) and the throws.</summary>
public abstract partial class Nep17Suite
{
    [Fact]
    public void Transfer_moves_the_amount_keeps_the_supply_notifies_and_returns_true()
    {
        MintTo(Alice, 100);
        Assert.True(Transfer(Alice, Bob, 30));
        AssertTransfers(new Nep17Transfer(Alice, Bob, 30));
        Assert.Equal(new BigInteger(70), BalanceOf(Alice));
        Assert.Equal(new BigInteger(30), BalanceOf(Bob));
        Assert.Equal(ExpectedInitialSupply + 100, TotalSupply());

        Assert.True(Transfer(Alice, Bob, 70));
        AssertTransfers(new Nep17Transfer(Alice, Bob, 70));
        Assert.Equal(BigInteger.Zero, BalanceOf(Alice));
        Assert.Equal(new BigInteger(100), BalanceOf(Bob));
    }

    [Fact]
    public void A_zero_transfer_succeeds_and_notifies_even_from_an_empty_account()
    {
        MintTo(Alice, 10);
        Assert.True(Transfer(Alice, Bob, 0));
        AssertTransfers(new Nep17Transfer(Alice, Bob, 0));
        Assert.Equal(new BigInteger(10), BalanceOf(Alice));
        Assert.Equal(BigInteger.Zero, BalanceOf(Bob));

        SignAs(Carol);
        Assert.True(Transfer(Carol, Bob, 0));
        AssertTransfers(new Nep17Transfer(Carol, Bob, 0));
        Assert.Equal(BigInteger.Zero, BalanceOf(Carol));
    }

    [Fact]
    public void A_self_transfer_succeeds_keeps_the_balance_and_notifies()
    {
        MintTo(Alice, 10);
        Assert.True(Transfer(Alice, Alice, 4));
        AssertTransfers(new Nep17Transfer(Alice, Alice, 4));
        Assert.True(Transfer(Alice, Alice, 10));
        AssertTransfers(new Nep17Transfer(Alice, Alice, 10));
        Assert.True(Transfer(Alice, Alice, 0));
        AssertTransfers(new Nep17Transfer(Alice, Alice, 0));
        Assert.Equal(new BigInteger(10), BalanceOf(Alice));
        Assert.Equal(ExpectedInitialSupply + 10, TotalSupply());
    }

    [Fact]
    public void Transferring_more_than_the_balance_returns_false_and_changes_nothing()
    {
        MintTo(Alice, 10);
        Assert.False(Transfer(Alice, Bob, 11));
        AssertTransfers();
        Assert.False(Transfer(Alice, Alice, 11));
        AssertTransfers();
        SignAs(Carol);
        Assert.False(Transfer(Carol, Bob, 1));
        AssertTransfers();
        Assert.Equal(new BigInteger(10), BalanceOf(Alice));
        Assert.Equal(BigInteger.Zero, BalanceOf(Bob));
    }

    [Fact]
    public void A_transfer_without_the_senders_witness_returns_false_and_changes_nothing()
    {
        MintTo(Alice, 10);
        SignAs(Bob);
        Assert.False(Transfer(Alice, Bob, 1));
        AssertTransfers();
        Assert.False(Transfer(Alice, Bob, 0));
        AssertTransfers();
        Assert.False(Transfer(Alice, Receiver, 1));
        AssertTransfers();
        Assert.Empty(PaymentReceiver.LastPayments(Engine, Receiver));
        Assert.Equal(new BigInteger(10), BalanceOf(Alice));
        Assert.Equal(BigInteger.Zero, BalanceOf(Bob));
    }

    [Fact]
    public void A_negative_amount_throws_even_with_witness_and_balance()
    {
        MintTo(Alice, 10);
        AssertFaults(() => Transfer(Alice, Bob, -1), "transfer of -1 must throw");
        AssertFaults(() => Transfer(Alice, Alice, -1), "self transfer of -1 must throw");
        Assert.Equal(new BigInteger(10), BalanceOf(Alice));
    }

    [Fact]
    public void A_transfer_with_an_invalid_address_throws()
    {
        MintTo(Alice, 10);
        foreach (var bad in new object?[] { null, new byte[19], new byte[21], BigInteger.One })
        {
            var shown = Proxies.ProxyValues.Format(bad);
            AssertFaults(() => Engine.Invoke(Token, "transfer", bad, Bob, 1, null), $"transfer from {shown} must throw");
            AssertFaults(() => Engine.Invoke(Token, "transfer", Alice, bad, 1, null), $"transfer to {shown} must throw");
        }
        Assert.Equal(new BigInteger(10), BalanceOf(Alice));
    }
}
