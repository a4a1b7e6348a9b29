namespace Neo.SmartContract.Framework.Native
{
    /// <summary>A signer's rule: allow or deny the witness when the condition holds.</summary>
    public class WitnessRule
    {
        public WitnessRuleAction Action;
        public WitnessCondition Condition = null!;
    }
}
