namespace Protocol.Services.PriceOracle.Aggregation;

/// <summary>Weighted median and median absolute deviation over decimals (no floating point in the price itself).</summary>
public static class RobustStats
{
    /// <summary>1 / Φ⁻¹(3/4): MAD × this estimates the standard deviation of normally distributed values.</summary>
    public const decimal MadToSigma = 1.4826m;

    /// <summary>
    /// The weighted median: sort by value, walk the cumulative weight to half the total. Where the cumulative weight
    /// lands exactly on half, the midpoint of that value and the next (so equal weights give the ordinary median).
    /// </summary>
    public static decimal WeightedMedian(IReadOnlyList<(decimal Value, decimal Weight)> items)
    {
        if (items.Count == 0) throw new ArgumentException("The median of nothing is undefined.", nameof(items));
        var sorted = items.OrderBy(i => i.Value).ToArray();
        decimal total = sorted.Sum(i => i.Weight);
        if (total <= 0) throw new ArgumentException("The weights must add up to more than 0.", nameof(items));
        decimal half = total / 2, cumulative = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            cumulative += sorted[i].Weight;
            if (cumulative == half && i + 1 < sorted.Length) return (sorted[i].Value + sorted[i + 1].Value) / 2;
            if (cumulative > half || cumulative == half) return sorted[i].Value;
        }
        return sorted[^1].Value;
    }

    /// <summary>The weighted median of |value − center|.</summary>
    public static decimal MedianAbsoluteDeviation(IReadOnlyList<(decimal Value, decimal Weight)> items, decimal center) =>
        WeightedMedian(items.Select(i => (Math.Abs(i.Value - center), i.Weight)).ToArray());
}
