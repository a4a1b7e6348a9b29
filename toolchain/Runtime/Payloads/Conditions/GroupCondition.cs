using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>True when the current contract's manifest has <see cref="GroupConditionBase.Group"/>.</summary>
public sealed class GroupCondition(ECPoint group) : GroupConditionBase(group)
{
    public override WitnessConditionType Type => WitnessConditionType.Group;
}
