namespace Neo.SmartContract.Framework.Services
{
#pragma warning disable CS8618 // filled by the VM (Ledger.getBlock returns an Array in this field order)
    /// <summary>A block header as Ledger returns it.</summary>
    public class Block
    {
        public readonly UInt256 Hash;
        public readonly uint Version;
        public readonly UInt256 PrevHash;
        public readonly UInt256 MerkleRoot;
        public readonly ulong Timestamp;
        public readonly ulong Nonce;
        public readonly uint Index;
        public readonly byte PrimaryIndex;
        public readonly UInt160 NextConsensus;
        public readonly int TransactionsCount;
    }
#pragma warning restore CS8618
}
