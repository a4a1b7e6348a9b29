using System.Globalization;
using System.Numerics;

namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>
/// The public-key check neo's Ed25519 verification performs before verifying (BouncyCastle.Cryptography 2.x builds
/// Ed25519PublicKeyParameters with a "partial" validation and throws "invalid public key" when it fails; the
/// Portable.BouncyCastle 1.8.10 we link only returns false later, so the check is reproduced here).
/// A 32-byte key is accepted when:
/// <list type="bullet">
/// <item>its y (low 255 bits, little-endian) is canonical and not a small-order y: y ∉ {0, 1}, y &lt; p − 1, and y is
/// not the y of a point of order 8;</item>
/// <item>x² = (y² − 1)/(d·y² + 1) has a square root, and the sign bit is not set when x = 0.</item>
/// </list>
/// The prime-order subgroup check (a "full" validation) is not part of it.
/// </summary>
public static class Ed25519PublicKeyCheck
{
    private static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;
    private static readonly BigInteger D = Mod(-121665 * BigInteger.ModPow(121666, P - 2, P));
    private static readonly BigInteger SqrtMinusOne = BigInteger.ModPow(2, (P - 1) / 4, P);
    private static readonly BigInteger Order8Y1 = Hex("7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7");
    private static readonly BigInteger Order8Y2 = Hex("05fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826");

    /// <summary>True when neo (BouncyCastle 2.x) accepts <paramref name="publicKey"/> as an Ed25519 public key.</summary>
    public static bool IsValid(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != Ed25519.PublicKeySize) return false;
        var bytes = publicKey.ToArray();
        var sign = bytes[31] >> 7;
        bytes[31] &= 0x7f;
        var y = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        if (y <= 1 || y >= P - 1 || y == Order8Y1 || y == Order8Y2) return false;

        var y2 = y * y % P;
        var u = Mod(y2 - 1);
        var v = Mod(D * y2 + 1);
        var w = u * BigInteger.ModPow(v, P - 2, P) % P;
        var x = BigInteger.ModPow(w, (P + 3) / 8, P);
        var x2 = x * x % P;
        if (x2 != w)
        {
            if (x2 != Mod(-w)) return false;
            x = x * SqrtMinusOne % P;
        }
        return !(x.IsZero && sign == 1);
    }

    private static BigInteger Mod(BigInteger value)
    {
        var r = value % P;
        return r.Sign < 0 ? r + P : r;
    }

    private static BigInteger Hex(string hex) => BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
