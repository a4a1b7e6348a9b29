using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Native;

namespace Protocol.Services.Gateway.Reads;

public sealed record BalanceView(string Symbol, string Contract, string Amount, int Decimals, string Display);

public sealed record BalancesView(AccountView Account, IReadOnlyList<BalanceView> Balances);

/// <summary>HNT, DC, every subDAO token and GAS of one account, in one invokescript.</summary>
public sealed class BalancesReader(ProtocolReader reader, SubDaoDirectory subDaos)
{
    public async Task<BalancesView> ReadAsync(UInt160 account, CancellationToken ct = default)
    {
        var c = reader.Contracts;
        var tokens = new List<(string Symbol, UInt160 Hash, int Decimals)> { ("HNT", c.Hnt, 8), ("DC", c.DataCredits, 0) };
        tokens.AddRange((await subDaos.AllAsync(ct)).Select(s => (s.Symbol, s.Token, s.Decimals)));
        tokens.Add(("GAS", NativeContracts.Gas.Hash, 8));
        var amounts = await reader.BatchAsync(tokens.Select(t => new ReadCall(t.Hash, "balanceOf", account)).ToList(), ct);
        return new BalancesView(AccountView.Of(account, reader.AddressVersion), tokens.Select((t, i) =>
        {
            var amount = TokenAmount.Of(amounts[i].Int(), t.Decimals);
            return new BalanceView(t.Symbol, t.Hash.ToString(), amount.Amount, t.Decimals, amount.Display);
        }).ToList());
    }
}
