using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>True when the calling contract's manifest has <see cref="GroupConditionBase.Group"/>.</summary>
public sealed class CalledByGroupCondition(ECPoint group) : GroupConditionBase(group)
{
    public override WitnessConditionType Type => WitnessConditionType.CalledByGroup;
}
