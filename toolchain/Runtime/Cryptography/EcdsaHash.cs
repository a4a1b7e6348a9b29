namespace Protocol.Toolchain.Runtime.Cryptography;

/// <summary>The message digest applied before an ECDSA signature.</summary>
public enum EcdsaHash
{
    Sha256,
    Keccak256,
}
