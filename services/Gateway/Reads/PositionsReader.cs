using System.Numerics;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Services.Gateway.Reads;

/// <summary>
/// A veHNT position (VoteEscrow.getPosition: [owner, amount, kind, lockup, multiplier, slope, createdMs, subDaoId,
/// activeVotes]) with its voting power now (the last block's time) and at a requested time. Voting power is in VP base
/// units: 10^8 = 1 veHNT, so it is shown with 8 decimals.
/// </summary>
public sealed record PositionView(string Id, AccountView Owner, TokenAmount Amount, string Kind, long? LockupEndMs, long? LockupDurationSeconds,
    long Multiplier, long CreatedMs, long? DelegatedTo, long ActiveVotes, bool InCustody, TokenAmount VotingPower, long NowMs,
    TokenAmount? VotingPowerAt, long? AtMs);

public sealed record PositionsView(AccountView Owner, long NowMs, IReadOnlyList<PositionView> Positions);

/// <summary>
/// Positions of an owner: the NEP-11 tokens it holds (tokensOf) plus those VoteEscrow holds in custody for it (delegated
/// or voting: tokensOf(VoteEscrow) whose getPosition owner is the delegator).
/// </summary>
public sealed class PositionsReader(ProtocolReader reader)
{
    private UInt160 Escrow => reader.Contracts.VoteEscrow;

    public async Task<PositionsView> OfOwnerAsync(UInt160 owner, long? atMs, CancellationToken ct = default)
    {
        var held = await reader.ListAsync(new ReadCall(Escrow, "tokensOf", owner), ct);
        var custody = await reader.ListAsync(new ReadCall(Escrow, "tokensOf", Escrow), ct);
        var custodyPositions = await reader.BatchAsync(custody.Select(id => new ReadCall(Escrow, "getPosition", id.Bytes())).ToList(), ct);
        var ids = held.Select(i => i.Bytes())
            .Concat(custody.Where((_, k) => custodyPositions[k].Items()[0].Hash() == owner).Select(i => i.Bytes()))
            .ToList();
        var tip = await reader.TipAsync(ct);
        var views = await ReadAsync(ids, (long)tip.TimeMs, atMs, ct);
        return new PositionsView(AccountView.Of(owner, reader.AddressVersion), (long)tip.TimeMs, views);
    }

    /// <summary>One position; 404 when VoteEscrow does not know the id.</summary>
    public async Task<PositionView> OneAsync(byte[] id, long? atMs, CancellationToken ct = default)
    {
        var tip = await reader.TipAsync(ct);
        try
        {
            return (await ReadAsync([id], (long)tip.TimeMs, atMs, ct))[0];
        }
        catch (InvocationFaultException ex)
        {
            throw ApiProblem.NotFound($"No veHNT position {Convert.ToHexString(id).ToLowerInvariant()}: {ex.VmException}");
        }
    }

    /// <summary>The owner of a position (the delegator while the escrow holds it); 404 when unknown.</summary>
    public async Task<UInt160> OwnerAsync(byte[] id, CancellationToken ct = default)
    {
        try
        {
            return (await reader.CallAsync(Escrow, "getPosition", id)).Items()[0].Hash()!;
        }
        catch (InvocationFaultException ex)
        {
            throw ApiProblem.NotFound($"No veHNT position {Convert.ToHexString(id).ToLowerInvariant()}: {ex.VmException}");
        }
    }

    private async Task<IReadOnlyList<PositionView>> ReadAsync(IReadOnlyList<byte[]> ids, long nowMs, long? atMs, CancellationToken ct)
    {
        var calls = new List<ReadCall>();
        foreach (var id in ids)
        {
            calls.Add(new ReadCall(Escrow, "getPosition", id));
            calls.Add(new ReadCall(Escrow, "votingPower", id, new BigInteger(nowMs)));
            if (atMs is { } at) calls.Add(new ReadCall(Escrow, "votingPower", id, new BigInteger(at)));
        }
        var results = await reader.BatchAsync(calls, ct);
        int stride = atMs is null ? 2 : 3;
        return ids.Select((id, k) => View(id, results[k * stride], results[k * stride + 1], atMs is null ? null : results[k * stride + 2], nowMs, atMs)).ToList();
    }

    private PositionView View(byte[] id, StackItem position, StackItem now, StackItem? at, long nowMs, long? atMs)
    {
        var f = position.Items();
        bool cliff = f[2].Int() == 0;
        long lockup = f[3].Long();
        long subDao = f[7].Long();
        long activeVotes = f[8].Long();
        return new PositionView(Convert.ToHexString(id).ToLowerInvariant(), AccountView.Of(f[0].Hash()!, reader.AddressVersion), TokenAmount.Hnt(f[1].Int()),
            cliff ? "cliff" : "constant", cliff ? lockup : null, cliff ? null : lockup, f[4].Long(), f[6].Long(), subDao == 0 ? null : subDao,
            activeVotes, subDao != 0 || activeVotes > 0, TokenAmount.Hnt(now.Int()), nowMs, at is null ? null : TokenAmount.Hnt(at.Int()), atMs);
    }
}
