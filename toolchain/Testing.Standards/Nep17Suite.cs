using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;
using Xunit;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>One NEP-17 <c>Transfer(from, to, amount)</c> notification; null stands for the Null item (mint/burn).</summary>
public sealed record Nep17Transfer(UInt160? From, UInt160? To, BigInteger Amount);

/// <summary>
/// The NEP-17 standard's behaviour (reference §2.12, proposals nep-17.mediawiki) as xUnit tests, for any token:
/// derive a public test class, deploy the token in <see cref="TokenSuite.DeployToken"/> and say how tokens are
/// created in <see cref="Mint"/>. The tests are in Nep17Suite.*.cs; <see cref="Nep17BurnableSuite"/> adds burning.
/// Where a token legitimately differs from a default expectation, override the virtual property that names it.
/// </summary>
public abstract partial class Nep17Suite : TokenSuite
{
    /// <summary>The symbol the token must report.</summary>
    protected abstract string ExpectedSymbol { get; }

    /// <summary>The decimals the token must report.</summary>
    protected abstract byte ExpectedDecimals { get; }

    /// <summary>The total supply right after deploy.</summary>
    protected virtual BigInteger ExpectedInitialSupply => BigInteger.Zero;

    /// <summary>
    /// Whether minting to a contract calls its onNEP17Payment (with from = null). NEP-17 only rules on transfer;
    /// the framework's Nep17Token.Mint and the native tokens do call it, which is the default expectation.
    /// </summary>
    protected virtual bool MintCallsOnPayment => true;

    /// <summary>
    /// Whether minting zero tokens still notifies Transfer(null, to, 0). NEP-17 does not say; the framework's
    /// Nep17Token.Mint and Neo's FungibleToken return early without a notification, which is the default expectation.
    /// </summary>
    protected virtual bool ZeroMintNotifies => false;

    /// <summary>
    /// Whether minting zero is refused (the call FAULTs and nothing changes). NEP-17 does not rule on minting; a token
    /// whose mint rejects non-positive amounts as an error says so here.
    /// </summary>
    protected virtual bool ZeroMintRejected => false;

    /// <summary>
    /// Creates <paramref name="amount"/> new tokens for <paramref name="to"/> (signing as whoever may mint); the
    /// suite puts its own signers back afterwards.
    /// </summary>
    protected abstract void Mint(TestEngine engine, UInt160 to, BigInteger amount);

    /// <summary>Mints through <see cref="Mint(TestEngine, UInt160, BigInteger)"/>, keeping the test's signers.</summary>
    protected void MintTo(UInt160 to, BigInteger amount) => WithSigners(Engine.Signers, () => Mint(Engine, to, amount));

    protected BigInteger BalanceOf(UInt160 account) => Engine.Call<BigInteger>(Token, "balanceOf", account);

    protected BigInteger TotalSupply() => Engine.Call<BigInteger>(Token, "totalSupply");

    /// <summary>transfer(from, to, amount, data) as the current signers.</summary>
    protected bool Transfer(UInt160 from, UInt160 to, BigInteger amount, object? data = null) =>
        Engine.Call<bool>(Token, "transfer", from, to, amount, data);

    /// <summary>The token's Transfer notifications in the last call, in order, each checked for NEP-17's shape.</summary>
    protected IReadOnlyList<Nep17Transfer> LastTransfers() =>
        Engine.LastNotifications.Where(n => n.ScriptHash == Token && n.EventName == "Transfer").Select(n =>
        {
            Assert.True(n.State.Count == 3, $"A NEP-17 Transfer has 3 arguments, this one has {n.State.Count}.");
            Assert.True(n.State[2] is Integer, $"Transfer's amount must be an Integer, not {n.State[2].Type}.");
            return new Nep17Transfer(Account(n.State[0]), Account(n.State[1]), n.State[2].GetInteger());
        }).ToList();

    /// <summary>Asserts the token notified exactly these transfers in the last call.</summary>
    protected void AssertTransfers(params Nep17Transfer[] expected) => Assert.Equal(expected, LastTransfers());

    /// <summary>A Transfer's from/to: Null, or 20 bytes (a ByteString, as Hash160 is notified).</summary>
    internal static UInt160? Account(StackItem item)
    {
        if (item.IsNull) return null;
        if (item is not (ByteString or Vm.Types.Buffer) || item.GetSpan().Length != UInt160.Length)
            Assert.Fail($"Transfer's from/to must be Null or 20 bytes, not {item.Type} {ProxyFormat(item)}.");
        return new UInt160(item.GetSpan());
    }

    private static string ProxyFormat(StackItem item) => Proxies.ProxyValues.Format(Proxies.ProxyValues.ToObject(item));
}
