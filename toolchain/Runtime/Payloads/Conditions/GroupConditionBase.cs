using System.Text.Json;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>A condition on a manifest group key: {"type":…,"group":"02…"}.</summary>
public abstract class GroupConditionBase : WitnessCondition
{
    protected GroupConditionBase(ECPoint group) => Group = group ?? throw new ArgumentNullException(nameof(group));

    public ECPoint Group { get; }

    protected override int PayloadSize => Group.Size;

    protected override void SerializePayload(NeoBinaryWriter writer) => Group.Serialize(writer);

    protected override void WriteJsonPayload(Utf8JsonWriter writer) => writer.WriteString("group", Group.ToString());

    public override bool Equals(WitnessCondition? other) =>
        other is GroupConditionBase g && g.Type == Type && g.Group == Group;
}
