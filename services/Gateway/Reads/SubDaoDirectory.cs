using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Services.Gateway.Reads;

/// <summary>A registered subDAO as the Dao's registry and its token describe it.</summary>
public sealed record SubDaoEntry(long Id, string Symbol, int Decimals, UInt160 Token, UInt160 Treasury, UInt160 RewardsEscrow,
    long DelegatorShareBps, long FirstEpoch);

/// <summary>
/// The subDAOs from the chain: Dao.subDaoIds, Dao.subDaoInfo (the SubDao record: [id, dnt, treasury, rewardsEscrow,
/// schedule, delegatorShareBps, dcBurnAuthority, activeDeviceAuthority, firstEpoch, onboardingFees]) and each token's
/// symbol and decimals. No deployment-record names are needed, so subDAOs registered later appear on their own.
/// </summary>
public sealed class SubDaoDirectory(ProtocolReader reader)
{
    public async Task<IReadOnlyList<SubDaoEntry>> AllAsync(CancellationToken ct = default)
    {
        var dao = reader.Contracts.Dao;
        var ids = (await reader.CallAsync(dao, "subDaoIds")).Ints();
        if (ids.Count == 0) return [];
        var infos = await reader.BatchAsync(ids.Select(id => new ReadCall(dao, "subDaoInfo", id)).ToList(), ct);
        var tokens = infos.Select(i => i.Items()[1].Hash()!).ToList();
        var meta = await reader.BatchAsync(tokens.SelectMany(t => new[] { new ReadCall(t, "symbol"), new ReadCall(t, "decimals") }).ToList(), ct);
        return infos.Select((info, k) =>
        {
            var f = info.Items();
            return new SubDaoEntry((long)f[0].Int(), meta[2 * k].Text(), (int)meta[2 * k + 1].Int(), f[1].Hash()!, f[2].Hash()!, f[3].Hash()!,
                (long)f[5].Int(), (long)f[8].Int());
        }).ToList();
    }

    /// <summary>A subDAO by id ("1") or token symbol ("IOT", any case); 404 when none matches.</summary>
    public async Task<SubDaoEntry> FindAsync(string idOrSymbol, CancellationToken ct = default)
    {
        var all = await AllAsync(ct);
        var found = long.TryParse(idOrSymbol, out var id)
            ? all.FirstOrDefault(s => s.Id == id)
            : all.FirstOrDefault(s => string.Equals(s.Symbol, idOrSymbol, StringComparison.OrdinalIgnoreCase));
        return found ?? throw ApiProblem.NotFound(
            $"No subDAO '{idOrSymbol}': the Dao registers {string.Join(", ", all.Select(s => $"{s.Id} ({s.Symbol})"))}.");
    }
}
