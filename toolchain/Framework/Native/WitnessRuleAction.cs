namespace Neo.SmartContract.Framework.Native
{
    /// <summary>What a witness rule does when its condition holds.</summary>
    public enum WitnessRuleAction : byte
    {
        Deny = 0,
        Allow = 1,
    }
}
