using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Math.EC;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>
/// Public-key recovery from a secp256k1 ECDSA signature, with the exact acceptance rules of neo's Crypto.ECRecover
/// (used by CryptoLib.recoverSecp256K1):
/// <list type="bullet">
/// <item>the message hash must be 32 bytes; the signature 65 bytes r‖s‖v or 64 bytes r‖yParityAndS (EIP-2098);</item>
/// <item>65 bytes: recId = v - 27 when v ≥ 27, else v; recId must be 0..3 (so v in 0..3 or 27..30);</item>
/// <item>64 bytes: s is the low 255 bits of the second half, recId is its top bit (0 or 1);</item>
/// <item>r and s are not range-checked beyond what the arithmetic needs: r must be invertible mod n
/// (r ≠ 0, r ≠ n), x = r + (recId / 2)·n must be below the field prime and be the X of a curve point;</item>
/// <item>Q = r⁻¹(sR − eG) must not be the point at infinity.</item>
/// </list>
/// Every rejection raises <see cref="ArgumentException"/>; <see cref="TryRecover"/> maps it to null as CryptoLib does.
/// </summary>
public static class Secp256k1Recovery
{
    private static readonly X9ECParameters K1 = SecNamedCurves.GetByName("secp256k1");
    private static readonly BcBigInteger Prime = K1.Curve.Field.Characteristic;
    private static readonly BcBigInteger LowBitsMask = BcBigInteger.One.ShiftLeft(255).Subtract(BcBigInteger.One);

    /// <summary>The recovered public key, or null wherever neo's CryptoLib.recoverSecp256K1 returns null.</summary>
    public static ECPoint? TryRecover(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> messageHash)
    {
        try
        {
            return Recover(signature, messageHash);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Recovers the signer's key; throws <see cref="ArgumentException"/> when neo's ECRecover throws.</summary>
    public static ECPoint Recover(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> messageHash)
    {
        if (signature.Length != 65 && signature.Length != 64)
            throw new ArgumentException("Signature must be 65 or 64 bytes", nameof(signature));
        if (messageHash.Length != 32)
            throw new ArgumentException("Message hash must be 32 bytes", nameof(messageHash));
        try
        {
            return RecoverCore(signature, messageHash);
        }
        catch (Exception ex)
        {
            throw new ArgumentException("Invalid signature parameters", nameof(signature), ex);
        }
    }

    private static ECPoint RecoverCore(ReadOnlySpan<byte> signature, ReadOnlySpan<byte> messageHash)
    {
        var r = Unsigned(signature[..32]);
        BcBigInteger s;
        int recId;
        if (signature.Length == 65)
        {
            s = Unsigned(signature[32..64]);
            var v = signature[64];
            recId = v >= 27 ? v - 27 : v;
            if (recId > 3)
                throw new ArgumentException("Recovery value must be in range [0..3] after normalization", nameof(signature));
        }
        else
        {
            var yParityAndS = Unsigned(signature[32..]);
            s = yParityAndS.And(LowBitsMask);
            recId = yParityAndS.TestBit(255) ? 1 : 0;
        }

        var n = K1.N;
        var e = Unsigned(messageHash);
        var eNeg = BcBigInteger.Zero.Subtract(e).Mod(n);
        var rInv = r.ModInverse(n); // ArithmeticException when r ≡ 0 (mod n)
        var srInv = rInv.Multiply(s).Mod(n);
        var eNegRInv = rInv.Multiply(eNeg).Mod(n);

        var x = r.Add(BcBigInteger.ValueOf(recId >> 1).Multiply(n));
        if (x.CompareTo(Prime) >= 0)
            throw new ArgumentException("X coordinate is out of range for secp256k1 curve", nameof(signature));

        var encodedR = new byte[33];
        encodedR[0] = (recId & 1) == 1 ? (byte)0x03 : (byte)0x02;
        var xBytes = x.ToByteArrayUnsigned();
        xBytes.CopyTo(encodedR, 33 - xBytes.Length);
        var pointR = K1.Curve.DecodePoint(encodedR); // throws when x is not on the curve
        if (!pointR.Multiply(n).IsInfinity)
            throw new ArgumentException("R point is not valid on this curve", nameof(signature));

        var q = ECAlgorithms.SumOfTwoMultiplies(K1.G, eNegRInv, pointR, srInv).Normalize();
        if (q.IsInfinity)
            throw new ArgumentException("The recovered point is the point at infinity", nameof(signature));
        return ECPoint.Decode(q.GetEncoded(false), ECCurve.Secp256k1);
    }

    private static BcBigInteger Unsigned(ReadOnlySpan<byte> bytes) => new(1, bytes.ToArray());
}
