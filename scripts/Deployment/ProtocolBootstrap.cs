using System.Numerics;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Scripts.Deployment;

/// <summary>One call the authority signs after deployment.</summary>
public sealed record BootstrapCall(string Contract, string Method, object?[] Args);

/// <summary>
/// What turns deployed contracts into a running protocol, in order, each signed by the authority: HNT's minter role
/// moves to the Dao, Data Credits names the Dao its registrar, the Dao registers every configured subDAO with its
/// token, treasury, DNT schedule and authorities (which also sets the subDAO's burn authority in Data Credits), VoteEscrow
/// names Governance, and Governance gets the DAO's organisation (0) and one per subDAO with their governors. Handing every
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
            var schedule = config.Schedule(subDao.DntPerYear, config.EmissionStartMs ?? startMs)
                .Select(e => (object)new object[] { new BigInteger(e.StartMs), e.PerEpoch }).ToArray();
            yield return new("Dao", "registerSubDao",
            [
                new BigInteger(subDao.Id), hashes[ProtocolDeployer.TokenName(subDao)], hashes[ProtocolDeployer.TreasuryName(subDao)],
                Or(subDao.RewardsEscrow, $"subDaos[{subDao.Symbol}].rewardsEscrow"), schedule, new BigInteger(subDao.DelegatorShareBps),
                subDao.OnboardingFees.Select(f => (object)new object[] { f.DeviceType, new BigInteger(f.OnboardingDc), new BigInteger(f.LocationAssertDc) }).ToArray(),
                Or(subDao.DcBurnAuthority, $"subDaos[{subDao.Symbol}].dcBurnAuthority"),
                Or(subDao.ActiveDeviceAuthority, $"subDaos[{subDao.Symbol}].activeDeviceAuthority"),
            ]);
        }
    }

    private static UInt160 Account(string text, string setting, byte addressVersion) => ProtocolDeployer.ParseAccount(text, setting, addressVersion);
}
