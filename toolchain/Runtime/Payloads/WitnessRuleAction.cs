namespace Protocol.Toolchain.Runtime.Payloads;

/// <summary>What a matching witness rule decides.</summary>
public enum WitnessRuleAction : byte
{
    Deny = 0,
    Allow = 1,
}
