using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>A constant: {"type":"Boolean","expression":true|false}.</summary>
public sealed class BooleanCondition(bool expression) : WitnessCondition
{
    public bool Expression { get; } = expression;

    public override WitnessConditionType Type => WitnessConditionType.Boolean;

    protected override int PayloadSize => 1;

    protected override void SerializePayload(NeoBinaryWriter writer) => writer.WriteBoolean(Expression);

    protected override void WriteJsonPayload(Utf8JsonWriter writer) => writer.WriteBoolean("expression", Expression);

    public override bool Equals(WitnessCondition? other) => other is BooleanCondition b && b.Expression == Expression;
}
