using System.Numerics;
using Xunit;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>transfer(to, tokenId, data) between accounts: success, self transfer, the owner's witness, bad arguments.</summary>
public abstract partial class Nep11Suite
{
    [Fact]
    public void Transfer_hands_the_token_over_keeps_the_supply_notifies_and_returns_true()
    {
        var id = MintTo(Alice);
        var kept = MintTo(Alice);
        Assert.True(Transfer(Bob, id));
        AssertTransfers(new Nep11Transfer(Alice, Bob, 1, id));
        AssertHolds(Alice, kept);
        AssertHolds(Bob, id);
        Assert.Equal(ExpectedInitialSupply + 2, TotalSupply());

        SignAs(Bob);
        Assert.True(Transfer(Carol, id, "gift"));
        AssertTransfers(new Nep11Transfer(Bob, Carol, 1, id));
        AssertHolds(Bob);
        AssertHolds(Carol, id);
    }

    [Fact]
    public void A_self_transfer_succeeds_keeps_the_owner_and_notifies()
    {
        var id = MintTo(Alice);
        Assert.True(Transfer(Alice, id));
        AssertTransfers(new Nep11Transfer(Alice, Alice, 1, id));
        AssertHolds(Alice, id);
        Assert.Equal(ExpectedInitialSupply + 1, TotalSupply());
    }

    [Fact]
    public void A_transfer_without_the_owners_witness_returns_false_and_changes_nothing()
    {
        var id = MintTo(Alice);
        SignAs(Bob);
        Assert.False(Transfer(Bob, id));
        AssertTransfers();
        Assert.False(Transfer(Receiver, id));
        AssertTransfers();
        Assert.Empty(PaymentReceiver.LastPayments(Engine, Receiver));
        AssertHolds(Alice, id);
        AssertHolds(Bob);
    }

    [Fact]
    public void A_transfer_to_an_invalid_address_throws()
    {
        var id = MintTo(Alice);
        foreach (var bad in new object?[] { null, new byte[19], new byte[21], BigInteger.One })
        {
            var shown = Proxies.ProxyValues.Format(bad);
            AssertFaults(() => Engine.Invoke(Token, "transfer", bad, id, null), $"transfer to {shown} must throw");
        }
        AssertHolds(Alice, id);
    }

    [Fact]
    public void A_token_that_does_not_exist_has_no_owner_and_cannot_be_transferred()
    {
        var id = MintTo(Alice);
        var missing = id.Concat(new byte[] { 0x7f }).ToArray();
        AssertNoOwner(missing);
        bool transferred = false;
        try
        {
            transferred = Transfer(Bob, missing);
        }
        catch (TestFaultException)
        {
        }
        Assert.False(transferred, "transferring a token that does not exist must fail (return false or throw).");
        AssertHolds(Alice, id);
        AssertHolds(Bob);
    }

    /// <summary>ownerOf of a token that does not exist either throws or returns Null; it never names an account.</summary>
    private void AssertNoOwner(byte[] tokenId)
    {
        try
        {
            Assert.Null(OwnerOf(tokenId));
        }
        catch (TestFaultException)
        {
        }
    }
}
