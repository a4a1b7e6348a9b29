using System.Numerics;

namespace Protocol.Services.Gateway.Quotes;

/// <summary>
/// Data Credits' conversion (contracts/DataCredits/README.md), with HNT in bones and p the conservative price in
/// USD × 10^8. 1 DC = $0.00001 = 10^3 in USD × 10^8 units and 1 HNT = 10^8 bones, so
/// dc = hnt × p / 10^8 (USD × 10^8 of the HNT) / 10^3 = hnt × p / 10^11, rounded down (the buyer gets no fraction), and for
/// an exact amount hnt = ceil(dc × 10^11 / p) (the buyer pays any fraction). At $5.00 and zero confidence, 1 HNT buys
/// 500,000 DC and 1 DC costs 200 bones.
/// </summary>
public static class DcQuotes
{
    public static readonly BigInteger Scale = BigInteger.Pow(10, 11);

    public static BigInteger DcForHnt(BigInteger hntBones, BigInteger priceE8) => hntBones * priceE8 / Scale;

    public static BigInteger HntForDc(BigInteger dc, BigInteger priceE8) => (dc * Scale + priceE8 - 1) / priceE8;
}
