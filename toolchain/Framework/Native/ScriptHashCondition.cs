namespace Neo.SmartContract.Framework.Native
{
    /// <summary>True when the executing contract has this hash.</summary>
    public class ScriptHashCondition : WitnessCondition
    {
        public UInt160 Hash = null!;
    }
}
