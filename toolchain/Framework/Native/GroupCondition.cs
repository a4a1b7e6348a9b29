namespace Neo.SmartContract.Framework.Native
{
    /// <summary>True when the executing contract belongs to this group.</summary>
    public class GroupCondition : WitnessCondition
    {
        public ECPoint Group = null!;
    }
}
