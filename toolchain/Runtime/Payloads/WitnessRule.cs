using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Payloads.Conditions;

namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>An action (Deny 0 / Allow 1) and a condition: {"action":"Allow","condition":{…}}.</summary>
public sealed class WitnessRule(WitnessRuleAction action, WitnessCondition condition) : INeoSerializable, IEquatable<WitnessRule>
{
    public WitnessRuleAction Action { get; } = action;

    public WitnessCondition Condition { get; } = condition ?? throw new ArgumentNullException(nameof(condition));

    public int Size => 1 + Condition.Size;

    public static WitnessRule Deserialize(NeoBinaryReader reader)
    {
        var action = reader.ReadByte();
        if (action > (byte)WitnessRuleAction.Allow)
            throw new FormatException($"Invalid witness rule action 0x{action:x2}.");
        return new WitnessRule((WitnessRuleAction)action, WitnessCondition.Deserialize(reader));
    }

    public void Serialize(NeoBinaryWriter writer)
    {
        writer.WriteByte((byte)Action);
        Condition.Serialize(writer);
    }

    public static WitnessRule FromJson(JsonElement json)
    {
        JsonRead.RequireObject(json, "witness rule");
        var action = JsonRead.ParseDefinedEnum<WitnessRuleAction>(JsonRead.GetString(json, "action"), "witness rule action");
        return new WitnessRule(action, WitnessCondition.FromJson(JsonRead.Get(json, "condition")));
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("action", Action.ToString());
        writer.WritePropertyName("condition");
        Condition.WriteJson(writer);
        writer.WriteEndObject();
    }

    public bool Equals(WitnessRule? other) => other is not null && Action == other.Action && Condition.Equals(other.Condition);

    public override bool Equals(object? obj) => Equals(obj as WitnessRule);

    public override int GetHashCode() => HashCode.Combine(Action, Condition.Type);
}
