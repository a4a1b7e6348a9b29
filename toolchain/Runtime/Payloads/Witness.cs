using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>Invocation and verification scripts (each ≤1024 bytes): {"invocation": b64, "verification": b64}.</summary>
public sealed class Witness(ReadOnlyMemory<byte> invocationScript, ReadOnlyMemory<byte> verificationScript) : INeoSerializable
{
    public const int MaxInvocationScript = 1024;
    public const int MaxVerificationScript = 1024;

    public static Witness Empty => new(ReadOnlyMemory<byte>.Empty, ReadOnlyMemory<byte>.Empty);

    public ReadOnlyMemory<byte> InvocationScript { get; } = invocationScript;

    public ReadOnlyMemory<byte> VerificationScript { get; } = verificationScript;

    /// <summary>Hash160 of the verification script (the account it proves).</summary>
    public UInt160 ScriptHash => UInt160.FromScript(VerificationScript.Span);

    public int Size => VarSize.OfVarBytes(InvocationScript.Length) + VarSize.OfVarBytes(VerificationScript.Length);

    public static Witness Deserialize(NeoBinaryReader reader)
    {
        var invocation = reader.ReadVarBytes(MaxInvocationScript);
        var verification = reader.ReadVarBytes(MaxVerificationScript);
        return new Witness(invocation, verification);
    }

    public void Serialize(NeoBinaryWriter writer)
    {
        writer.WriteVarBytes(InvocationScript.Span);
        writer.WriteVarBytes(VerificationScript.Span);
    }

    public static Witness FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "witness");
        var invocation = JsonRead.ParseBase64(JsonRead.GetString(json, "invocation"), "invocation script");
        var verification = JsonRead.ParseBase64(JsonRead.GetString(json, "verification"), "verification script");
        if (invocation.Length > MaxInvocationScript || verification.Length > MaxVerificationScript)
            throw new FormatException("A witness script is longer than 1024 bytes.");
        return new Witness(invocation, verification);
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("invocation", Convert.ToBase64String(InvocationScript.Span));
        writer.WriteString("verification", Convert.ToBase64String(VerificationScript.Span));
        writer.WriteEndObject();
    }
}
