namespace Neo.SmartContract.Framework
{
    /// <summary>CONVERT/ISTYPE operands (NeoVM StackItemType bytes) as attribute data.</summary>
    internal static class StackItemType
    {
        public const string Integer = "0x21";
        public const string ByteString = "0x28";
        public const string Buffer = "0x30";
    }
}
