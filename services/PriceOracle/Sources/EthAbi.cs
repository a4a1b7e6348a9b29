using System.Numerics;

namespace Protocol.Services.PriceOracle.Sources;

/// <summary>
/// The slice of the Ethereum contract ABI a Chainlink-style aggregator read needs. A call's data is the 4-byte function
/// selector (the first 4 bytes of keccak256 of the signature); a static return tuple is one 32-byte big-endian word per
/// value, uintN zero-padded on the left and intN in two's complement, sign-extended to 256 bits.
/// </summary>
public static class EthAbi
{
    /// <summary>keccak256("latestRoundData()")[0..4]: returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound).</summary>
    public const string LatestRoundDataSelector = "0xfeaf968c";

    /// <summary>keccak256("decimals()")[0..4]: returns (uint8).</summary>
    public const string DecimalsSelector = "0x313ce567";

    public const int WordBytes = 32;

    /// <summary>The 32-byte words of a 0x-hex return value; throws <see cref="FormatException"/> for anything else.</summary>
    public static byte[][] Words(string hex)
    {
        if (!hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) throw new FormatException("the result does not start with 0x");
        var digits = hex.AsSpan(2);
        if (digits.Length % (2 * WordBytes) != 0)
            throw new FormatException($"the result has {digits.Length} hex digits, not a whole number of 32-byte words");
        byte[] bytes;
        try
        {
            bytes = Convert.FromHexString(digits);
        }
        catch (FormatException)
        {
            throw new FormatException("the result is not hexadecimal");
        }
        return bytes.Chunk(WordBytes).ToArray();
    }

    /// <summary>An unsigned word that must fit in <paramref name="bits"/> bits (uint80, uint256, uint8 …).</summary>
    public static BigInteger UInt(byte[] word, int bits, string what)
    {
        var value = new BigInteger(word, isUnsigned: true, isBigEndian: true);
        if (bits < 256 && value >> bits != BigInteger.Zero)
            throw new FormatException($"{what} does not fit in uint{bits}: 0x{Convert.ToHexString(word).ToLowerInvariant()}");
        return value;
    }

    /// <summary>A signed int256 word (two's complement).</summary>
    public static BigInteger Int256(byte[] word) => new(word, isUnsigned: false, isBigEndian: true);

    /// <summary>answer / 10^decimals as a decimal, or null when it does not fit.</summary>
    public static decimal? ToDecimal(BigInteger answer, int decimals)
    {
        if (decimals < 0 || decimals > 28) return null;
        if (BigInteger.Abs(answer) > new BigInteger(decimal.MaxValue)) return null;
        return (decimal)answer / JsonValues.Pow10(decimals);
    }
}
