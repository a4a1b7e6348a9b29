using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Scripts.Deployment;

/// <summary>One call the authority signs after deployment.</summary>
public sealed record BootstrapCall(string Contract, string Method, object?[] Args);

/// <summary>
/// What turns deployed contracts into a running protocol, in order, each signed by the authority: HNT's minter role
/// moves to the Dao, Data Credits names the Dao its registrar and lets the HotspotRegistry burn onboarding fees; for each
/// subDAO, Rewards opens its pool (token, claims breaker, reward oracles) before the Dao registers the subDAO with its
/// token, treasury, DNT schedule and authorities (which also sets the subDAO's burn authority in Data Credits), and the
/// HotspotRegistry names its coverage oracle and maker stake; VoteEscrow names Governance, and Governance gets the DAO's organisation (0) and one per subDAO with their governors. Handing every
/// contract's authority to Governance is a separate, last step (<see cref="GovernanceHandover"/>): after it, parameters
/// change only by proposal.
/// </summary>
public static class ProtocolBootstrap
{
    /// <param name="hashes">Name → hash of the deployed plan.</param>
    /// <param name="startMs">When the DNT schedules start: the same start the plan gave the HNT schedule.</param>
    public static IReadOnlyList<BootstrapCall> Calls(ProtocolConfig config, IReadOnlyDictionary<string, UInt160> hashes, long startMs,
        byte addressVersion = Address.DefaultVersion)
    {
        UInt160 authority = Account(config.Authority, "authority", addressVersion);
        UInt160 Or(string? text, string setting) => text is null ? authority : Account(text, setting, addressVersion);
        var calls = new List<BootstrapCall>
        {
            new("Hnt", "setMinter", [hashes["Dao"]]),
            new("DataCredits", "setRegistrar", [hashes["Dao"]]),
            new("DataCredits", "setBurner", [hashes["HotspotRegistry"], true]),
        };
        calls.AddRange(SubDaoRegistrations(config, hashes, startMs, Or));
        calls.Add(new("VoteEscrow", "setGovernance", [hashes["Governance"]]));
        var guardian = Or(config.GovernanceGuardian, "governanceGuardian");
        List<UInt160> governors = config.Governors.Count == 0 ? [authority] : config.Governors.Select((g, i) => Account(g, $"governors[{i}]", addressVersion)).ToList();
        foreach (var (id, name) in config.SubDaos.Select(s => (new BigInteger(s.Id), s.Symbol)).Prepend((BigInteger.Zero, "DAO")))
        {
            calls.Add(new("Governance", "createOrganisation", [id, name, guardian, null]));
            foreach (var governor in governors) calls.Add(new("Governance", "setGovernor", [id, governor, true]));
        }
        return calls;
    }

    /// <summary>The authority hands every contract (Governance itself last) to Governance: from then on only proposals change them.</summary>
    public static IReadOnlyList<BootstrapCall> GovernanceHandover(IReadOnlyDictionary<string, UInt160> hashes) =>
        [.. hashes.Keys.Where(n => n != "Governance").Select(n => new BootstrapCall(n, "setAuthority", [hashes["Governance"]])),
         new BootstrapCall("Governance", "setAuthority", [hashes["Governance"]])];

    private static IEnumerable<BootstrapCall> SubDaoRegistrations(ProtocolConfig config, IReadOnlyDictionary<string, UInt160> hashes, long startMs,
        Func<string?, string, UInt160> Or)
    {
        foreach (var subDao in config.SubDaos)
        {
            var id = new BigInteger(subDao.Id);
            string setting = $"subDaos[{subDao.Symbol}]";
            var token = hashes[ProtocolDeployer.TokenName(subDao)];
            var schedule = config.Schedule(subDao.DntPerYear, config.EmissionStartMs ?? startMs);
            // The escrow must know the subDAO's token before the Dao can mint to it at an epoch close.
            yield return new("Rewards", "setSubDao",
                [id, token, subDao.RewardsBreakerThreshold ?? 3 * schedule[0].PerEpoch, new BigInteger(subDao.RewardsBreakerWindowMs)]);
            if (subDao.RewardOracles.Count > 0)
                yield return new("Rewards", "setOracles",
                [
                    id, subDao.RewardOracles.Select((k, i) => (object)OracleKey(k, $"{setting}.rewardOracles[{i}]")).ToArray(),
                    new BigInteger(subDao.RewardOracleQuorum ?? subDao.RewardOracles.Count / 2 + 1),
                ]);
            yield return new("Dao", "registerSubDao",
            [
                id, token, hashes[ProtocolDeployer.TreasuryName(subDao)],
                subDao.RewardsEscrow is null ? hashes["Rewards"] : Or(subDao.RewardsEscrow, $"{setting}.rewardsEscrow"),
                schedule.Select(e => (object)new object[] { new BigInteger(e.StartMs), e.PerEpoch }).ToArray(), new BigInteger(subDao.DelegatorShareBps),
                subDao.OnboardingFees.Select(f => (object)new object[] { f.DeviceType, new BigInteger(f.OnboardingDc), new BigInteger(f.LocationAssertDc) }).ToArray(),
                Or(subDao.DcBurnAuthority, $"{setting}.dcBurnAuthority"),
                subDao.ActiveDeviceAuthority is null ? hashes["HotspotRegistry"] : Or(subDao.ActiveDeviceAuthority, $"{setting}.activeDeviceAuthority"),
            ]);
            yield return new("HotspotRegistry", "setActiveDeviceAuthority", [id, Or(subDao.CoverageOracle, $"{setting}.coverageOracle")]);
            yield return new("HotspotRegistry", "setStakeRequirement", [id, subDao.MakerStakeHnt, subDao.MakerStakeDnt]);
        }
    }

    private static byte[] OracleKey(string hex, string setting)
    {
        byte[] key;
        try
        {
            key = Convert.FromHexString(hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex);
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"Setting {setting}: '{hex}' is not hex.");
        }
        if (key.Length != 33 || key[0] is not (2 or 3))
            throw new InvalidDataException($"Setting {setting}: a reward oracle key is a compressed secp256r1 public key (33 bytes starting 02 or 03), not {key.Length} bytes.");
        return key;
    }

    private static UInt160 Account(string text, string setting, byte addressVersion) => ProtocolDeployer.ParseAccount(text, setting, addressVersion);
}
