namespace Neo.SmartContract.Framework.Native
{
    /// <summary>A constant.</summary>
    public class BooleanCondition : WitnessCondition
    {
        public bool Expression;
    }
}
