namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>True when every sub-condition is true.</summary>
public sealed class AndCondition(IReadOnlyList<WitnessCondition> expressions) : CompositeCondition(expressions)
{
    public override WitnessConditionType Type => WitnessConditionType.And;
}
