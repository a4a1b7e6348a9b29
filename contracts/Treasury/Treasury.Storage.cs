using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Treasury
{
    public partial class Treasury
    {
        // The storage map, in one place. Prefixes are never renumbered or reused. The HNT reserve R is this contract's HNT balance.
        private const byte Prefix_Authority = 0x10;     // → UInt160: who governs the treasury (curve, freeze, breaker, updates)
        private const byte Prefix_Dao = 0x11;           // → UInt160: the DAO contract (cranked before each redemption)
        private const byte Prefix_Hnt = 0x12;           // → UInt160: the HNT contract (fixed at deploy)
        private const byte Prefix_Dnt = 0x13;           // → UInt160: the subDAO token redeemed here (fixed at deploy)
        private const byte Prefix_SubDaoId = 0x14;      // → integer 1..65535: the subDAO this treasury belongs to
        private const byte Prefix_K = 0x15;             // → integer 0..10: the curve exponent (0 = pro rata)
        private const byte Prefix_FreezeTime = 0x16;    // → integer, ms: no redemption from this block time on (0 = never)
        private const byte Prefix_BreakerBps = 0x17;    // → integer, basis points of the reserve payable per window
        private const byte Prefix_BreakerWindow = 0x18; // → integer, ms
        private const byte Prefix_Breaker = 0x19;       // → [counted bones, last time ms]: the payout circuit breaker's window

        private static UInt160 Authority => (UInt160)Storage.Get(new byte[] { Prefix_Authority })!;

        private static UInt160 DaoContract => (UInt160)Storage.Get(new byte[] { Prefix_Dao })!;

        private static UInt160 HntContract => (UInt160)Storage.Get(new byte[] { Prefix_Hnt })!;

        private static UInt160 DntContract => (UInt160)Storage.Get(new byte[] { Prefix_Dnt })!;

        private static BigInteger StoredSubDaoId => (BigInteger)Storage.Get(new byte[] { Prefix_SubDaoId })!;

        private static BigInteger K => (BigInteger)Storage.Get(new byte[] { Prefix_K })!;

        private static BigInteger FreezeTime => (BigInteger)Storage.Get(new byte[] { Prefix_FreezeTime })!;

        private static BigInteger BreakerBps => (BigInteger)Storage.Get(new byte[] { Prefix_BreakerBps })!;

        private static BigInteger BreakerWindow => (BigInteger)Storage.Get(new byte[] { Prefix_BreakerWindow })!;

        private static ByteString BreakerKey => (ByteString)new byte[] { Prefix_Breaker };
    }
}
