namespace Protocol.Services.Coverage.Rewards;

/// <summary>
/// Reward units, hex scales and shares are fixed-point integers with 12 decimals: <c>value × 10^12</c>, always rounded
/// down (towards zero) from the exact rational. Integer maths is exact and the same on every machine and in every
/// summation order, unlike floating point, and unlike decimal once sums lose digits.
/// </summary>
public static class Fixed
{
    /// <summary>1.0 in fixed point.</summary>
    public const long One = 1_000_000_000_000;

    /// <summary>Decimals of the fixed-point values.</summary>
    public const int Decimals = 12;

    /// <summary>⌊a × b / One⌋ for non-negative fixed-point a and b (128-bit intermediate).</summary>
    public static long Multiply(long a, long b)
    {
        if (a < 0 || b < 0) throw new ArgumentOutOfRangeException(a < 0 ? nameof(a) : nameof(b), "Fixed-point factors are non-negative.");
        return checked((long)((UInt128)(ulong)a * (ulong)b / One));
    }

    /// <summary>The value as a decimal (exact: 12 decimals fit), for display and tests.</summary>
    public static decimal ToDecimal(long value) => value / (decimal)One;
}
