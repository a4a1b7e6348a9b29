using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Services.Gateway.Reads;

/// <summary>
/// A hotspot (HotspotRegistry.hotspotInfo: [owner, name, subDaoId, deviceKey, deviceType, maker, location, onboarded,
/// onboardingFeePaid, active]) and what the rewards escrow has paid it (Rewards.claimedBy, in the subDAO token's base
/// units) and where its claims go (Rewards.recipient). The cumulative totals and proofs come from the coverage oracle.
/// </summary>
public sealed record HotspotView(string TokenId, AccountView Owner, string Name, long SubDaoId, string DeviceKey, string DeviceType, AccountView Maker,
    string? Location, bool Onboarded, TokenAmount OnboardingFeePaidDc, bool Active, string? Claimed, AccountView? Recipient);

/// <summary>A subDAO's rewards escrow (Rewards.poolInfo and oracles): funded, claimed, the latest root and total, the breaker.</summary>
public sealed record RewardsPoolView(long SubDaoId, string Token, string Funded, string Claimed, long? Epoch, string Root, string Total,
    string BreakerThreshold, long BreakerWindowMs, IReadOnlyList<string> OracleKeys, int Quorum);

public sealed class HotspotsReader(ProtocolReader reader)
{
    private UInt160 Registry => reader.Contracts.HotspotRegistry
        ?? throw ApiProblem.NotFound("The gateway has no HotspotRegistry configured (Gateway:Contracts).");

    private UInt160 RewardsContract => reader.Contracts.Rewards
        ?? throw ApiProblem.NotFound("The gateway has no Rewards escrow configured (Gateway:Contracts).");

    public async Task<HotspotView> OneAsync(byte[] tokenId, CancellationToken ct = default)
    {
        try
        {
            return (await ReadAsync([tokenId], ct))[0];
        }
        catch (InvocationFaultException ex)
        {
            throw ApiProblem.NotFound($"No hotspot {Convert.ToHexString(tokenId).ToLowerInvariant()}: {ex.VmException}");
        }
    }

    public async Task<IReadOnlyList<HotspotView>> OfOwnerAsync(UInt160 owner, CancellationToken ct = default)
    {
        var ids = await reader.ListAsync(new ReadCall(Registry, "tokensOf", owner), ct);
        return await ReadAsync(ids.Select(i => i.Bytes()).ToList(), ct);
    }

    public async Task<RewardsPoolView> PoolAsync(SubDaoEntry subDao, CancellationToken ct = default)
    {
        var r = await reader.BatchAsync([new(RewardsContract, "poolInfo", subDao.Id), new(RewardsContract, "oracles", subDao.Id)], ct);
        var p = r[0].Items();
        if (p.Count == 0) throw ApiProblem.NotFound($"The rewards escrow has no pool for subDAO {subDao.Id} ({subDao.Symbol}).");
        var o = r[1].Items();
        long epoch = p[3].Long();
        return new RewardsPoolView(subDao.Id, p[0].Hash()?.ToString() ?? "", p[1].Int().ToString(), p[2].Int().ToString(), epoch < 0 ? null : epoch,
            p[4].Hex(), p[5].Int().ToString(), p[6].Int().ToString(), p[7].Long(),
            o.Count > 0 ? o[0].Items().Select(k => k.Hex()).ToList() : [], o.Count > 1 ? (int)o[1].Int() : 0);
    }

    private async Task<IReadOnlyList<HotspotView>> ReadAsync(IReadOnlyList<byte[]> ids, CancellationToken ct)
    {
        var rewards = reader.Contracts.Rewards;
        var calls = new List<ReadCall>();
        foreach (var id in ids)
        {
            calls.Add(new ReadCall(Registry, "hotspotInfo", id));
            if (rewards is not null)
            {
                calls.Add(new ReadCall(rewards, "claimedBy", id));
                calls.Add(new ReadCall(rewards, "recipient", id));
            }
        }
        var r = await reader.BatchAsync(calls, ct);
        int stride = rewards is null ? 1 : 3;
        return ids.Select((id, k) => View(id, r[k * stride], rewards is null ? null : r[k * stride + 1], rewards is null ? null : r[k * stride + 2])).ToList();
    }

    private HotspotView View(byte[] id, StackItem info, StackItem? claimed, StackItem? recipient)
    {
        var f = info.Items();
        var v = reader.AddressVersion;
        long location = f[6].Long();
        return new HotspotView(Convert.ToHexString(id).ToLowerInvariant(), AccountView.Of(f[0].Hash()!, v), f[1].Text(), f[2].Long(), f[3].Hex(), f[4].Text(),
            AccountView.Of(f[5].Hash()!, v), location == 0 ? null : location.ToString("x16"), f[7].Bool(), TokenAmount.Dc(f[8].Int()), f[9].Bool(),
            claimed?.Int().ToString(), recipient is null ? null : AccountView.OfNullable(recipient.Hash(), v));
    }
}
