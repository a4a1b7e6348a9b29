using System.Collections.Concurrent;
using System.Numerics;
using Protocol.Contracts.Tests.Proxies;
using Protocol.Scripts.Deployment;
using Protocol.Toolchain.Chain.Deploy;
using Protocol.Toolchain.Runtime.Contracts;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>
/// Governance on a bootstrapped protocol (<see cref="DaoChain"/>): the Governance contract deployed with its wildcard
/// permissions bound to the protocol's hashes (<see cref="Bindings"/>, what the deployment plan should do), named in
/// VoteEscrow, with the DAO (0) and IOT (1) organisations at PROTOCOL.md's defaults, <see cref="Governor"/> and
/// <see cref="SmallGovernor"/> governors of both, <see cref="Guardian"/> their guardian, and the Dao's, PriceFeed's and
/// its own authority handed to it by the current authority. veHNT positions (4-year lockups, 1 veHNT = 10^8 VP units):
/// Alice 1,050,000 HNT cliff (≈ 104.9M veHNT: passes alone), Bob 200,000 HNT constant (20M veHNT), Governor 2,000 HNT
/// constant (200,000 veHNT, above the 100,000 veHNT threshold), SmallGovernor 500 HNT constant (50,000 veHNT, below).
/// Set up once; each chain starts from a copy.
/// </summary>
public sealed class GovernanceChain
{
    public const long OneHnt = 100_000_000;
    public const long DayMs = 86_400_000;
    public const int Dao = 0;
    public const int For = 0;
    public const int Against = 1;
    public const int Draft = 0, Voting = 1, Succeeded = 2, Defeated = 3, Queued = 4, Executed = 5, Cancelled = 6, Expired = 7;
    public static readonly UInt160 GovernanceDeployer = Account(0xE0);
    public static readonly UInt160 Guardian = Account(0xE1);
    public static readonly UInt160 Governor = Account(0xE2);
    public static readonly UInt160 SmallGovernor = Account(0xE3);

    private static readonly Lazy<Snapshot> Deployed = new(DeployOnce);

    private GovernanceChain(ProtocolChain protocol, Snapshot snapshot)
    {
        Protocol = protocol;
        Governance = new Governance(protocol.Engine, snapshot.Governance);
        AlicePosition = snapshot.Alice;
        BobPosition = snapshot.Bob;
        GovernorPosition = snapshot.Governor;
        SmallPosition = snapshot.Small;
    }

    public ProtocolChain Protocol { get; }

    public TestEngine Engine => Protocol.Engine;

    public Governance Governance { get; }

    public VoteEscrow Ve => Protocol.VoteEscrow;

    public byte[] AlicePosition { get; }

    public byte[] BobPosition { get; }

    public byte[] GovernorPosition { get; }

    public byte[] SmallPosition { get; }

    public BigInteger Now => Engine.Timestamp;

    public static GovernanceChain Create()
    {
        var snapshot = Deployed.Value;
        var protocol = DaoChain.Create();
        protocol.Engine.Restore(snapshot.State);
        return new GovernanceChain(protocol, snapshot);
    }

    /// <summary>
    /// Method → the contracts that serve it, for Governance's wildcard permissions: what the deployment plan must add as
    /// bindings["Governance"] (the vote escrow's reads and hooks; every governed setter on its contracts; Governance's
    /// own organisation setters, update and setAuthority on itself).
    /// </summary>
    public static Dictionary<string, UInt160[]> Bindings(IReadOnlyDictionary<string, UInt160> hashes, UInt160 governance) =>
        GovernanceBindings.For(hashes.Where(h => h.Key != "Governance").ToDictionary(h => h.Key, h => h.Value), governance);

    /// <summary>The Governance artefact bound to <paramref name="hashes"/> and the hash it gets when <paramref name="sender"/> deploys it.</summary>
    public static (ContractArtifact Artifact, UInt160 Hash) Artifact(IReadOnlyDictionary<string, UInt160> hashes, UInt160 sender)
    {
        var artifact = ProtocolArtifacts.FromRepository().Load("Governance");
        var hash = ContractHash.Compute(sender, artifact.Nef.CheckSum, artifact.Name);
        return (PermissionBinding.Bind(artifact, Bindings(hashes, hash)), hash);
    }

    private static Snapshot DeployOnce()
    {
        var chain = DaoChain.Create();
        var engine = chain.Engine;
        var (artifact, hash) = Artifact(chain.Hashes, GovernanceDeployer);
        var deployed = chain.As(GovernanceDeployer, () => engine.Deploy(artifact.NefBytes, artifact.ManifestBytes, new object[] { Authority, chain.VoteEscrow.Hash }));
        Assert.Equal(hash, deployed);
        var governance = new Governance(engine, hash);

        // Positions: lift HNT's mint breaker for the test mints, then put it back.
        var config = DaoChain.Config;
        chain.As(Authority, () => chain.Hnt.SetMintBreaker(config.HntMaxSupply, config.HntMintBreakerWindowMs));
        byte[] Lock(UInt160 owner, long hnt, int kind)
        {
            chain.Fund(owner, hnt * OneHnt);
            Assert.True(chain.As(owner, () => chain.Hnt.Transfer(owner, chain.VoteEscrow.Hash, hnt * OneHnt, new object[] { kind, 1460 })));
            return chain.VoteEscrow.LastPositionCreatedEvents.Single().PositionId!;
        }
        var alice = Lock(Alice, 1_050_000, 0);
        var bob = Lock(Bob, 200_000, 1);
        var gov = Lock(Governor, 2_000, 1);
        var small = Lock(SmallGovernor, 500, 1);
        chain.As(Authority, () => chain.Hnt.SetMintBreaker(config.HntMintBreakerThreshold, config.HntMintBreakerWindowMs));

        // Governance: named in VoteEscrow, two organisations at the defaults, then it takes over the authorities.
        chain.As(Authority, () =>
        {
            chain.VoteEscrow.SetGovernance(hash);
            governance.CreateOrganisation(Dao, "Helium DAO", Guardian, null);
            governance.CreateOrganisation(Iot, "IOT", Guardian, null);
            foreach (var org in new[] { Dao, Iot })
            {
                governance.SetGovernor(org, Governor, true);
                governance.SetGovernor(org, SmallGovernor, true);
            }
            chain.Dao.SetAuthority(hash);
            chain.PriceFeed.SetAuthority(hash);
            governance.SetAuthority(hash);
        });
        return new Snapshot(engine.Checkpoint(), hash, alice, bob, gov, small);
    }

    public void As(UInt160 account, Action action) => Protocol.As(account, action);

    public T As<T>(UInt160 account, Func<T> action) => Protocol.As(account, action);

    /// <summary>A payload call [target, method, args].</summary>
    public static object[] Call(UInt160 target, string method, params object?[] args) => [target, method, args];

    /// <summary>Two choices: "For" with <paramref name="calls"/>, "Against" with none.</summary>
    public static object[] ForAgainst(params object[][] calls) => [new object[] { "For", calls }, new object[] { "Against", Array.Empty<object>() }];

    /// <summary>Proposes as <see cref="Governor"/> with its position in organisation <paramref name="org"/>; returns the id.</summary>
    public byte[] Propose(object[] choices, int org = Dao, string title = "Raise IOT onboarding, tighten the price feed")
    {
        var id = As(Governor, () => Governance.Propose(org, Governor, title, "https://example.org/hip/1", choices, new object[] { GovernorPosition }));
        return Governance.LastProposalCreatedEvents.Single().ProposalId!;
    }

    public void Vote(UInt160 owner, byte[] position, byte[] proposal, int choice) => As(owner, () => Governance.Vote(position, proposal, choice));

    /// <summary>Moves the clock on by <paramref name="ms"/>.</summary>
    public void Advance(long ms) => Engine.AdvanceTime(TimeSpan.FromMilliseconds(ms));

    /// <summary>The proposal's fields as <see cref="Governance.GetProposal"/> returns them.</summary>
    public IList<object?> Proposal(byte[] id) => Governance.GetProposal(id)!;

    public int State(byte[] id) => (int)Governance.ProposalState(id);

    private sealed record Snapshot(object State, UInt160 Governance, byte[] Alice, byte[] Bob, byte[] Governor, byte[] Small);
}
