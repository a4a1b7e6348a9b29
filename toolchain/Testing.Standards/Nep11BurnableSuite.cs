using Xunit;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>
/// <see cref="Nep11Suite"/> plus burning, for tokens that destroy tokens: NEP-11 requires a Transfer with
/// <c>to</c> = null, amount 1 and the token id when a token is burned. (No official devpack sample burns NEP-11
/// tokens, so this class is first exercised by the project's own tokens.)
/// </summary>
public abstract class Nep11BurnableSuite : Nep11Suite
{
    /// <summary>Destroys token <paramref name="tokenId"/> (signing as whoever may burn it).</summary>
    protected abstract void Burn(TestEngine engine, byte[] tokenId);

    protected void BurnToken(byte[] tokenId) => WithSigners(Engine.Signers, () => Burn(Engine, tokenId));

    [Fact]
    public void Burn_destroys_the_token_lowers_the_supply_and_notifies_Transfer_to_null()
    {
        var id = MintTo(Alice);
        var kept = MintTo(Alice);
        BurnToken(id);
        AssertTransfers(new Nep11Transfer(Alice, null, 1, id));
        AssertHolds(Alice, kept);
        Assert.Equal(ExpectedInitialSupply + 1, TotalSupply());
        try
        {
            Assert.Null(OwnerOf(id));
        }
        catch (TestFaultException)
        {
        }
        if (Declares("tokens", 0))
            Assert.DoesNotContain(Convert.ToHexString(id), Tokens().Select(Convert.ToHexString));
    }
}
