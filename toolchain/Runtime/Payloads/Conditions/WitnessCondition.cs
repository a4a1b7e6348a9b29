using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Json;

namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>
/// A witness rule condition (neo Payloads/Conditions): a type byte and a payload. And/Or hold 1..16 conditions and
/// nesting is limited to depth 3 (a rule's condition is depth 1), both in binary and JSON form.
/// </summary>
public abstract class WitnessCondition : INeoSerializable, IEquatable<WitnessCondition>
{
    public const int MaxSubitems = 16;
    public const int MaxNestingDepth = 3;

    public abstract WitnessConditionType Type { get; }

    public int Size => 1 + PayloadSize;

    protected abstract int PayloadSize { get; }

    public void Serialize(NeoBinaryWriter writer)
    {
        writer.WriteByte((byte)Type);
        SerializePayload(writer);
    }

    protected abstract void SerializePayload(NeoBinaryWriter writer);

    /// <summary>Reads a condition allowing <paramref name="maxNestDepth"/> levels (this one included).</summary>
    public static WitnessCondition Deserialize(NeoBinaryReader reader, int maxNestDepth = MaxNestingDepth)
    {
        if (maxNestDepth <= 0)
            throw new FormatException($"Witness condition nesting exceeds the maximum depth {MaxNestingDepth}.");
        var offset = reader.Position;
        var type = (WitnessConditionType)reader.ReadByte();
        return type switch
        {
            WitnessConditionType.Boolean => new BooleanCondition(reader.ReadBoolean()),
            WitnessConditionType.Not => new NotCondition(Deserialize(reader, maxNestDepth - 1)),
            WitnessConditionType.And => new AndCondition(CompositeCondition.ReadExpressions(reader, maxNestDepth)),
            WitnessConditionType.Or => new OrCondition(CompositeCondition.ReadExpressions(reader, maxNestDepth)),
            WitnessConditionType.ScriptHash => new ScriptHashCondition(Models.UInt160.Deserialize(reader)),
            WitnessConditionType.Group => new GroupCondition(Cryptography.ECPoint.Deserialize(reader)),
            WitnessConditionType.CalledByEntry => new CalledByEntryCondition(),
            WitnessConditionType.CalledByContract => new CalledByContractCondition(Models.UInt160.Deserialize(reader)),
            WitnessConditionType.CalledByGroup => new CalledByGroupCondition(Cryptography.ECPoint.Deserialize(reader)),
            _ => throw new FormatException($"Invalid witness condition type 0x{(byte)type:x2} at offset {offset}."),
        };
    }

    /// <summary>Reads the JSON form {"type": …, …} allowing <paramref name="maxNestDepth"/> levels.</summary>
    public static WitnessCondition FromJson(JsonElement json, int maxNestDepth = MaxNestingDepth)
    {
        if (maxNestDepth <= 0)
            throw new FormatException($"Witness condition nesting exceeds the maximum depth {MaxNestingDepth}.");
        JsonRead.RequireObject(json, "witness condition");
        var type = JsonRead.ParseDefinedEnum<WitnessConditionType>(JsonRead.GetString(json, "type"), "witness condition type");
        return type switch
        {
            WitnessConditionType.Boolean => new BooleanCondition(JsonRead.GetBoolean(json, "expression")),
            WitnessConditionType.Not => new NotCondition(FromJson(JsonRead.Get(json, "expression"), maxNestDepth - 1)),
            WitnessConditionType.And => new AndCondition(CompositeCondition.ParseExpressions(json, maxNestDepth)),
            WitnessConditionType.Or => new OrCondition(CompositeCondition.ParseExpressions(json, maxNestDepth)),
            WitnessConditionType.ScriptHash => new ScriptHashCondition(JsonRead.ParseUInt160(JsonRead.GetString(json, "hash"), "hash")),
            WitnessConditionType.Group => new GroupCondition(JsonRead.ParseECPoint(JsonRead.GetString(json, "group"), "group")),
            WitnessConditionType.CalledByEntry => new CalledByEntryCondition(),
            WitnessConditionType.CalledByContract => new CalledByContractCondition(JsonRead.ParseUInt160(JsonRead.GetString(json, "hash"), "hash")),
            _ => new CalledByGroupCondition(JsonRead.ParseECPoint(JsonRead.GetString(json, "group"), "group")),
        };
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type.ToString());
        WriteJsonPayload(writer);
        writer.WriteEndObject();
    }

    protected abstract void WriteJsonPayload(Utf8JsonWriter writer);

    public string ToJson() => JsonWrite.ToText(WriteJson);

    public abstract bool Equals(WitnessCondition? other);

    public override bool Equals(object? obj) => Equals(obj as WitnessCondition);

    public override int GetHashCode() => (int)Type;
}
