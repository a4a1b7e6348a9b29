using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Runtime.Payloads.Attributes;

/// <summary>A transaction attribute: a type byte and a payload; only Conflicts may appear more than once.</summary>
public abstract class TransactionAttribute : INeoSerializable
{
    public abstract TransactionAttributeType Type { get; }

    public abstract bool AllowMultiple { get; }

    public int Size => 1 + PayloadSize;

    protected abstract int PayloadSize { get; }

    public void Serialize(NeoBinaryWriter writer)
    {
        writer.WriteByte((byte)Type);
        SerializePayload(writer);
    }

    protected abstract void SerializePayload(NeoBinaryWriter writer);

    public static TransactionAttribute Deserialize(NeoBinaryReader reader)
    {
        var offset = reader.Position;
        var type = (TransactionAttributeType)reader.ReadByte();
        return type switch
        {
            TransactionAttributeType.HighPriority => new HighPriorityAttribute(),
            TransactionAttributeType.OracleResponse => OracleResponseAttribute.DeserializePayload(reader),
            TransactionAttributeType.NotValidBefore => new NotValidBeforeAttribute(reader.ReadUInt32()),
            TransactionAttributeType.Conflicts => new ConflictsAttribute(Models.UInt256.Deserialize(reader)),
            TransactionAttributeType.NotaryAssisted => new NotaryAssistedAttribute(reader.ReadByte()),
            _ => throw new FormatException($"Invalid transaction attribute type 0x{(byte)type:x2} at offset {offset}."),
        };
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type.ToString());
        WriteJsonPayload(writer);
        writer.WriteEndObject();
    }

    protected virtual void WriteJsonPayload(Utf8JsonWriter writer)
    {
    }

    public string ToJson() => JsonWrite.ToText(WriteJson);
}
