using System.Numerics;
using Protocol.Scripts.Deployment;
using Protocol.Toolchain.Runtime.Models;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>A bootstrapped protocol (the Dao mints and registers IOT and MOBILE) and the helpers the DAO tests share.</summary>
public static class DaoChain
{
    public const int Mobile = 2;
    public const long EpochMs = 3_600_000;

    /// <summary>
    /// TestConfig with IOT's DC burned by <see cref="IotBurnAuthority"/>; every other subDAO role is the authority, which
    /// also receives the hotspot share of the DNT as the rewards escrow (HotspotChain puts the Rewards contract there).
    /// </summary>
    public static readonly ProtocolConfig Config = TestConfig with
    {
        SubDaos =
        [
            ProtocolConfig.DefaultSubDaos[0] with { DcBurnAuthority = IotBurnAuthority.ToString(), RewardsEscrow = Authority.ToString(), ActiveDeviceAuthority = Authority.ToString() },
            ProtocolConfig.DefaultSubDaos[1] with { RewardsEscrow = Authority.ToString(), ActiveDeviceAuthority = Authority.ToString() },
        ],
    };

    /// <summary>HNT per epoch at the schedule's start: 15,000,000 HNT × 1 h / 365 days, in bones, rounded down.</summary>
    public static readonly BigInteger HntPerEpoch = BigInteger.Parse("1500000000000000") * 3600 / (365 * 86_400);

    public static readonly BigInteger IotPerEpoch = BigInteger.Parse("32500000000000000") * 3600 / (365 * 86_400);

    public static ProtocolChain Create(ProtocolConfig? config = null) => ProtocolChain.Create(config ?? Config, bootstrap: true);

    public static BigInteger Epoch(this ProtocolChain chain) => chain.Engine.Timestamp / (ulong)EpochMs;

    /// <summary>Moves the clock to the first block of epoch <paramref name="epoch"/>.</summary>
    public static void AdvanceToEpoch(this ProtocolChain chain, BigInteger epoch) =>
        chain.Advance(TimeSpan.FromMilliseconds((double)(epoch * EpochMs - chain.Engine.Timestamp)));

    /// <summary>Mints HNT to an account the way only a test can after bootstrap: the authority lends the minter role and takes it back.</summary>
    public static void Fund(this ProtocolChain chain, UInt160 to, BigInteger bones)
    {
        chain.As(Authority, () => chain.Hnt.SetMinter(Minter));
        chain.MintHnt(to, bones);
        chain.As(Authority, () => chain.Hnt.SetMinter(chain.Dao.Hash));
    }

    /// <summary>The closed epoch's account [scheduled, reEmission, carriedIn, issued, carriedOut, clamped].</summary>
    public static (BigInteger Scheduled, BigInteger ReEmission, BigInteger CarriedIn, BigInteger Issued, BigInteger CarriedOut, bool Clamped) Summary(this ProtocolChain chain, BigInteger epoch)
    {
        var s = (IList<object?>)chain.Dao.EpochSummary(epoch)!;
        return ((BigInteger)s[0]!, (BigInteger)s[1]!, (BigInteger)s[2]!, (BigInteger)s[3]!, (BigInteger)s[4]!, (bool)s[5]!);
    }

    /// <summary>A subDAO's result of a closed epoch: [score, hnt, dntToEscrow, dntToDelegators, vp, dcBurned, activeFees].</summary>
    public static BigInteger[] Result(this ProtocolChain chain, int subDaoId, BigInteger epoch) =>
        ((IList<object?>)chain.Dao.EpochResult(subDaoId, epoch)!).Take(7).Select(v => v is bool b ? (b ? BigInteger.One : 0) : (BigInteger)v!).ToArray();
}
