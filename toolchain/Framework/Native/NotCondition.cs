namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Negates its sub-condition.</summary>
    public class NotCondition : WitnessCondition
    {
        public WitnessCondition Expression = null!;
    }
}
