namespace Neo.SmartContract.Framework.Native
{
    /// <summary>Transaction attribute type bytes (Policy.GetAttributeFee).</summary>
    public enum TransactionAttributeType : byte
    {
        HighPriority = 0x01,
        OracleResponse = 0x11,
        NotValidBefore = 0x20,
        Conflicts = 0x21,
        NotaryAssisted = 0x22,
    }
}
