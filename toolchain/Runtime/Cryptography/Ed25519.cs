using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>Ed25519 (RFC 8032) through BouncyCastle, as CryptoLib.verifyWithEd25519.</summary>
public static class Ed25519
{
    public const int PublicKeySize = 32;
    public const int SignatureSize = 64;

    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != SignatureSize)
            throw new ArgumentException($"An Ed25519 signature takes {SignatureSize} bytes, got {signature.Length}.", nameof(signature));
        if (publicKey.Length != PublicKeySize)
            throw new ArgumentException($"An Ed25519 public key takes {PublicKeySize} bytes, got {publicKey.Length}.", nameof(publicKey));
        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(publicKey.ToArray(), 0));
        var data = message.ToArray();
        verifier.BlockUpdate(data, 0, data.Length);
        return verifier.VerifySignature(signature.ToArray());
    }
}
