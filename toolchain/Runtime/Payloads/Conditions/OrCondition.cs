namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>True when any sub-condition is true.</summary>
public sealed class OrCondition(IReadOnlyList<WitnessCondition> expressions) : CompositeCondition(expressions)
{
    public override WitnessConditionType Type => WitnessConditionType.Or;
}
