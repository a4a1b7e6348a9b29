using System.Numerics;

namespace Protocol.Services.Coverage.Rewards;

/// <summary>
/// HIP-15 reward units of one PoC with n valid, selected witnesses (helium-oracles.md §3a), in <see cref="Fixed"/> point:
/// <list type="bullet">
/// <item>beaconer: 0 for n = 0; n/4 for n ≤ 4; else min(2, 2 − 0.8^(n−4));</item>
/// <item>each witness: 1 for n ≤ 4; else min(2, (3 + 0.8^(n−4))/n).</item>
/// </list>
/// With 0.8^k = 4^k/5^k both are exact rationals, floored once to 12 decimals:
/// beaconer = ⌊10^12·(2·5^k − 4^k)/5^k⌋ and witness = ⌊10^12·(3·5^k + 4^k)/(n·5^k)⌋ for n &gt; 4 (k = n − 4); the
/// min(2, …) never binds there (0.8^k &gt; 0 and (3 + 0.8^k)/n &lt; 1), but is kept as in the reference.
/// </summary>
public static class RewardUnits
{
    /// <summary>Units are tabulated up to this n; above it they are computed (n never exceeds the 14 selected).</summary>
    private const int Tabulated = 64;

    private static readonly long[] BeaconerTable = Tabulate(ComputeBeaconer);
    private static readonly long[] WitnessTable = Tabulate(ComputeWitness);

    /// <summary>The beaconer's units, fixed point.</summary>
    public static long Beaconer(int witnesses)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(witnesses);
        return witnesses <= Tabulated ? BeaconerTable[witnesses] : ComputeBeaconer(witnesses);
    }

    /// <summary>Each selected witness's units, fixed point (defined for n = 0 as 1, though no witness then earns).</summary>
    public static long PerWitness(int witnesses)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(witnesses);
        return witnesses <= Tabulated ? WitnessTable[witnesses] : ComputeWitness(witnesses);
    }

    private static long ComputeBeaconer(int n)
    {
        if (n <= 4) return n * (Fixed.One / 4);
        var (four, five) = Powers(n - 4);
        return Min2(BigInteger.Divide(Fixed.One * (2 * five - four), five));
    }

    private static long ComputeWitness(int n)
    {
        if (n <= 4) return Fixed.One;
        var (four, five) = Powers(n - 4);
        return Min2(BigInteger.Divide(Fixed.One * (3 * five + four), n * five));
    }

    private static (BigInteger Four, BigInteger Five) Powers(int k) => (BigInteger.Pow(4, k), BigInteger.Pow(5, k));

    private static long Min2(BigInteger value) => (long)BigInteger.Min(value, 2 * Fixed.One);

    private static long[] Tabulate(Func<int, long> f)
    {
        var table = new long[Tabulated + 1];
        for (int n = 0; n <= Tabulated; n++) table[n] = f(n);
        return table;
    }
}
