using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing.Proxies;
using Protocol.Toolchain.Vm.Types;
using Xunit;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>One NEP-11 <c>Transfer(from, to, amount, tokenId)</c> notification; compares token ids by content.</summary>
public sealed record Nep11Transfer(UInt160? From, UInt160? To, BigInteger Amount, byte[] TokenId)
{
    public bool Equals(Nep11Transfer? other) =>
        other is not null && From == other.From && To == other.To && Amount == other.Amount && TokenId.AsSpan().SequenceEqual(other.TokenId);

    public override int GetHashCode() => ProxyValues.Hash(From, To, Amount, TokenId);

    public override string ToString() =>
        ProxyValues.Format("Transfer", ("from", From), ("to", To), ("amount", Amount), ("tokenId", TokenId));
}

/// <summary>
/// The non-divisible NEP-11 standard's behaviour (reference §2.12, proposals nep-11.mediawiki) as xUnit tests: derive a
/// public test class, deploy the token in <see cref="TokenSuite.DeployToken"/> and say how a token is minted in
/// <see cref="Mint"/>. The tests are in Nep11Suite.*.cs; the optional methods (tokens, properties) are checked when
/// the manifest declares them. Where a token legitimately differs, override the virtual property that names it.
/// </summary>
public abstract partial class Nep11Suite : TokenSuite
{
    protected abstract string ExpectedSymbol { get; }

    /// <summary>The total supply right after deploy.</summary>
    protected virtual BigInteger ExpectedInitialSupply => BigInteger.Zero;

    /// <summary>Whether minting to a contract calls its onNEP11Payment (from = null), as the framework's Nep11Token.Mint does.</summary>
    protected virtual bool MintCallsOnPayment => true;

    /// <summary>
    /// Mints one new token owned by <paramref name="to"/> (signing as whoever may mint) and returns its id; the
    /// suite puts its own signers back afterwards.
    /// </summary>
    protected abstract byte[] Mint(TestEngine engine, UInt160 to);

    protected byte[] MintTo(UInt160 to)
    {
        byte[] id = [];
        WithSigners(Engine.Signers, () => id = Mint(Engine, to));
        return id;
    }

    protected BigInteger BalanceOf(UInt160 account) => Engine.Call<BigInteger>(Token, "balanceOf", account);

    protected BigInteger TotalSupply() => Engine.Call<BigInteger>(Token, "totalSupply");

    protected UInt160? OwnerOf(byte[] tokenId) => Engine.Call<UInt160?>(Token, "ownerOf", tokenId);

    /// <summary>tokensOf(owner), read to the end; each id must be a byte string.</summary>
    protected IReadOnlyList<byte[]> TokensOf(UInt160 owner) => Ids(Engine.Call<StackItem>(Token, "tokensOf", owner), "tokensOf");

    protected IReadOnlyList<byte[]> Tokens() => Ids(Engine.Call<StackItem>(Token, "tokens"), "tokens");

    /// <summary>transfer(to, tokenId, data) as the current signers.</summary>
    protected bool Transfer(UInt160 to, byte[] tokenId, object? data = null) => Engine.Call<bool>(Token, "transfer", to, tokenId, data);

    protected bool Declares(string method, int parameters) => Manifest.Abi.GetMethod(method, parameters) is not null;

    /// <summary>The token's Transfer notifications in the last call, in order, each checked for NEP-11's shape.</summary>
    protected IReadOnlyList<Nep11Transfer> LastTransfers() =>
        Engine.LastNotifications.Where(n => n.ScriptHash == Token && n.EventName == "Transfer").Select(n =>
        {
            Assert.True(n.State.Count == 4, $"A NEP-11 Transfer has 4 arguments, this one has {n.State.Count}.");
            Assert.True(n.State[2] is Integer, $"Transfer's amount must be an Integer, not {n.State[2].Type}.");
            Assert.True(n.State[3] is ByteString, $"Transfer's tokenId must be a ByteString, not {n.State[3].Type}.");
            return new Nep11Transfer(Nep17Suite.Account(n.State[0]), Nep17Suite.Account(n.State[1]), n.State[2].GetInteger(),
                n.State[3].GetSpan().ToArray());
        }).ToList();

    protected void AssertTransfers(params Nep11Transfer[] expected) => Assert.Equal(expected, LastTransfers());

    /// <summary>Asserts <paramref name="owner"/> owns exactly <paramref name="ids"/> (any order), by balanceOf and tokensOf.</summary>
    protected void AssertHolds(UInt160 owner, params byte[][] ids)
    {
        Assert.Equal(new BigInteger(ids.Length), BalanceOf(owner));
        Assert.Equal(ids.Select(Convert.ToHexString).Order(), TokensOf(owner).Select(Convert.ToHexString).Order());
        foreach (var id in ids) Assert.Equal(owner, OwnerOf(id));
    }

    private static IReadOnlyList<byte[]> Ids(StackItem result, string method) =>
        ProxyValues.Traverse(result).Select(v => v as byte[] ?? throw new InvalidOperationException(
            $"{method} must iterate token ids (byte strings), got {ProxyValues.Format(v)}.")).ToList();
}
