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
/// Hotspots and rewards on a protocol bootstrapped from the production plan, whose IOT subDAO keeps the plan's defaults:
/// the Rewards contract is its rewards escrow and the HotspotRegistry its active-device authority. The configuration
/// names <see cref="CoverageOracle"/> the registry's active-device authority of IOT and MOBILE (MOBILE's Dao authority is
/// the registry too), three reward oracles with quorum 2 and a breaker of three epochs' escrow share per day for IOT, and
/// a 10 HNT maker stake: the bootstrap does the rest. Deployment runs once; each chain starts from a copy.
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

    public static readonly UInt160 CoverageOracle = Account(0xE1);
    public static readonly UInt160 Maker = Account(0xE2);
    public static readonly UInt160 OtherMaker = Account(0xE3);

    /// <summary>The reward oracles' secp256r1 keys (one process-wide set, so every copy of the snapshot knows them).</summary>
    public static readonly IReadOnlyList<ECDsa> RewardOracles = [.. Enumerable.Range(0, 3).Select(_ => ECDsa.Create(ECCurve.NamedCurves.nistP256))];

    private HotspotChain(ProtocolChain protocol)
    {
        Protocol = protocol;
        Registry = new HotspotRegistry(protocol.Engine, protocol.Hashes["HotspotRegistry"]);
        Rewards = new Rewards(protocol.Engine, protocol.Hashes["Rewards"]);
        Token = protocol.Token("IOT");
    }

    public ProtocolChain Protocol { get; }

    public TestEngine Engine => Protocol.Engine;

    public HotspotRegistry Registry { get; }

    public Rewards Rewards { get; }

    /// <summary>IOT, the subDAO's token.</summary>
    public SubDaoToken Token { get; }

    public long Fee => Engine.LastFeeConsumed;

    public static HotspotChain Create() => new(DaoChain.Create(Config));

    /// <summary>33-byte compressed public key of an ECDsa P-256 key.</summary>
    public static byte[] PublicKey(ECDsa key)
    {
        var q = key.ExportParameters(false).Q;
        return [(byte)(2 + (q.Y![^1] & 1)), .. q.X!];
    }

    /// <summary>DaoChain's configuration with IOT's hotspots and rewards as the plan sets them up, and MOBILE's active devices through the registry.</summary>
    public static readonly ProtocolConfig Config = DaoChain.Config with
    {
        SubDaos =
        [
            DaoChain.Config.SubDaos[0] with
            {
                RewardsEscrow = null, ActiveDeviceAuthority = null, CoverageOracle = CoverageOracle.ToString(),
                RewardOracles = [.. RewardOracles.Select(k => Convert.ToHexString(PublicKey(k)))], RewardOracleQuorum = 2,
                RewardsBreakerThreshold = BreakerThreshold, RewardsBreakerWindowMs = BreakerWindowMs, MakerStakeHnt = MakerStake,
            },
            DaoChain.Config.SubDaos[1] with { ActiveDeviceAuthority = null, CoverageOracle = CoverageOracle.ToString(), MakerStakeHnt = 0 },
        ],
    };

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
}
