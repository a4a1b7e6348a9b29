using System.Numerics;
using System.Security.Cryptography;
using Protocol.Contracts.Tests.Proxies;
using Protocol.Scripts.Deployment;
using Protocol.Services.Rewards.Merkle;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>
/// Hotspots and rewards on a bootstrapped protocol whose IOT subDAO names, in the configuration, the Rewards escrow as
/// its rewards escrow and the HotspotRegistry as its active-device authority, both deployed afterwards from
/// <see cref="HotspotDeployer"/> at the hashes the configuration predicted (as a deployment plan would). The authority
/// then opens IOT's pool in Rewards (three reward oracles, quorum 2, a breaker of three epochs' escrow share per day),
/// makes the registry a Data Credits burner, names <see cref="CoverageOracle"/> the registry's active-device authority
/// of IOT and MOBILE (and the registry the Dao's for MOBILE through setSubDaoAuthorities), and asks IOT makers for a
/// 10 HNT stake. Deployment runs once; each chain starts from a copy.
/// </summary>
public sealed class HotspotChain
{
    /// <summary>The subDAO the hotspots and rewards tests use (IOT).</summary>
    public const int SubDao = Iot;
    public const long OneHnt = 100_000_000;
    public const long FullFee = 4_000_000;
    public const long DataOnlyFee = 1_000_000;
    public const long LocationFee = 500_000;
    public const long MakerStake = 10 * OneHnt;
    /// <summary>IOT minted to the escrow per epoch: the whole emission, as no veHNT is delegated to IOT in these tests.</summary>
    public static readonly BigInteger EscrowPerEpoch = DaoChain.IotPerEpoch;
    public static readonly BigInteger BreakerThreshold = 3 * EscrowPerEpoch;
    public const long BreakerWindowMs = 86_400_000;
    /// <summary>A resolution-12 H3 cell and a neighbour of it.</summary>
    public const long Cell = 0x08c2a1072b59ffff;
    public const long OtherCell = 0x08c2a1072b5bffff;

    public static readonly UInt160 HotspotDeployer = Account(0xE0);
    public static readonly UInt160 CoverageOracle = Account(0xE1);
    public static readonly UInt160 Maker = Account(0xE2);
    public static readonly UInt160 OtherMaker = Account(0xE3);

    /// <summary>The reward oracles' secp256r1 keys (one process-wide set, so every copy of the snapshot knows them).</summary>
    public static readonly IReadOnlyList<ECDsa> RewardOracles = [.. Enumerable.Range(0, 3).Select(_ => ECDsa.Create(ECCurve.NamedCurves.nistP256))];

    private static readonly Lazy<Deployed> Snapshot = new(DeployOnce);

    private HotspotChain(ProtocolChain protocol, Deployed deployed)
    {
        Protocol = protocol;
        Registry = new HotspotRegistry(protocol.Engine, deployed.Registry);
        Rewards = new Rewards(protocol.Engine, deployed.Rewards);
        Token = protocol.Token("IOT");
    }

    public ProtocolChain Protocol { get; }

    public TestEngine Engine => Protocol.Engine;

    public HotspotRegistry Registry { get; }

    public Rewards Rewards { get; }

    /// <summary>IOT, the subDAO's token.</summary>
    public SubDaoToken Token { get; }

    public long Fee => Engine.LastFeeConsumed;

    public static HotspotChain Create()
    {
        var deployed = Snapshot.Value;
        var protocol = DaoChain.Create(Config);
        protocol.Engine.Restore(deployed.State);
        return new HotspotChain(protocol, deployed);
    }

    /// <summary>33-byte compressed public key of an ECDsa P-256 key.</summary>
    public static byte[] PublicKey(ECDsa key)
    {
        var q = key.ExportParameters(false).Q;
        return [(byte)(2 + (q.Y![^1] & 1)), .. q.X!];
    }

    private static readonly string Contracts = ProtocolArtifacts.FromRepository().ContractsDirectory;

    /// <summary>Where HotspotDeployer's deployment of a contract lands.</summary>
    private static UInt160 Planned(string name) =>
        ContractHash.Compute(HotspotDeployer, ProtocolArtifacts.FromRepository().Load(name).Nef.CheckSum, name);

    /// <summary>DaoChain's configuration with IOT's rewards escrow and active-device authority at the planned Rewards and HotspotRegistry.</summary>
    public static readonly ProtocolConfig Config = DaoChain.Config with
    {
        SubDaos =
        [
            DaoChain.Config.SubDaos[0] with { RewardsEscrow = Planned("Rewards").ToString(), ActiveDeviceAuthority = Planned("HotspotRegistry").ToString() },
            DaoChain.Config.SubDaos[1],
        ],
    };

    private static Deployed DeployOnce()
    {
        var chain = DaoChain.Create(Config);
        var engine = chain.Engine;
        string Path(string name, string ext) => System.IO.Path.Combine(Contracts, $"{name}/bin/sc/{name}.{ext}");
        UInt160 registry, rewards;
        var previous = engine.Signers;
        engine.Signers = [new Signer(HotspotDeployer, WitnessScope.CalledByEntry)];
        try
        {
            registry = engine.Deploy(Path("HotspotRegistry", "nef"), Path("HotspotRegistry", "manifest.json"),
                new object[] { Authority, chain.Hnt.Hash, chain.Dao.Hash, chain.DataCredits.Hash });
            rewards = engine.Deploy(Path("Rewards", "nef"), Path("Rewards", "manifest.json"), new object[] { Authority, chain.Dao.Hash, registry });
        }
        finally
        {
            engine.Signers = previous;
        }
        Assert.Equal(Planned("HotspotRegistry"), registry);
        Assert.Equal(Planned("Rewards"), rewards);

        var reg = new HotspotRegistry(engine, registry);
        var rew = new Rewards(engine, rewards);
        chain.As(Authority, () =>
        {
            rew.SetSubDao(SubDao, chain.Token("IOT").Hash, BreakerThreshold, BreakerWindowMs);
            rew.SetOracles(SubDao, RewardOracles.Select(k => (object?)PublicKey(k)).ToList(), 2);
            chain.DataCredits.SetBurner(registry, true);
            reg.SetActiveDeviceAuthority(SubDao, CoverageOracle);
            reg.SetActiveDeviceAuthority(DaoChain.Mobile, CoverageOracle);
            chain.Dao.SetSubDaoAuthorities(DaoChain.Mobile, Authority, registry);
            reg.SetStakeRequirement(SubDao, MakerStake, 0);
        });
        return new Deployed(engine.Checkpoint(), registry, rewards);
    }

    public void As(UInt160 account, Action action) => Protocol.As(account, action);

    public T As<T>(UInt160 account, Func<T> action) => Protocol.As(account, action);

    /// <summary>The maker stakes 10 HNT for IOT and the authority approves it.</summary>
    public void ApproveMaker(UInt160 maker)
    {
        Protocol.Fund(maker, MakerStake);
        Assert.True(As(maker, () => Protocol.Hnt.Transfer(maker, Registry.Hash, MakerStake, SubDao)));
        As(Authority, () => Registry.ApproveMaker(SubDao, maker));
    }

    /// <summary>Issues a IOT hotspot of <paramref name="deviceType"/> for a device key made from <paramref name="seed"/>; returns its token id.</summary>
    public byte[] Issue(UInt160 owner, byte seed, string deviceType = "full", UInt160? maker = null, int subDaoId = SubDao)
    {
        maker ??= Maker;
        return As(maker, () => Registry.Issue(maker, DeviceKey(seed), owner, subDaoId, deviceType))!;
    }

    public static byte[] DeviceKey(byte seed) => [0x02, .. Enumerable.Repeat(seed, 32)];

    /// <summary>Gives <paramref name="owner"/> <paramref name="dc"/> DC: HNT at $5 bought into DC (the exact-amount mode).</summary>
    public void GiveDc(UInt160 owner, BigInteger dc)
    {
        Protocol.Advance(TimeSpan.FromSeconds(1)); // each oracle submission must be newer than its last
        Protocol.PostPrice(500_000_000, 0);
        var hnt = Protocol.DataCredits.QuoteHntForDc(dc);
        Protocol.Fund(owner, hnt);
        Assert.True(Protocol.BuyDc(owner, hnt, new object[] { owner, dc }));
    }

    /// <summary>Closes every epoch up to the current one's predecessor (funds the escrow with IOT).</summary>
    public void Crank() => Protocol.Dao.Crank();

    /// <summary>Each oracle in <paramref name="signers"/> signs the root message: [[index, r‖s] …].</summary>
    public List<object?> Sign(BigInteger epoch, byte[] root, ulong total, IEnumerable<int>? signers = null, int subDaoId = SubDao)
    {
        var message = RewardTree.RootMessage(Engine.Settings.Network, Rewards.Hash.ToArray(), (ulong)subDaoId, (ulong)epoch, root, total);
        return (signers ?? [0, 1]).Select(i => (object?)new object[] { new BigInteger(i), RewardOracles[i].SignData(message, HashAlgorithmName.SHA256) }).ToList();
    }

    /// <summary>Posts a tree's root for <paramref name="epoch"/> signed by oracles 0 and 1.</summary>
    public void SubmitRoot(BigInteger epoch, RewardTree tree) => Rewards.SubmitRoot(SubDao, epoch, tree.Root, tree.Total, Sign(epoch, tree.Root, tree.Total));

    /// <summary>Claims the hotspot's leaf of <paramref name="tree"/>; returns the amount paid.</summary>
    public BigInteger Claim(RewardTree tree, byte[] tokenId)
    {
        var proof = tree.Proof(tokenId);
        return Rewards.Claim(tokenId, proof.Cumulative, proof.Index, proof.Siblings.Select(s => (object?)s).ToList());
    }

    public sealed record Deployed(object State, UInt160 Registry, UInt160 Rewards);
}
