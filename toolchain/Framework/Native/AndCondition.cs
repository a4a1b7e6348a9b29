namespace Neo.SmartContract.Framework.Native
{
    /// <summary>True when every sub-condition is true.</summary>
    public class AndCondition : WitnessCondition
    {
        public WitnessCondition[] Expressions = null!;
    }
}
