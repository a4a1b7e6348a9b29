namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Witness condition type bytes.</summary>
    public enum WitnessConditionType : byte
    {
        Boolean = 0x00,
        Not = 0x01,
        And = 0x02,
        Or = 0x03,
        ScriptHash = 0x18,
        Group = 0x19,
        CalledByEntry = 0x20,
        CalledByContract = 0x28,
        CalledByGroup = 0x29,
    }
}
