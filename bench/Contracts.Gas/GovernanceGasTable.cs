using Protocol.Contracts.Tests;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.GovernanceChain;

namespace Protocol.Bench.Contracts;

/// <summary>
/// Governance on the bootstrapped protocol (GovernanceChain: Governance holds the Dao's and PriceFeed's authority): the
/// system fee of proposing, voting, relinquishing and executing the two-call scenario proposal.
/// </summary>
public sealed class GovernanceGasTable : IGasTable
{
    public string Name => "governance";

    public IReadOnlyList<GasRow> Measure()
    {
        var chain = GovernanceChain.Create();
        var g = chain.Governance;
        var rows = new List<GasRow>();
        long Fee() => chain.Engine.LastFeeConsumed;
        object[] fees = [new object[] { "full", 5_000_000, 500_000 }, new object[] { "dataOnly", 1_000_000, 500_000 }];
        var choices = ForAgainst(Call(chain.Protocol.Dao.Hash, "setOnboardingFees", Iot, fees), Call(chain.Protocol.PriceFeed.Hash, "setMaxAge", 300_000));

        var id = chain.Propose(choices);
        rows.Add(new("Governance.propose", Fee(), "2 choices, a 2-call payload, 1 position for the threshold"));
        chain.Vote(Bob, chain.BobPosition, id, Against);
        rows.Add(new("Governance.vote", Fee(), "first vote of the position: marker, tally, custody"));
        chain.As(Bob, () => g.Relinquish(chain.BobPosition, id));
        rows.Add(new("Governance.relinquish", Fee(), "during voting: tally down, marker deleted, custody returned"));
        chain.Vote(Bob, chain.BobPosition, id, Against);
        chain.Vote(Alice, chain.AlicePosition, id, For);
        chain.Advance(9 * DayMs);
        g.Execute(id);
        rows.Add(new("Governance.execute", Fee(), "Dao.setOnboardingFees + PriceFeed.setMaxAge"));
        g.Relinquish(chain.AlicePosition, id);
        rows.Add(new("Governance.relinquish", Fee(), "after voting (anyone): marker released, custody returned"));
        _ = g.ProposalState(id);
        rows.Add(new("Governance.proposalState", Fee(), "read-only"));
        return rows;
    }
}
