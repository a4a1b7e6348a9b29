namespace Neo.SmartContract.Framework.Native
{
    /// <summary>True when the calling contract belongs to this group.</summary>
    public class CalledByGroupCondition : WitnessCondition
    {
        public ECPoint Group = null!;
    }
}
