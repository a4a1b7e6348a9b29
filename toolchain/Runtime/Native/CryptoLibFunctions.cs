using System.Numerics;
using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Toolchain.Runtime.Native;

/// <summary>The curve/hash pairs of CryptoLib.verifyWithECDsa (neo NamedCurveHash; a byte on the wire).</summary>
public enum NamedCurveHash : byte
{
    Secp256k1Sha256 = 22,
    Secp256r1Sha256 = 23,
    Secp256k1Keccak256 = 122,
    Secp256r1Keccak256 = 123,
}

/// <summary>One CryptoLib method: manifest name, parameter count, CPU fee (× exec fee factor), and availability.</summary>
public sealed record CryptoLibMethod(string Name, int ParameterCount, long CpuFee, bool Supported);

/// <summary>
/// The semantics of the native CryptoLib contract (id −3) with every hardfork active (Gorgon versions of
/// verifyWithECDsa and verifyWithEd25519). A thrown exception means the calling script FAULTs, a return value means
/// it continues. The engine converts arguments as neo does: a seed outside [0, 2³²) or a curve id outside [0, 255]
/// is an <see cref="OverflowException"/> before the method runs (<see cref="ToNamedCurveHash"/>).
/// BLS12-381 is not implemented: those methods throw <see cref="NotSupportedException"/> with
/// <see cref="Bls12381NotSupportedMessage"/>.
/// </summary>
public static class CryptoLibFunctions
{
    public const string Bls12381NotSupportedMessage = "BLS12-381 is not supported by this toolchain";

    /// <summary>All CryptoLib methods in neo's order (name, then parameter count), with their CPU fees.</summary>
    public static IReadOnlyList<CryptoLibMethod> Methods { get; } =
    [
        new("bls12381Add", 2, 1 << 19, false),
        new("bls12381Deserialize", 1, 1 << 19, false),
        new("bls12381Equal", 2, 1 << 5, false),
        new("bls12381Mul", 3, 1 << 21, false),
        new("bls12381Pairing", 2, 1 << 23, false),
        new("bls12381Serialize", 1, 1 << 19, false),
        new("keccak256", 1, 1 << 15, true),
        new("murmur32", 2, 1 << 13, true),
        new("recoverSecp256K1", 2, 1 << 15, true),
        new("ripemd160", 1, 1 << 15, true),
        new("sha256", 1, 1 << 15, true),
        new("verifyWithECDsa", 4, 1 << 15, true),
        new("verifyWithEd25519", 3, 1 << 15, true),
    ];

    /// <summary>The BLS12-381 method names, all unsupported.</summary>
    public static IReadOnlyList<string> Bls12381MethodNames { get; } =
        Methods.Where(m => !m.Supported).Select(m => m.Name).ToArray();

    public static bool IsBls12381Method(string name) => Bls12381MethodNames.Contains(name, StringComparer.Ordinal);

    /// <summary>The exception an engine raises (FAULT reason) when a script calls a BLS12-381 method.</summary>
    public static NotSupportedException Bls12381NotSupported(string method) =>
        new($"{Bls12381NotSupportedMessage} (CryptoLib.{method}).");

    public static byte[] Sha256(byte[] data) => Hashes.Sha256(data ?? []);

    public static byte[] Ripemd160(byte[] data) => Hashes.Ripemd160(data ?? []);

    /// <summary>Keccak-256 (Ethereum padding), available from Cockatrice.</summary>
    public static byte[] Keccak256(byte[] data) => Hashes.Keccak256(data ?? []);

    /// <summary>MurmurHash3 x86 32-bit of <paramref name="data"/>; the 4 result bytes are little-endian.</summary>
    public static byte[] Murmur32(byte[] data, uint seed) => Cryptography.Murmur32.HashBytes(data ?? [], seed);

    /// <summary>The engine's conversion of the curveHash argument: a byte, then the enum (not range-checked).</summary>
    public static NamedCurveHash ToNamedCurveHash(BigInteger value) => (NamedCurveHash)(byte)value;

    /// <summary>
    /// ECDSA verification (Gorgon version). Throws <see cref="NotSupportedException"/> for an unknown curve id,
    /// <see cref="FormatException"/> for a public key that is not a 33/65-byte 02/03/04 encoding of a point of the curve
    /// or a signature that is not 64 bytes; otherwise returns whether r‖s verifies (r, s outside [1, n−1] → false;
    /// high s accepted).
    /// </summary>
    public static bool VerifyWithECDsa(byte[] message, byte[] pubkey, byte[] signature, NamedCurveHash curveHash)
    {
        var (curve, hash) = curveHash switch
        {
            NamedCurveHash.Secp256k1Sha256 => (ECCurve.Secp256k1, EcdsaHash.Sha256),
            NamedCurveHash.Secp256r1Sha256 => (ECCurve.Secp256r1, EcdsaHash.Sha256),
            NamedCurveHash.Secp256k1Keccak256 => (ECCurve.Secp256k1, EcdsaHash.Keccak256),
            NamedCurveHash.Secp256r1Keccak256 => (ECCurve.Secp256r1, EcdsaHash.Keccak256),
            _ => throw new NotSupportedException($"Unsupported curve or hash algorithm: {(byte)curveHash}"),
        };
        var key = ECPoint.Decode(pubkey ?? [], curve);
        if (signature is null || signature.Length != Ecdsa.SignatureLength)
            throw new FormatException($"Signature size should be {Ecdsa.SignatureLength} bytes.");
        return Ecdsa.Verify(message ?? [], signature, key, hash);
    }

    /// <summary>
    /// Ed25519 verification (Gorgon version, Echidna+). Throws <see cref="FormatException"/> when the signature is not
    /// 64 bytes or the key not 32 bytes, <see cref="ArgumentException"/> when the key is rejected by
    /// <see cref="Ed25519PublicKeyCheck"/>; otherwise returns whether the signature verifies.
    /// </summary>
    public static bool VerifyWithEd25519(byte[] message, byte[] pubkey, byte[] signature)
    {
        if (signature is null || signature.Length != Ed25519.SignatureSize)
            throw new FormatException($"Signature size should be {Ed25519.SignatureSize}");
        if (pubkey is null || pubkey.Length != Ed25519.PublicKeySize)
            throw new FormatException($"Public key size should be {Ed25519.PublicKeySize}");
        if (!Ed25519PublicKeyCheck.IsValid(pubkey))
            throw new ArgumentException("invalid public key", nameof(pubkey));
        return Ed25519.Verify(pubkey, message ?? [], signature);
    }

    /// <summary>
    /// verifyWithEd25519 between Echidna and Gorgon: false (never a FAULT) on bad sizes or an invalid key.
    /// </summary>
    public static bool VerifyWithEd25519PreGorgon(byte[] message, byte[] pubkey, byte[] signature)
    {
        if (signature is null || pubkey is null) return false;
        if (signature.Length != Ed25519.SignatureSize || pubkey.Length != Ed25519.PublicKeySize) return false;
        try
        {
            return VerifyWithEd25519(message, pubkey, signature);
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>
    /// The 33-byte compressed secp256k1 key that produced <paramref name="signature"/> (65-byte r‖s‖v or 64-byte
    /// EIP-2098 r‖yParityAndS) over the 32-byte <paramref name="messageHash"/>, or null where neo returns null
    /// (see <see cref="Secp256k1Recovery"/>). Never throws.
    /// </summary>
    public static byte[]? RecoverSecp256K1(byte[] messageHash, byte[] signature) =>
        Secp256k1Recovery.TryRecover(signature ?? [], messageHash ?? [])?.Encode(compressed: true);

    public static byte[] Bls12381Serialize(object? g) => throw Bls12381NotSupported("bls12381Serialize");

    public static object Bls12381Deserialize(byte[] data) => throw Bls12381NotSupported("bls12381Deserialize");

    public static bool Bls12381Equal(object? x, object? y) => throw Bls12381NotSupported("bls12381Equal");

    public static object Bls12381Add(object? x, object? y) => throw Bls12381NotSupported("bls12381Add");

    public static object Bls12381Mul(object? x, byte[] mul, bool neg) => throw Bls12381NotSupported("bls12381Mul");

    public static object Bls12381Pairing(object? g1, object? g2) => throw Bls12381NotSupported("bls12381Pairing");
}
