using Protocol.Toolchain.Runtime.Models;

namespace Protocol.Toolchain.Runtime.Payloads.Conditions;

/// <summary>True when the current (executing) script hash is <see cref="HashConditionBase.Hash"/>.</summary>
public sealed class ScriptHashCondition(UInt160 hash) : HashConditionBase(hash)
{
    public override WitnessConditionType Type => WitnessConditionType.ScriptHash;
}
