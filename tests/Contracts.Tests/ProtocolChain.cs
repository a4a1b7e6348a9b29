using System.Collections.Concurrent;
using System.Numerics;
using Protocol.Contracts.Tests.Proxies;
using Protocol.Scripts.Deployment;
using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;

namespace Protocol.Contracts.Tests;

/// <summary>
/// A test chain with the protocol deployed through the production plan (<see cref="ProtocolDeployer"/>) from a test
/// configuration: named accounts, typed proxies for every contract, and helpers to act as an account, post prices and
/// move time. Deployment runs once per configuration; each chain starts from a copy of that state.
/// </summary>
public sealed class ProtocolChain
{
    public static readonly UInt160 Deployer = TestEngine.DefaultSender;
    public static readonly UInt160 Authority = Account(0xA0);
    public static readonly UInt160 Minter = Account(0xA1);
    public static readonly UInt160 IotBurnAuthority = Account(0xA2);
    public static readonly UInt160 Alice = Account(0x0A);
    public static readonly UInt160 Bob = Account(0x0B);
    public static readonly UInt160 Carol = Account(0x0C);
    public static readonly IReadOnlyList<UInt160> Oracles = [Account(0xB1), Account(0xB2), Account(0xB3), Account(0xB4), Account(0xB5)];

    /// <summary>The subDAO id tests register for delegation (IOT).</summary>
    public const int Iot = 1;

    /// <summary>The configuration tests deploy with: PROTOCOL.md's defaults, test accounts, a 1-hour epoch.</summary>
    public static readonly ProtocolConfig TestConfig = new()
    {
        Authority = Authority.ToString(),
        HntMinter = Minter.ToString(),
        PriceOracles = Oracles.Select(o => o.ToString()).ToList(),
        EpochLengthSeconds = 3600,
    };

    private static readonly ConcurrentDictionary<(ProtocolConfig, bool), Lazy<(object State, IReadOnlyDictionary<string, UInt160> Hashes)>> Deployed = new();

    private ProtocolChain(TestEngine engine, IReadOnlyDictionary<string, UInt160> hashes)
    {
        Engine = engine;
        Hashes = hashes;
        Hnt = new Hnt(engine, hashes["Hnt"]);
        DataCredits = new DataCredits(engine, hashes["DataCredits"]);
        PriceFeed = new PriceFeed(engine, hashes["PriceFeed"]);
        Dao = new Dao(engine, hashes["Dao"]);
    }

    public TestEngine Engine { get; }

    public IReadOnlyDictionary<string, UInt160> Hashes { get; }

    public Hnt Hnt { get; }

    public DataCredits DataCredits { get; }

    public PriceFeed PriceFeed { get; }

    public Dao Dao { get; }

    public VoteEscrow VoteEscrow => new(Engine, Hashes["VoteEscrow"]);

    /// <summary>The token of the subDAO with this symbol (SubDaoToken.&lt;symbol&gt;).</summary>
    public SubDaoToken Token(string symbol) => new(Engine, Hashes["SubDaoToken." + symbol]);

    /// <summary>The treasury of the subDAO with this symbol (Treasury.&lt;symbol&gt;).</summary>
    public Treasury Treasury(string symbol) => new(Engine, Hashes["Treasury." + symbol]);

    /// <summary>
    /// A chain with the protocol deployed from <paramref name="config"/> (TestConfig by default). Without
    /// <paramref name="bootstrap"/> the minter stays the configured account and the authority names the IOT burn
    /// authority; with it, the authority runs <see cref="ProtocolBootstrap"/> (the Dao mints and registers the subDAOs).
    /// </summary>
    public static ProtocolChain Create(ProtocolConfig? config = null, bool bootstrap = false)
    {
        config ??= TestConfig;
        var deployed = Deployed.GetOrAdd((config, bootstrap), k => new Lazy<(object, IReadOnlyDictionary<string, UInt160>)>(() => DeployOnce(k.Item1, k.Item2))).Value;
        var engine = new TestEngine();
        engine.Restore(deployed.State); // deployment persists no block, so a fresh engine's clock matches the state
        return new ProtocolChain(engine, deployed.Hashes);
    }

    private static (object, IReadOnlyDictionary<string, UInt160>) DeployOnce(ProtocolConfig config, bool bootstrap)
    {
        var chain = DeployOn(new TestEngine(), config, bootstrap);
        return (chain.Engine.Checkpoint(), chain.Hashes);
    }

    /// <summary>Deploys the plan on <paramref name="engine"/> (from its sender) and, with <paramref name="bootstrap"/>, runs the bootstrap as the authority.</summary>
    public static ProtocolChain DeployOn(TestEngine engine, ProtocolConfig config, bool bootstrap)
    {
        long now = (long)engine.Timestamp;
        var hashes = ProtocolDeployer.DeployAsync(new TestEngineHost(engine), ProtocolArtifacts.FromRepository(), config, now).GetAwaiter().GetResult();
        var chain = new ProtocolChain(engine, hashes);
        if (bootstrap)
            foreach (var call in ProtocolBootstrap.Calls(config, hashes, now))
                chain.As(Authority, () => engine.Invoke(hashes[call.Contract], call.Method, call.Args));
        else
            chain.As(Authority, () => chain.DataCredits.SetBurnAuthority(Iot, IotBurnAuthority));
        return chain;
    }

    /// <summary>A deterministic test account.</summary>
    public static UInt160 Account(byte id) => new(Enumerable.Repeat(id, 20).ToArray());

    /// <summary>Runs <paramref name="action"/> signed by <paramref name="account"/> (CalledByEntry), then restores the signers.</summary>
    public void As(UInt160 account, Action action) => As([new Signer(account, WitnessScope.CalledByEntry)], action);

    public T As<T>(UInt160 account, Func<T> action)
    {
        T result = default!;
        As(account, () => { result = action(); });
        return result;
    }

    public void As(IReadOnlyList<Signer> signers, Action action)
    {
        var previous = Engine.Signers;
        Engine.Signers = signers;
        try { action(); }
        finally { Engine.Signers = previous; }
    }

    /// <summary>Every oracle in <paramref name="oracles"/> (all by default) posts (price, conf) stamped with the current block time.</summary>
    public void PostPrice(BigInteger priceE8, BigInteger confE8, IEnumerable<UInt160>? oracles = null)
    {
        foreach (var oracle in oracles ?? Oracles)
            As(oracle, () => PriceFeed.SubmitPrice(oracle, priceE8, confE8, Engine.Timestamp));
    }

    /// <summary>Mints HNT as the minter.</summary>
    public void MintHnt(UInt160 to, BigInteger bones) => As(Minter, () => Hnt.Mint(to, bones));

    /// <summary>Buys DC: the payer sends HNT to Data Credits with the given data. Returns transfer's result.</summary>
    public bool BuyDc(UInt160 payer, BigInteger bones, object? data = null) =>
        As(payer, () => Hnt.Transfer(payer, DataCredits.Hash, bones, data));

    /// <summary>Moves the chain's clock on by <paramref name="time"/> (one empty block).</summary>
    public void Advance(TimeSpan time) => Engine.AdvanceTime(time);

    /// <summary>The protocol host over a test engine (deploys from the engine's current sender).</summary>
    public sealed class TestEngineHost(TestEngine engine) : IProtocolHost
    {
        public UInt160 Sender => engine.Sender;

        public Task<bool> ExistsAsync(UInt160 hash, CancellationToken ct = default) =>
            Task.FromResult(Toolchain.Runtime.Native.ContractManagement.GetContract(engine.State, hash) is not null);

        public Task<UInt160> DeployAsync(ContractArtifact artifact, object? data, CancellationToken ct = default) =>
            Task.FromResult(engine.Deploy(artifact.NefBytes, artifact.ManifestBytes, data));
    }
}
