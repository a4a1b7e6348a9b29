using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Scripts.Deployment;

/// <summary>
/// Which protocol contracts serve each governed method the Governance contract may call (its wildcard permissions, bound
/// at deployment): a payload can reach exactly these setters on exactly these contracts.
/// </summary>
public static class GovernanceBindings
{
    /// <param name="hashes">Name → hash of every other planned contract.</param>
    /// <param name="governance">Governance's own hash (it governs its own rules and authority too).</param>
    public static Dictionary<string, UInt160[]> For(IReadOnlyDictionary<string, UInt160> hashes, UInt160 governance)
    {
        UInt160[] Named(string prefix) => hashes.Where(h => h.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(h => h.Value).ToArray();
        UInt160 priceFeed = hashes["PriceFeed"], hnt = hashes["Hnt"], dc = hashes["DataCredits"], dao = hashes["Dao"], ve = hashes["VoteEscrow"];
        var tokens = Named("SubDaoToken.");
        var treasuries = Named("Treasury.");
        UInt160 registry = hashes["HotspotRegistry"], rewards = hashes["Rewards"];
        var all = hashes.Where(h => h.Key != "Governance").Select(h => h.Value).ToArray();
        return new Dictionary<string, UInt160[]>
        {
            ["getPosition"] = [ve], ["votingPower"] = [ve], ["addVote"] = [ve], ["removeVote"] = [ve],
            ["addOracle"] = [priceFeed], ["removeOracle"] = [priceFeed], ["setMaxAge"] = [priceFeed], ["setMaxDeviation"] = [priceFeed],
            ["setMinter"] = [hnt], ["setMintBreaker"] = [hnt, dc],
            ["setBurner"] = [dc], ["setRegistrar"] = [dc], ["setPriceFeed"] = [dc],
            ["registerSubDao"] = [dao], ["setSchedule"] = [dao], ["setNetEmissionsCap"] = [dao], ["setVoteEscrow"] = [dao, governance],
            ["setOnboardingFees"] = [dao], ["setSubDaoAuthorities"] = [dao], ["setSubDaoEmissions"] = [dao],
            ["setDao"] = [.. tokens, .. treasuries, ve, registry, rewards], ["setTreasury"] = tokens,
            ["setCurve"] = treasuries, ["setFreezeTime"] = treasuries, ["setBreaker"] = [.. treasuries, rewards],
            ["approveMaker"] = [registry], ["revokeMaker"] = [registry], ["setActiveDeviceAuthority"] = [registry], ["setStakeRequirement"] = [registry],
            ["setSubDao"] = [rewards], ["setOracles"] = [rewards], ["setHotspotRegistry"] = [rewards],
            ["setLandrushEnd"] = [ve], ["setGovernance"] = [ve],
            ["createOrganisation"] = [governance], ["setOrganisationSettings"] = [governance], ["setGuardian"] = [governance], ["setGovernor"] = [governance],
            ["setAuthority"] = [.. all, governance], ["update"] = [.. all, governance],
        };
    }
}
