using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Xunit;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>
/// <see cref="Nep17Suite"/> plus burning, for tokens that destroy tokens: NEP-17 requires a Transfer with
/// <c>to</c> = null when tokens are burned.
/// </summary>
public abstract class Nep17BurnableSuite : Nep17Suite
{
    /// <summary>Destroys <paramref name="amount"/> of <paramref name="from"/>'s tokens (signing as whoever may burn).</summary>
    protected abstract void Burn(TestEngine engine, UInt160 from, BigInteger amount);

    /// <summary>Whether burning zero still notifies Transfer(from, null, 0); as for minting, the default is no.</summary>
    protected virtual bool ZeroBurnNotifies => false;

    protected void BurnFrom(UInt160 from, BigInteger amount) => WithSigners(Engine.Signers, () => Burn(Engine, from, amount));

    [Fact]
    public void Burn_debits_the_account_lowers_the_supply_and_notifies_Transfer_to_null()
    {
        MintTo(Alice, 10);
        BurnFrom(Alice, 4);
        AssertTransfers(new Nep17Transfer(Alice, null, 4));
        Assert.Equal(new BigInteger(6), BalanceOf(Alice));
        Assert.Equal(ExpectedInitialSupply + 6, TotalSupply());
        BurnFrom(Alice, 6);
        AssertTransfers(new Nep17Transfer(Alice, null, 6));
        Assert.Equal(BigInteger.Zero, BalanceOf(Alice));
        Assert.Equal(ExpectedInitialSupply, TotalSupply());
    }

    [Fact]
    public void Burning_zero_changes_nothing_and_burning_more_than_the_balance_throws()
    {
        MintTo(Alice, 10);
        BurnFrom(Alice, 0);
        if (ZeroBurnNotifies) AssertTransfers(new Nep17Transfer(Alice, null, 0));
        else AssertTransfers();
        AssertFaults(() => BurnFrom(Alice, 11), "burning more than the balance must throw");
        AssertFaults(() => BurnFrom(Alice, -1), "burning a negative amount must throw");
        Assert.Equal(new BigInteger(10), BalanceOf(Alice));
        Assert.Equal(ExpectedInitialSupply + 10, TotalSupply());
    }
}
