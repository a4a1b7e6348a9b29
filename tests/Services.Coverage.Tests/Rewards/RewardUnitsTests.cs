using Protocol.Services.Coverage.Rewards;
using Protocol.Services.Coverage.Tests.Support;

namespace Protocol.Services.Coverage.Tests.Rewards;

/// <summary>Golden reward units for n = 0..20, from the HIP-15 formulas evaluated in exact rationals here.</summary>
public class RewardUnitsTests
{
    private static readonly Fraction Decay = new(8, 10);

    private static Fraction Beaconer(int n) =>
        n == 0 ? 0 : n <= 4 ? new Fraction(n, 4) : Fraction.Min(2, 2 - Fraction.Pow(Decay, n - 4));

    private static Fraction Witness(int n) =>
        n <= 4 ? 1 : Fraction.Min(2, (3 + Fraction.Pow(Decay, n - 4)) / n);

    public static TheoryData<int> Counts() => [.. Enumerable.Range(0, 21)];

    [Theory]
    [MemberData(nameof(Counts))]
    public void Beaconer_units_are_the_exact_value_floored_to_12_decimals(int n) =>
        Assert.Equal(Beaconer(n).FloorFixed(), RewardUnits.Beaconer(n));

    [Theory]
    [MemberData(nameof(Counts))]
    public void Witness_units_are_the_exact_value_floored_to_12_decimals(int n) =>
        Assert.Equal(Witness(n).FloorFixed(), RewardUnits.PerWitness(n));

    [Theory]
    // n, beaconer, per witness — worked by hand: 0.8² = 0.64, 0.8⁶ = 0.262144, 0.8¹⁰ = 0.1073741824.
    [InlineData(0, "0", "1")]
    [InlineData(1, "0.25", "1")]
    [InlineData(4, "1", "1")]
    [InlineData(5, "1.2", "0.76")]                       // 2 − 0.8; (3 + 0.8)/5
    [InlineData(6, "1.36", "0.606666666666")]            // 2 − 0.64; 3.64/6 = 0.60666…, floored
    [InlineData(10, "1.737856", "0.3262144")]            // 2 − 0.262144; 3.262144/10
    [InlineData(14, "1.8926258176", "0.221955298742")]   // 2 − 0.1073741824; 3.1073741824/14 = 0.22195529874285…, floored
    public void Hand_worked_values(int n, string beaconer, string witness)
    {
        Assert.Equal(decimal.Parse(beaconer, System.Globalization.CultureInfo.InvariantCulture), Fixed.ToDecimal(RewardUnits.Beaconer(n)));
        Assert.Equal(decimal.Parse(witness, System.Globalization.CultureInfo.InvariantCulture), Fixed.ToDecimal(RewardUnits.PerWitness(n)));
    }

    [Fact]
    public void Units_beyond_the_table_are_computed_the_same_way()
    {
        Assert.Equal(Beaconer(100).FloorFixed(), RewardUnits.Beaconer(100));
        Assert.Equal(Witness(100).FloorFixed(), RewardUnits.PerWitness(100));
        Assert.Throws<ArgumentOutOfRangeException>(() => RewardUnits.Beaconer(-1));
    }
}
