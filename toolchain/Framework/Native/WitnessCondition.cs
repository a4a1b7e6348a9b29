namespace Neo.SmartContract.Framework.Native
{
    /// <summary>A witness-rule condition as the VM exposes it: its type first, then the type's fields.</summary>
    public abstract class WitnessCondition
    {
        public WitnessConditionType Type;
    }
}
