using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Payloads.Attributes;

/// <summary>An oracle response: request id, code and result (≤65535 bytes, empty unless the code is Success).</summary>
public sealed class OracleResponseAttribute : TransactionAttribute
{
    public const int MaxResultSize = ushort.MaxValue;

    public OracleResponseAttribute(ulong id, OracleResponseCode code, ReadOnlyMemory<byte> result)
    {
        Id = id;
        Code = code;
        Result = result;
    }

    public ulong Id { get; }

    public OracleResponseCode Code { get; }

    public ReadOnlyMemory<byte> Result { get; }

    public override TransactionAttributeType Type => TransactionAttributeType.OracleResponse;

    public override bool AllowMultiple => false;

    protected override int PayloadSize => sizeof(ulong) + 1 + VarSize.OfVarBytes(Result.Length);

    internal static OracleResponseAttribute DeserializePayload(NeoBinaryReader reader)
    {
        var id = reader.ReadUInt64();
        var code = (OracleResponseCode)reader.ReadByte();
        if (!Enum.IsDefined(code))
            throw new FormatException($"Invalid oracle response code 0x{(byte)code:x2}.");
        var result = reader.ReadVarBytes(MaxResultSize);
        if (code != OracleResponseCode.Success && result.Length > 0)
            throw new FormatException($"An oracle response with code {code} must have an empty result.");
        return new OracleResponseAttribute(id, code, result);
    }

    protected override void SerializePayload(NeoBinaryWriter writer)
    {
        writer.WriteUInt64(Id);
        writer.WriteByte((byte)Code);
        writer.WriteVarBytes(Result.Span);
    }

    protected override void WriteJsonPayload(Utf8JsonWriter writer)
    {
        writer.WriteNumber("id", (double)Id); // Neo.Json numbers are doubles.
        writer.WriteString("code", Code.ToString());
        writer.WriteString("result", Convert.ToBase64String(Result.Span));
    }
}
