namespace Neo.SmartContract.Framework.Native
{
    /// <summary>True when the calling contract has this hash.</summary>
    public class CalledByContractCondition : WitnessCondition
    {
        public UInt160 Hash = null!;
    }
}
