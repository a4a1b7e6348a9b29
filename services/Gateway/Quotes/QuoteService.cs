using System.Numerics;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Services.Gateway.Reads;
using Protocol.Toolchain.Chain.Client;

namespace Protocol.Services.Gateway.Quotes;

public sealed record DcQuoteView(TokenAmount Hnt, TokenAmount Dc, TokenAmount ConservativePrice, long ChainTimeMs);

public sealed record RedeemQuoteView(long SubDaoId, string Symbol, TokenAmount Dnt, TokenAmount Hnt, TokenAmount TreasuryHnt, TokenAmount DntSupply);

/// <summary>
/// Quotes at the chain's current state: DC ↔ HNT at the feed's conservative price (<see cref="DcQuotes"/>, the contract's
/// exact integer maths), and a DNT redemption through the treasury's own quoteRedeem (its curve and rounding).
/// </summary>
public sealed class QuoteService(ProtocolReader reader, PriceReader price, SubDaoDirectory subDaos)
{
    public async Task<DcQuoteView> DcForHntAsync(BigInteger hnt, CancellationToken ct = default)
    {
        var p = await price.ConservativeAsync(ct);
        var dc = DcQuotes.DcForHnt(hnt, p);
        if (dc < 1)
            throw ApiProblem.BadRequest($"hnt {hnt} buys less than 1 DC at the conservative price {TokenAmount.Format(p, 8)} USD; "
                + $"the least is {DcQuotes.HntForDc(1, p)} bones.");
        return new DcQuoteView(TokenAmount.Hnt(hnt), TokenAmount.Dc(dc), TokenAmount.Hnt(p), (long)(await reader.TipAsync(ct)).TimeMs);
    }

    public async Task<DcQuoteView> HntForDcAsync(BigInteger dc, CancellationToken ct = default)
    {
        var p = await price.ConservativeAsync(ct);
        return new DcQuoteView(TokenAmount.Hnt(DcQuotes.HntForDc(dc, p)), TokenAmount.Dc(dc), TokenAmount.Hnt(p), (long)(await reader.TipAsync(ct)).TimeMs);
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
