using System.Numerics;

namespace Protocol.Contracts.Tests;

/// <summary>PROTOCOL.md's utility score computed independently of the contract: roots by bisection on BigInteger.</summary>
public static class UtilityMath
{
    public static readonly BigInteger One = BigInteger.Pow(10, 12);

    /// <summary>The largest r with r^k ≤ x.</summary>
    public static BigInteger Root(BigInteger x, int k)
    {
        BigInteger low = 0, high = BigInteger.One;
        while (BigInteger.Pow(high, k) <= x) high <<= 1;
        while (high - low > 1)
        {
            var mid = (low + high) / 2;
            if (BigInteger.Pow(mid, k) <= x) low = mid; else high = mid;
        }
        return low;
    }

    /// <summary>V·D·A with V = max(1, vp/10^8), D = max(1, √(dc/10^5)), A = max(1, (fees/10^5)^¼), each × 10^12, floors.</summary>
    public static BigInteger Score(BigInteger vp, BigInteger dc, BigInteger feesDc)
    {
        var v = BigInteger.Max(One, vp * One / 100_000_000);
        var d = BigInteger.Max(One, Root(dc * One * One / 100_000, 2));
        var a = BigInteger.Max(One, Root(feesDc * BigInteger.Pow(One, 4) / 100_000, 4));
        return v * d * a;
    }
}
