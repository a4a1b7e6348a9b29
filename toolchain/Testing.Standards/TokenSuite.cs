using System.Collections.Concurrent;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using Protocol.Toolchain.Runtime.Payloads;
using Xunit;

namespace Protocol.Toolchain.Testing.Standards;

/// <summary>
/// What the NEP-17 and NEP-11 suites share: the accounts, a fresh chain per test with the token and a
/// <see cref="PaymentReceiver"/> deployed, and signer, fault and manifest helpers. xUnit makes a new instance of the
/// test class for every test; the token is deployed once per test class (<see cref="DeployToken"/> runs once) and
/// every test starts from a copy of that chain.
/// </summary>
public abstract class TokenSuite
{
    /// <summary>Deploys everything (engine default sender) and holds tokens; signs the calls unless a test says otherwise.</summary>
    public static readonly UInt160 Alice = TestEngine.DefaultSender;

    public static readonly UInt160 Bob = UInt160.Parse("0x0a0b0c0d0e0f101112131415161718191a1b1c1d");

    public static readonly UInt160 Carol = UInt160.Parse("0xc4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4");

    private static readonly ConcurrentDictionary<Type, Lazy<Deployed>> Snapshots = new();
    private readonly Lazy<Fresh> _fresh;

    protected TokenSuite() => _fresh = new Lazy<Fresh>(Start);

    /// <summary>The chain of this test: the token and the receiver deployed, Alice signing (CalledByEntry).</summary>
    protected TestEngine Engine => _fresh.Value.Engine;

    /// <summary>The token under test.</summary>
    protected UInt160 Token => _fresh.Value.Token;

    /// <summary>A deployed <see cref="PaymentReceiver"/> in accept mode.</summary>
    protected UInt160 Receiver => _fresh.Value.Receiver;

    /// <summary>The token's deployed manifest.</summary>
    protected ContractManifest Manifest =>
        ContractManagement.GetContract(Engine.State, Token)?.Manifest ?? throw new InvalidOperationException($"No contract at {Token}.");

    /// <summary>Deploys the token on <paramref name="engine"/> (Alice signing) and returns its hash. Runs once per test class.</summary>
    protected abstract UInt160 DeployToken(TestEngine engine);

    /// <summary>Makes <paramref name="account"/> the only signer (CalledByEntry), as a wallet signing a transfer would.</summary>
    protected void SignAs(UInt160 account) => Engine.Signers = [new Signer(account, WitnessScope.CalledByEntry)];

    /// <summary>Runs <paramref name="action"/> with other signers, then puts the previous ones back.</summary>
    protected void WithSigners(IReadOnlyList<Signer> signers, Action action)
    {
        var previous = Engine.Signers;
        Engine.Signers = signers;
        try { action(); }
        finally { Engine.Signers = previous; }
    }

    /// <summary>Asserts that the call FAULTs (a thrown exception in the contract); returns the engine's reason.</summary>
    protected static string AssertFaults(Action call, string because)
    {
        var fault = Assert.Throws<TestFaultException>(call);
        Assert.False(string.IsNullOrEmpty(fault.Message), because);
        return fault.Message;
    }

    /// <summary>The token's ABI method, asserted present with these parameter types, return type and safe flag.</summary>
    protected void AssertMethod(string name, ContractParameterType returns, bool safe, params ContractParameterType[] parameters)
    {
        var method = Manifest.Abi.GetMethod(name, parameters.Length);
        Assert.True(method is not null, $"The manifest has no method {name} with {parameters.Length} parameter(s).");
        Assert.Equal(parameters, method!.Parameters.Select(p => p.Type).ToArray());
        Assert.Equal(returns, method.ReturnType);
        Assert.True(method.Safe == safe, $"{name} must {(safe ? "" : "not ")}be marked safe.");
    }

    /// <summary>The token's ABI event, asserted present with these parameter types.</summary>
    protected void AssertEvent(string name, params ContractParameterType[] parameters)
    {
        var e = Manifest.Abi.Events.FirstOrDefault(x => x.Name == name);
        Assert.True(e is not null, $"The manifest declares no {name} event.");
        Assert.Equal(parameters, e!.Parameters.Select(p => p.Type).ToArray());
    }

    /// <summary>In the last call, the token's Transfer comes before the receiver's Received notification (the callback ran after it).</summary>
    protected void AssertTransferPrecedesPayment(string callback)
    {
        var names = Engine.LastNotifications.Select(n => (n.ScriptHash, n.EventName)).ToList();
        int transfer = names.IndexOf((Token, "Transfer")), received = names.IndexOf((Receiver, PaymentReceiver.EventName));
        Assert.True(transfer >= 0 && received > transfer, $"{callback} must be called after the Transfer event.");
    }

    /// <summary>Whether the token's permissions let it call <paramref name="method"/> on any other contract.</summary>
    protected bool MayCallAnyContract(string method) => Manifest.CanCall(Receiver, [], method);

    private Fresh Start()
    {
        var deployed = Snapshots.GetOrAdd(GetType(), _ => new Lazy<Deployed>(DeployOnce)).Value;
        var engine = new TestEngine();
        engine.Restore(deployed.Checkpoint);
        return new Fresh(engine, deployed.Token, deployed.Receiver);
    }

    private Deployed DeployOnce()
    {
        var engine = new TestEngine();
        var token = DeployToken(engine);
        engine.Signers = [new Signer(Alice, WitnessScope.CalledByEntry)];
        var receiver = PaymentReceiver.Deploy(engine);
        return new Deployed(engine.Checkpoint(), token, receiver);
    }

    private sealed record Deployed(object Checkpoint, UInt160 Token, UInt160 Receiver);

    private sealed record Fresh(TestEngine Engine, UInt160 Token, UInt160 Receiver);
}
