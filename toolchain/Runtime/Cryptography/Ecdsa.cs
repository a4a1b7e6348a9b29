using System.Numerics;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using NetEcdsa = System.Security.Cryptography.ECDsa;
using NetCurve = System.Security.Cryptography.ECCurve;
using NetParameters = System.Security.Cryptography.ECParameters;
using NetPoint = System.Security.Cryptography.ECPoint;
using HashAlgorithmName = System.Security.Cryptography.HashAlgorithmName;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>
/// ECDSA with 64-byte r‖s signatures. secp256r1 signs and verifies through .NET; secp256k1 verifies through
/// BouncyCastle (as neo on platforms without a native secp256k1).
/// </summary>
public static class Ecdsa
{
    public const int SignatureLength = 64;

    private static readonly Org.BouncyCastle.Asn1.X9.X9ECParameters K1 = SecNamedCurves.GetByName("secp256k1");
    private static readonly ECDomainParameters K1Domain = new(K1.Curve, K1.G, K1.N, K1.H);

    /// <summary>Signs SHA-256(<paramref name="message"/>) with a secp256r1 private key; returns r‖s.</summary>
    public static byte[] SignSecp256r1(ReadOnlySpan<byte> message, ReadOnlySpan<byte> privateKey)
    {
        using var ecdsa = CreatePrivate(privateKey);
        return ecdsa.SignData(message.ToArray(), HashAlgorithmName.SHA256);
    }

    /// <summary>
    /// Verifies a 64-byte r‖s signature over <paramref name="message"/> hashed with <paramref name="hash"/>.
    /// A signature that is not 64 bytes raises <see cref="FormatException"/>, as in neo.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature, ECPoint publicKey, EcdsaHash hash = EcdsaHash.Sha256)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        if (signature.Length != SignatureLength)
            throw new FormatException($"An ECDSA signature takes {SignatureLength} bytes, got {signature.Length}.");
        var digest = hash == EcdsaHash.Sha256 ? Hashes.Sha256(message) : Hashes.Keccak256(message);
        if (ReferenceEquals(publicKey.Curve, ECCurve.Secp256r1))
        {
            using var ecdsa = CreatePublic(publicKey);
            return ecdsa.VerifyHash(digest, signature);
        }
        if (ReferenceEquals(publicKey.Curve, ECCurve.Secp256k1))
            return VerifySecp256k1(digest, signature, publicKey);
        throw new NotSupportedException($"Curve {publicKey.Curve.Name} is not supported.");
    }

    private static bool VerifySecp256k1(byte[] digest, ReadOnlySpan<byte> signature, ECPoint publicKey)
    {
        var point = K1.Curve.CreatePoint(ToBc(publicKey.X), ToBc(publicKey.Y));
        var signer = new ECDsaSigner();
        signer.Init(false, new ECPublicKeyParameters("ECDSA", point, K1Domain));
        var r = new BcBigInteger(1, signature[..32].ToArray());
        var s = new BcBigInteger(1, signature[32..].ToArray());
        return signer.VerifySignature(digest, r, s);
    }

    private static BcBigInteger ToBc(BigInteger value) =>
        new(1, value.ToByteArray(isUnsigned: true, isBigEndian: true));

    private static NetEcdsa CreatePublic(ECPoint key)
    {
        var encoded = key.Encode(compressed: false);
        return NetEcdsa.Create(new NetParameters
        {
            Curve = NetCurve.NamedCurves.nistP256,
            Q = new NetPoint { X = encoded[1..33], Y = encoded[33..] },
        });
    }

    internal static NetEcdsa CreatePrivate(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != 32)
            throw new ArgumentException($"A secp256r1 private key takes 32 bytes, got {privateKey.Length}.", nameof(privateKey));
        try
        {
            return NetEcdsa.Create(new NetParameters
            {
                Curve = NetCurve.NamedCurves.nistP256,
                D = privateKey.ToArray(),
            });
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new ArgumentException("The private key is not a valid secp256r1 scalar (it must be in [1, n-1]).", nameof(privateKey), ex);
        }
    }
}
