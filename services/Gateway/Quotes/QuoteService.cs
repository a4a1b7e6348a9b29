using System.Numerics;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Services.Gateway.Reads;
using Protocol.Toolchain.Chain.Client;

namespace Protocol.Services.Gateway.Quotes;

public sealed record DcQuoteView(TokenAmount Hnt, TokenAmount Dc, TokenAmount ConservativePrice, long ChainTimeMs);

public sealed record RedeemQuoteView(long SubDaoId, string Symbol, TokenAmount Dnt, TokenAmount Hnt, TokenAmount TreasuryHnt, TokenAmount DntSupply);

/// <summary>
/// Quotes at the chain's current state, each by the contract that will honour it: DC ↔ HNT by Data Credits'
/// quoteDcForHnt/quoteHntForDc (its exact integer maths and rounding at the feed's conservative price), and a DNT
/// redemption by the treasury's quoteRedeem (its curve and rounding).
/// </summary>
public sealed class QuoteService(ProtocolReader reader, SubDaoDirectory subDaos)
{
    public async Task<DcQuoteView> DcForHntAsync(BigInteger hnt, CancellationToken ct = default)
    {
        var (dc, p) = await DataCreditsQuoteAsync("quoteDcForHnt", hnt, ct);
        if (dc < 1)
            throw ApiProblem.BadRequest($"hnt {hnt} buys less than 1 DC at the conservative price {TokenAmount.Format(p, 8)} USD; "
                + $"the least is {(await DataCreditsQuoteAsync("quoteHntForDc", 1, ct)).Amount} bones.");
        return new DcQuoteView(TokenAmount.Hnt(hnt), TokenAmount.Dc(dc), TokenAmount.Hnt(p), (long)(await reader.TipAsync(ct)).TimeMs);
    }

    public async Task<DcQuoteView> HntForDcAsync(BigInteger dc, CancellationToken ct = default)
    {
        var (hnt, p) = await DataCreditsQuoteAsync("quoteHntForDc", dc, ct);
        return new DcQuoteView(TokenAmount.Hnt(hnt), TokenAmount.Dc(dc), TokenAmount.Hnt(p), (long)(await reader.TipAsync(ct)).TimeMs);
    }

    /// <summary>Data Credits' answer to <paramref name="method"/>(<paramref name="amount"/>) and the conservative price, read in one script.</summary>
    public async Task<(BigInteger Amount, BigInteger PriceE8)> DataCreditsQuoteAsync(string method, BigInteger amount, CancellationToken ct = default)
    {
        try
        {
            var r = await reader.BatchAsync([new(reader.Contracts.PriceFeed, "conservativePrice"), new(reader.Contracts.DataCredits, method, amount)], ct);
            return (r[1].Int(), r[0].Int());
        }
        catch (InvocationFaultException ex)
        {
            throw ApiProblem.Unavailable($"The price feed has no usable price, so Data Credits cannot be quoted: {ex.VmException}");
        }
    }

    public async Task<RedeemQuoteView> RedeemAsync(string subDaoIdOrSymbol, BigInteger dnt, CancellationToken ct = default)
    {
        var subDao = await subDaos.FindAsync(subDaoIdOrSymbol, ct);
        var r = await reader.BatchAsync([new(reader.Contracts.Hnt, "balanceOf", subDao.Treasury), new(subDao.Token, "totalSupply")], ct);
        try
        {
            var hnt = (await reader.CallAsync(subDao.Treasury, "quoteRedeem", dnt)).Int();
            return new RedeemQuoteView(subDao.Id, subDao.Symbol, TokenAmount.Of(dnt, subDao.Decimals), TokenAmount.Hnt(hnt), TokenAmount.Hnt(r[0].Int()),
                TokenAmount.Of(r[1].Int(), subDao.Decimals));
        }
        catch (InvocationFaultException ex)
        {
            throw ApiProblem.Unprocessable("The treasury refused the quote", ex.VmException ?? ex.Message).With("vmException", ex.VmException);
        }
    }
}
