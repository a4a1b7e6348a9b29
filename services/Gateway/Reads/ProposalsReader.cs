using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Services.Gateway.Reads;

public sealed record PayloadCallView(string Target, string? TargetName, string Method, int Arguments);

/// <summary>A choice with its label, tally (VP base units, 10^8 = 1 veHNT) and on-chain payload.</summary>
public sealed record ChoiceView(int Index, string Label, TokenAmount Tally, IReadOnlyList<PayloadCallView> Payload);

/// <summary>
/// A proposal (Governance.getProposal) with its derived state, times (ms), pass rule and every choice. The state is
/// what the contract derives from the last block's time and the tallies: Draft, Voting, Succeeded, Defeated, Queued,
/// Executed, Cancelled, Expired.
/// </summary>
public sealed record ProposalView(string Id, long Organisation, AccountView Proposer, string Title, string Uri, string State, long CreatedMs,
    long VotingStartMs, long VotingEndMs, long PassBps, TokenAmount MinWinningVp, long TimelockMs, long? ExecutableAtMs, long? ExpiresAtMs,
    long? ExecutedMs, long? CancelledMs, int? WinningChoice, TokenAmount TotalVotes, IReadOnlyList<ChoiceView> Choices);

/// <summary>
/// Proposals from the chain: their ids are the keys of Governance's proposal records (storage prefix 0x20, documented in
/// contracts/Governance/README.md), listed with findstorage, since the contract has no list method; each is then read
/// through its ABI (getProposal, getChoice, tally).
/// </summary>
public sealed class ProposalsReader(ProtocolReader reader)
{
    private const byte ProposalPrefix = 0x20;

    public static readonly IReadOnlyList<string> States = ["Draft", "Voting", "Succeeded", "Defeated", "Queued", "Executed", "Cancelled", "Expired"];

    public async Task<IReadOnlyList<ProposalView>> ListAsync(long? organisation, string? state, CancellationToken ct = default)
    {
        if (state is not null && !States.Contains(state, StringComparer.OrdinalIgnoreCase))
            throw ApiProblem.BadRequest($"state '{state}' is not a proposal state: one of {string.Join(", ", States)}.");
        var ids = (await reader.FindStorageAsync(reader.Contracts.Governance, [ProposalPrefix], ct)).Select(e => e.Key).Where(k => k.Length == 32).ToList();
        var views = await ReadAsync(ids, ct);
        return views.Where(v => organisation is null || v.Organisation == organisation)
            .Where(v => state is null || string.Equals(v.State, state, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(v => v.CreatedMs).ToList();
    }

    public async Task<ProposalView> OneAsync(byte[] id, CancellationToken ct = default)
    {
        try
        {
            return (await ReadAsync([id], ct))[0];
        }
        catch (InvocationFaultException ex)
        {
            throw ApiProblem.NotFound($"No proposal {Convert.ToHexString(id).ToLowerInvariant()}: {ex.VmException}");
        }
    }

    private async Task<IReadOnlyList<ProposalView>> ReadAsync(IReadOnlyList<byte[]> ids, CancellationToken ct)
    {
        var gov = reader.Contracts.Governance;
        var proposals = await reader.BatchAsync(ids.Select(id => new ReadCall(gov, "getProposal", id)).ToList(), ct);
        var choiceCalls = new List<ReadCall>();
        for (int k = 0; k < ids.Count; k++)
            for (int i = 0; i < (int)proposals[k].Items()[4].Int(); i++)
            {
                choiceCalls.Add(new ReadCall(gov, "getChoice", ids[k], i));
                choiceCalls.Add(new ReadCall(gov, "tally", ids[k], i));
            }
        var choices = await reader.BatchAsync(choiceCalls, ct);
        int next = 0;
        var views = new List<ProposalView>();
        for (int k = 0; k < ids.Count; k++)
        {
            var p = proposals[k].Items();
            var list = new List<ChoiceView>();
            for (int i = 0; i < (int)p[4].Int(); i++, next += 2)
                list.Add(Choice(i, choices[next], choices[next + 1]));
            views.Add(View(ids[k], p, list));
        }
        return views;
    }

    private ChoiceView Choice(int index, StackItem choice, StackItem tally)
    {
        var c = choice.Items();
        var payload = c[1].Items().Select(call =>
        {
            var f = call.Items();
            var target = f[0].Hash();
            return new PayloadCallView(target?.ToString() ?? "", target is null ? null : reader.Contracts.NameOf(target), f[1].Text(), f[2].Items().Count);
        }).ToList();
        return new ChoiceView(index, c[0].Text(), TokenAmount.Hnt(tally.Int()), payload);
    }

    private ProposalView View(byte[] id, IReadOnlyList<StackItem> p, IReadOnlyList<ChoiceView> choices)
    {
        long? Time(int i) => p[i].Long() is var t && t > 0 ? t : null;
        int state = (int)p[16].Int();
        int winner = (int)p[17].Int();
        var total = choices.Aggregate(System.Numerics.BigInteger.Zero, (s, c) => s + System.Numerics.BigInteger.Parse(c.Tally.Amount));
        return new ProposalView(Convert.ToHexString(id).ToLowerInvariant(), p[0].Long(), AccountView.Of(p[1].Hash()!, reader.AddressVersion), p[2].Text(),
            p[3].Text(), state >= 0 && state < States.Count ? States[state] : state.ToString(), p[5].Long(), p[6].Long(), p[7].Long(), p[8].Long(),
            TokenAmount.Hnt(p[9].Int()), p[10].Long(), Time(18), Time(19), Time(14), Time(15), winner >= 0 ? winner : null, TokenAmount.Hnt(total), choices);
    }
}
