using System.Text.Json;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Manifest;

/// <summary>A group: a public key and its 64-byte signature over the contract hash bytes.</summary>
public sealed class ContractGroup
{
    public ContractGroup(ECPoint publicKey, ReadOnlyMemory<byte> signature)
    {
        PublicKey = publicKey ?? throw new ArgumentNullException(nameof(publicKey));
        if (signature.Length != Ecdsa.SignatureLength)
            throw new FormatException($"A group signature takes {Ecdsa.SignatureLength} bytes, got {signature.Length}.");
        Signature = signature;
    }

    public ECPoint PublicKey { get; }

    public ReadOnlyMemory<byte> Signature { get; }

    public static ContractGroup FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "group");
        var key = JsonRead.ParseECPoint(JsonRead.GetString(json, "pubkey"), "group pubkey");
        var signature = JsonRead.ParseBase64(JsonRead.GetString(json, "signature"), "group signature");
        return new ContractGroup(key, signature);
    }

    /// <summary>True when the signature verifies (secp256r1/SHA-256) over the 20 LE bytes of the contract hash.</summary>
    public bool IsValid(UInt160 contractHash) => Ecdsa.Verify(contractHash.AsSpan(), Signature.Span, PublicKey);

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("pubkey", PublicKey.ToString());
        writer.WriteString("signature", Convert.ToBase64String(Signature.Span));
        writer.WriteEndObject();
    }
}
