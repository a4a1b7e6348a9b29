using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.Hnt
{
    public partial class Hnt
    {
        // The storage map, in one place (0x00 total supply and 0x01 ‖ account → balance belong to the framework's TokenContract).
        private const byte Prefix_Authority = 0x10;        // → UInt160: who governs HNT (rotates the minter, sets the breaker, updates)
        private const byte Prefix_Minter = 0x11;           // → UInt160: the only account allowed to mint (the DAO contract)
        private const byte Prefix_MaxSupply = 0x12;        // → integer, bones: fixed at deploy
        private const byte Prefix_MintBreaker = 0x13;      // → [counted bones, last time ms]: the mint circuit breaker's window
        private const byte Prefix_BreakerThreshold = 0x14; // → integer, bones per window
        private const byte Prefix_BreakerWindow = 0x15;    // → integer, ms
        private const byte Prefix_TotalBurned = 0x16;      // → integer, bones: every burn ever (the DAO re-emits the increase)

        private static UInt160 Authority => (UInt160)Storage.Get(new byte[] { Prefix_Authority })!;

        private static UInt160 Minter => (UInt160)Storage.Get(new byte[] { Prefix_Minter })!;

        private static BigInteger StoredMaxSupply => (BigInteger)Storage.Get(new byte[] { Prefix_MaxSupply })!;

        private static BigInteger BreakerThreshold => (BigInteger)Storage.Get(new byte[] { Prefix_BreakerThreshold })!;

        private static BigInteger BreakerWindow => (BigInteger)Storage.Get(new byte[] { Prefix_BreakerWindow })!;

        private static BigInteger StoredTotalBurned => (BigInteger)Storage.Get(new byte[] { Prefix_TotalBurned })!;
    }
}
