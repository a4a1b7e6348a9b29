using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>True when the calling script hash is <see cref="HashConditionBase.Hash"/>.</summary>
public sealed class CalledByContractCondition(UInt160 hash) : HashConditionBase(hash)
{
    public override WitnessConditionType Type => WitnessConditionType.CalledByContract;
}
