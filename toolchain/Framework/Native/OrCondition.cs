namespace Neo.SmartContract.Framework.Native
{
    /// <summary>True when any sub-condition is true.</summary>
    public class OrCondition : WitnessCondition
    {
        public WitnessCondition[] Expressions = null!;
    }
}
