using System.Text.Json;
using Protocol.Toolchain.Runtime.IO;

namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>Negation of one sub-condition: {"type":"Not","expression":{…}}.</summary>
public sealed class NotCondition(WitnessCondition expression) : WitnessCondition
{
    public WitnessCondition Expression { get; } = expression ?? throw new ArgumentNullException(nameof(expression));

    public override WitnessConditionType Type => WitnessConditionType.Not;

    protected override int PayloadSize => Expression.Size;

    protected override void SerializePayload(NeoBinaryWriter writer) => Expression.Serialize(writer);

    protected override void WriteJsonPayload(Utf8JsonWriter writer)
    {
        writer.WritePropertyName("expression");
        Expression.WriteJson(writer);
    }

    public override bool Equals(WitnessCondition? other) => other is NotCondition n && n.Expression.Equals(Expression);
}
