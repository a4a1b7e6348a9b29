using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>True when the current context is the entry script or called directly by it.</summary>
public sealed class CalledByEntryCondition : WitnessCondition
{
    public override WitnessConditionType Type => WitnessConditionType.CalledByEntry;

    protected override int PayloadSize => 0;

    protected override void SerializePayload(NeoBinaryWriter writer)
    {
    }

    protected override void WriteJsonPayload(Utf8JsonWriter writer)
    {
    }

    public override bool Equals(WitnessCondition? other) => other is CalledByEntryCondition;
}
