using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Rewards
{
    /// <summary>
    /// A subDAO's reward pool (serialised positionally; new fields only at the end). Invariants: Claimed ≤ Total ≤ Funded at
    /// every root, Claimed ≤ Funded always, Total never decreases, Epoch only increases.
    /// </summary>
    public class Pool
    {
        /// <summary>The subDAO's token (DNT) the escrow receives and pays; fixed.</summary>
        public UInt160 Token = null!;

        /// <summary>Everything the escrow received in the token (the Dao's epoch mints and any transfer), base units.</summary>
        public BigInteger Funded;

        /// <summary>Everything paid out by claims, base units.</summary>
        public BigInteger Claimed;

        /// <summary>The epoch of the latest root, −1 before the first.</summary>
        public BigInteger Epoch;

        /// <summary>The latest Merkle root (32 bytes; empty before the first): cumulative per-hotspot totals.</summary>
        public ByteString Root = null!;

        /// <summary>The latest root's total: the sum of its cumulative totals as the oracles signed it, base units.</summary>
        public BigInteger Total;

        /// <summary>The claims breaker: the most paid in any window, base units.</summary>
        public BigInteger BreakerThreshold;

        /// <summary>The claims breaker's window, ms.</summary>
        public BigInteger BreakerWindowMs;
    }

    public partial class Rewards
    {
        // The storage map, in one place. Prefixes are never renumbered or reused. Key parts: subDao = id + 2^16 as 3
        // little-endian bytes (one CONVERT, no per-byte work; nothing here is iterated); token = its 20 bytes; tokenId = the
        // hotspot NFT's id (32 bytes). Amounts are in the subDAO token's base units, times in ms.
        private const byte Prefix_Authority = 0x10;   // → UInt160: configures subDAOs, oracles and breakers
        private const byte Prefix_Dao = 0x11;         // → UInt160: the Dao (subDAO tokens; cranked before a root)
        private const byte Prefix_Registry = 0x12;    // → UInt160: the HotspotRegistry (owner and subDAO of a hotspot)
        private const byte Prefix_Pool = 0x20;        // ‖ subDao → Pool
        private const byte Prefix_TokenSubDao = 0x21; // ‖ token → integer: the subDAO a token funds
        private const byte Prefix_Oracles = 0x22;     // ‖ subDao → [[key (33 bytes) …], k]: the reward oracles and the quorum
        private const byte Prefix_Breaker = 0x23;     // ‖ subDao → [counted, lastTimeMs] (CircuitBreaker's state)
        private const byte Prefix_Claimed = 0x24;     // ‖ tokenId → integer: what the hotspot has been paid in total
        private const byte Prefix_Destination = 0x25; // ‖ tokenId → [owner who set it, destination]: applies while that owner holds the hotspot

        private static UInt160 Authority => (UInt160)Storage.Get(new byte[] { Prefix_Authority })!;

        private static UInt160 DaoContract => (UInt160)Storage.Get(new byte[] { Prefix_Dao })!;

        private static UInt160 RegistryContract => (UInt160)Storage.Get(new byte[] { Prefix_Registry })!;

        /// <summary>subDaoId (1..65535) + 2^16 as 3 little-endian bytes.</summary>
        private static ByteString SubKey(BigInteger subDaoId) => (ByteString)(subDaoId + 0x10000);

        private static ByteString Key(byte prefix, ByteString a) => Helper.Concat((ByteString)new byte[] { prefix }, a);

        private static Pool? LoadPool(BigInteger subDaoId)
        {
            var stored = Storage.Get(Key(Prefix_Pool, SubKey(subDaoId)));
            return stored is null ? null : (Pool)StdLib.Deserialize(stored);
        }

        private static Pool RequirePool(BigInteger subDaoId) => LoadPool(subDaoId) ?? throw new System.Exception(Errors.UnknownSubDao);

        private static void SavePool(BigInteger subDaoId, Pool pool) => Storage.Put(Key(Prefix_Pool, SubKey(subDaoId)), StdLib.Serialize(pool));

        private static BigInteger ClaimedOf(ByteString tokenId)
        {
            var stored = Storage.Get(Key(Prefix_Claimed, tokenId));
            return stored is null ? 0 : (BigInteger)stored;
        }
    }
}
