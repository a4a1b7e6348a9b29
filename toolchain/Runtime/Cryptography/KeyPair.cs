using System.Numerics;

namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>A secp256r1 private key and its public key.</summary>
public sealed class KeyPair
{
    private readonly byte[] _privateKey;

    public KeyPair(ReadOnlySpan<byte> privateKey)
    {
        using var ecdsa = Ecdsa.CreatePrivate(privateKey);
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        var x = new BigInteger(parameters.Q.X, isUnsigned: true, isBigEndian: true);
        var y = new BigInteger(parameters.Q.Y, isUnsigned: true, isBigEndian: true);
        PublicKey = ECPoint.FromCoordinates(x, y, ECCurve.Secp256r1);
        _privateKey = privateKey.ToArray();
    }

    public ECPoint PublicKey { get; }

    /// <summary>A copy of the 32-byte private key.</summary>
    public byte[] PrivateKey => (byte[])_privateKey.Clone();

    /// <summary>ECDSA secp256r1/SHA-256 signature (64 bytes r‖s) of <paramref name="message"/>.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message) => Ecdsa.SignSecp256r1(message, _privateKey);
}
