using System.Numerics;

namespace Protocol.Toolchain.Vm;

/// <summary>Integer helpers with NeoVM's exact semantics (SQRT rounds down; MODPOW -1 is the modular inverse).</summary>
public static class IntegerMath
{
    /// <summary>Floor square root by Newton's iteration; negative input FAULTs.</summary>
    public static BigInteger Sqrt(BigInteger value)
    {
        if (value.Sign < 0) throw new InvalidOperationException("value can not be negative");
        if (value.IsZero) return BigInteger.Zero;
        if (value < 4) return BigInteger.One;
        var z = value;
        var x = BigInteger.One << (int)(((value - 1).GetBitLength() + 1) >> 1);
        while (x < z)
        {
            z = x;
            x = (value / x + x) >> 1;
        }
        return z;
    }

    /// <summary>The inverse of <paramref name="value"/> modulo <paramref name="modulus"/> in [0, modulus).</summary>
    public static BigInteger ModInverse(BigInteger value, BigInteger modulus)
    {
        if (value.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(value), "value must be positive.");
        if (modulus < 2) throw new ArgumentOutOfRangeException(nameof(modulus), "modulus must be at least 2.");
        BigInteger r = value, oldR = modulus, s = 1, oldS = 0;
        while (r > 0)
        {
            var q = oldR / r;
            (oldR, r) = (r, oldR % r);
            (oldS, s) = (s, oldS - q * s);
        }
        var result = oldS % modulus;
        if (result < 0) result += modulus;
        if (!(value * result % modulus).IsOne) throw new InvalidOperationException("No modular inverse exists.");
        return result;
    }
}
