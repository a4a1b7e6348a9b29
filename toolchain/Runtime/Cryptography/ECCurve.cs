using System.Globalization;
using System.Numerics;

namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>A short-Weierstrass curve y² = x³ + ax + b over the prime field of <see cref="P"/>.</summary>
public sealed class ECCurve
{
    /// <summary>NIST P-256: Neo's account, group and witness curve.</summary>
    public static readonly ECCurve Secp256r1 = new(
        "secp256r1",
        "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF",
        "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFC",
        "5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B",
        "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551",
        "6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296",
        "4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5");

    /// <summary>The Koblitz curve of Bitcoin and Ethereum (CryptoLib.verifyWithECDsa).</summary>
    public static readonly ECCurve Secp256k1 = new(
        "secp256k1",
        "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F",
        "00",
        "07",
        "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141",
        "79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798",
        "483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8");

    private ECCurve(string name, string p, string a, string b, string n, string gx, string gy)
    {
        Name = name;
        P = ParseHex(p);
        A = ParseHex(a);
        B = ParseHex(b);
        N = ParseHex(n);
        Gx = ParseHex(gx);
        Gy = ParseHex(gy);
    }

    public string Name { get; }

    /// <summary>Field prime.</summary>
    public BigInteger P { get; }

    public BigInteger A { get; }

    public BigInteger B { get; }

    /// <summary>Order of the base point.</summary>
    public BigInteger N { get; }

    public BigInteger Gx { get; }

    public BigInteger Gy { get; }

    /// <summary>Bytes of one coordinate.</summary>
    public int CoordinateLength => 32;

    /// <summary>True when (x, y) satisfies the curve equation and both coordinates are field elements.</summary>
    public bool IsOnCurve(BigInteger x, BigInteger y)
    {
        if (x.Sign < 0 || x >= P || y.Sign < 0 || y >= P) return false;
        return Mod(y * y) == Mod(x * x * x + A * x + B);
    }

    /// <summary>The y with the requested parity for x, or null when x is not on the curve.</summary>
    internal BigInteger? DecompressY(BigInteger x, bool odd)
    {
        if (x.Sign < 0 || x >= P) return null;
        var alpha = Mod(x * x * x + A * x + B);
        // Both primes are 3 mod 4, so a square root is alpha^((p+1)/4).
        var beta = BigInteger.ModPow(alpha, (P + 1) / 4, P);
        if (Mod(beta * beta) != alpha) return null;
        if (!beta.IsEven != odd) beta = P - beta;
        return Mod(beta);
    }

    private BigInteger Mod(BigInteger value)
    {
        var r = value % P;
        return r.Sign < 0 ? r + P : r;
    }

    private static BigInteger ParseHex(string hex) => BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public override string ToString() => Name;
}
