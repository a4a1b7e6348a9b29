namespace Neo.SmartContract.Framework.Services
{
#pragma warning disable CS8618 // filled by the VM (an Array in this field order)
    /// <summary>A transaction as Runtime.Transaction and Ledger return it.</summary>
    public class Transaction
    {
        public readonly UInt256 Hash;
        public readonly byte Version;
        public readonly uint Nonce;
        public readonly UInt160 Sender;
        public readonly long SystemFee;
        public readonly long NetworkFee;
        public readonly uint ValidUntilBlock;
        public readonly ByteString Script;
    }
#pragma warning restore CS8618
}
