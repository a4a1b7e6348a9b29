using Protocol.Scripts.Deployment;
using Protocol.Toolchain.Runtime.Manifest;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>The deployment plan: planned hashes are the deployed ones, and no deployed manifest keeps a needless wildcard.</summary>
public class DeploymentTests
{
    private readonly ProtocolChain _chain = Create();

    private ContractManifest Deployed(string name) => ContractManagement.GetContract(_chain.Engine.State, _chain.Hashes[name])!.Manifest;

    private static string Describe(ContractPermission p) =>
        (p.Contract.IsWildcard ? "*" : p.Contract.Hash!.ToString()) + ":" + (p.Methods.IsWildcard ? "*" : string.Join(",", p.Methods.Order(StringComparer.Ordinal)));

    [Fact]
    public void Data_credits_may_call_exactly_hnt_burn_the_price_feed_and_the_dao_crank()
    {
        var permissions = Deployed("DataCredits").Permissions.Select(Describe).ToList();
        Assert.Contains($"{_chain.Hnt.Hash}:burn", permissions);
        Assert.Contains($"{_chain.PriceFeed.Hash}:conservativePrice", permissions);
        Assert.Contains($"{_chain.Dao.Hash}:crank", permissions);
        Assert.DoesNotContain(permissions, p => p.StartsWith('*'));
    }

    [Fact]
    public void Only_token_callbacks_stay_wildcards()
    {
        foreach (var name in ProtocolDeployer.ContractNames(TestConfig))
            foreach (var permission in Deployed(name).Permissions.Where(p => p.Contract.IsWildcard))
            {
                Assert.False(permission.Methods.IsWildcard, $"{name} may call anything anywhere");
                Assert.All(permission.Methods, m => Assert.Contains(m, PermissionBinding.StandardCallbacks));
            }
        Assert.Contains(Deployed("Hnt").Permissions, p => p.Contract.IsWildcard && p.Methods.Contains("onNEP17Payment"));
    }

    [Fact]
    public void An_unbound_wildcard_method_stops_the_plan()
    {
        var artifact = ProtocolArtifacts.FromRepository().Load("DataCredits");
        var error = Assert.Throws<InvalidOperationException>(() => PermissionBinding.Bind(artifact, new Dictionary<string, UInt160[]> { ["burn"] = [Alice] }));
        Assert.Equal("DataCredits: the wildcard permission for 'conservativePrice' is bound to no protocol contract; add it to the deployment plan's bindings.", error.Message);
    }

    [Fact]
    public void The_plan_predicts_every_hash()
    {
        var plan = ProtocolDeployer.Plan(ProtocolArtifacts.FromRepository(), TestConfig, Deployer, 0);
        Assert.Equal(ProtocolDeployer.ContractNames(TestConfig), plan.Select(p => p.Name));
        foreach (var contract in plan)
            Assert.Equal(contract.Hash, _chain.Hashes[contract.Name]);
    }

    [Fact]
    public void By_default_the_rewards_escrow_and_the_active_device_authority_are_the_plans_hotspot_contracts()
    {
        var config = TestConfig with { SubDaos = [ProtocolConfig.DefaultSubDaos[0] with { CoverageOracle = Alice.ToString() }, ProtocolConfig.DefaultSubDaos[1]] };
        var chain = ProtocolChain.Create(config, bootstrap: true);
        UInt160 registry = chain.Hashes["HotspotRegistry"], rewards = chain.Hashes["Rewards"];
        foreach (var (id, symbol) in new[] { (Iot, "IOT"), (DaoChain.Mobile, "MOBILE") })
        {
            var subDao = (IList<object?>)chain.Dao.SubDaoInfo(id)!;
            Assert.Equal(rewards.ToArray(), subDao[3]);
            Assert.Equal(registry.ToArray(), subDao[7]);
            var pool = (IList<object?>)new Proxies.Rewards(chain.Engine, rewards).PoolInfo(id)!;
            Assert.Equal(chain.Token(symbol).Hash.ToArray(), pool[0]);
            Assert.Equal([1_000_000_000, 0], ((IList<object?>)new Proxies.HotspotRegistry(chain.Engine, registry).StakeRequirement(id)!).Cast<System.Numerics.BigInteger>());
        }
        Assert.Equal(Alice, chain.Engine.Call<UInt160>(registry, "activeDeviceAuthority", Iot));
        Assert.Equal(Authority, chain.Engine.Call<UInt160>(registry, "activeDeviceAuthority", DaoChain.Mobile));
        Assert.True(chain.DataCredits.IsBurner(registry));
        var permissions = Deployed("Rewards").Permissions.Select(Describe).ToList();
        Assert.Contains($"{_chain.Hashes["HotspotRegistry"]}:ownerAndSubDao", permissions);
        Assert.Contains($"{_chain.Token("IOT").Hash}:transfer", permissions);
    }

    [Fact]
    public void A_reward_oracle_key_that_is_not_a_compressed_public_key_is_refused_with_its_setting()
    {
        var config = TestConfig with { SubDaos = [ProtocolConfig.DefaultSubDaos[0] with { RewardOracles = ["02ab"] }] };
        var error = Assert.Throws<InvalidDataException>(() => ProtocolBootstrap.Calls(config, _chain.Hashes, 0));
        Assert.Equal("Setting subDaos[IOT].rewardOracles[0]: a reward oracle key is a compressed secp256r1 public key (33 bytes starting 02 or 03), not 2 bytes.", error.Message);
    }

    [Fact]
    public void Bootstrap_names_governance_and_the_handover_leaves_every_contract_to_it()
    {
        var chain = DaoChain.Create();
        var governance = chain.Hashes["Governance"];
        Assert.Equal(governance, chain.VoteEscrow.Governance);
        Assert.True(chain.Engine.Call<bool>(governance, "isGovernor", 0, Authority));
        Assert.True(chain.Engine.Call<bool>(governance, "isGovernor", Iot, Authority));

        foreach (var call in ProtocolBootstrap.GovernanceHandover(chain.Hashes))
            chain.As(Authority, () => chain.Engine.Invoke(chain.Hashes[call.Contract], call.Method, call.Args));
        foreach (var (name, hash) in chain.Hashes)
            Assert.True(governance == chain.Engine.Call<UInt160>(hash, "getAuthority"), $"{name} is not governed by Governance");
        Toolchain.Testing.TestEngine.AssertFault(() => chain.As(Authority, () => chain.Dao.SetNetEmissionsCap(1)), "Only the DAO's authority may do this.");
    }
}
