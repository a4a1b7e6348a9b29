using System.Numerics;
using System.Text;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Storage;

namespace Protocol.Toolchain.Testing.Tests.Nep17Scenario;

/// <summary>
/// The scenario's chain: HandToken (owner Alice, the default sender), HandRefuser and HandAccepter deployed once in
/// that order; every <see cref="Fresh"/> engine restores that state. The deploy-time notifications and fee are kept.
/// </summary>
internal sealed class Nep17Chain
{
    public static readonly UInt160 Alice = TestEngine.DefaultSender;
    public static readonly UInt160 Bob = UInt160.Parse("0x0a0b0c0d0e0f101112131415161718191a1b1c1d");

    private static readonly Lazy<Nep17Chain> Deployed = new(() => new Nep17Chain());
    private readonly object _checkpoint;

    private Nep17Chain()
    {
        var engine = new TestEngine { GasLimit = 100_00000000 };
        Token = engine.Deploy(HandToken.Contract.Nef, HandToken.Contract.Manifest, Alice);
        TokenDeployNotifications = engine.LastNotifications;
        TokenDeployFee = engine.LastFeeConsumed;
        Refuser = engine.Deploy(Receivers.Refuser.Nef, Receivers.Refuser.Manifest);
        Accepter = engine.Deploy(Receivers.Accepter.Nef, Receivers.Accepter.Manifest);
        _checkpoint = engine.Checkpoint();
    }

    public static Nep17Chain Instance => Deployed.Value;

    public UInt160 Token { get; }

    public UInt160 Refuser { get; }

    public UInt160 Accepter { get; }

    public IReadOnlyList<NotifyEventArgs> TokenDeployNotifications { get; }

    public long TokenDeployFee { get; }

    /// <summary>An engine at the deployed state, Alice signing (CalledByEntry).</summary>
    public TestEngine Fresh()
    {
        var engine = new TestEngine();
        engine.Restore(_checkpoint);
        return engine;
    }

    public static BigInteger Balance(TestEngine engine, UInt160 account) =>
        engine.Call<BigInteger>(Instance.Token, "balanceOf", account);

    /// <summary>A raw storage value of a deployed contract (null when absent).</summary>
    public static byte[]? Stored(TestEngine engine, UInt160 contract, byte[] key) =>
        engine.State.TryGet(StorageKeys.Create(ContractManagement.GetContract(engine.State, contract)!.Id, key));

    public static byte[]? Stored(TestEngine engine, UInt160 contract, string key) => Stored(engine, contract, Encoding.UTF8.GetBytes(key));

    /// <summary>Asserts a Transfer(from, to, amount) notification raised by <paramref name="token"/>; null = Null item.</summary>
    public static void AssertTransfer(NotifyEventArgs n, UInt160 token, UInt160? from, UInt160? to, BigInteger amount)
    {
        Assert.Equal(token, n.ScriptHash);
        Assert.Equal("Transfer", n.EventName);
        Assert.Equal(3, n.State.Count);
        AssertHash(from, n.State[0]);
        AssertHash(to, n.State[1]);
        Assert.Equal(amount, n.State[2].GetInteger());
    }

    private static void AssertHash(UInt160? expected, Vm.Types.StackItem item)
    {
        if (expected is null) Assert.True(item.IsNull);
        else Assert.Equal(expected.ToArray(), item.GetSpan().ToArray());
    }
}
