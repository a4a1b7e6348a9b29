using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;
using Protocol.Contracts.Shared;

namespace Protocol.Contracts.DataCredits
{
    public partial class DataCredits
    {
        // The storage map, in one place. Prefixes are never renumbered or reused. Amounts are DC (0 decimals).
        private const byte Prefix_TotalSupply = 0x00;      // → integer: DC in circulation (balances + escrows)
        private const byte Prefix_Balance = 0x01;          // ‖ owner (20) → integer; deleted at 0
        private const byte Prefix_Escrow = 0x02;           // ‖ subDaoId (2, BE) ‖ sha256(routerKey) (32) → integer; deleted at 0
        private const byte Prefix_DcBurned = 0x03;         // ‖ subDaoId (2, BE) ‖ epoch (8, BE) → integer: tracked burns per epoch
        private const byte Prefix_BurnAuthority = 0x04;    // ‖ subDaoId (2, BE) → UInt160: who may burn that subDAO's escrows
        private const byte Prefix_Burner = 0x05;           // ‖ contract (20) → 1: protocol contracts allowed to burnWithoutTracking for owners
        private const byte Prefix_Authority = 0x10;        // → UInt160
        private const byte Prefix_Hnt = 0x11;              // → UInt160: the HNT contract (fixed at deploy)
        private const byte Prefix_PriceFeed = 0x12;        // → UInt160: the PriceFeed contract
        private const byte Prefix_EpochLength = 0x13;      // → integer, seconds: must equal the DAO's epoch length
        private const byte Prefix_MintBreaker = 0x14;      // → [counted DC, last time ms]: the mint circuit breaker's window
        private const byte Prefix_BreakerThreshold = 0x15; // → integer, DC per window
        private const byte Prefix_BreakerWindow = 0x16;    // → integer, ms
        private const byte Prefix_Registrar = 0x17;        // → UInt160: the subDAO registry (the Dao contract) that alone sets burn authorities once named

        private static StorageMap Balances => new(Storage.CurrentContext, Prefix_Balance);

        private static StorageMap Escrows => new(Storage.CurrentContext, Prefix_Escrow);

        private static StorageMap Burned => new(Storage.CurrentContext, Prefix_DcBurned);

        private static StorageMap BurnAuthorities => new(Storage.CurrentContext, Prefix_BurnAuthority);

        private static StorageMap Burners => new(Storage.CurrentContext, Prefix_Burner);

        private static UInt160 Authority => (UInt160)Storage.Get(new byte[] { Prefix_Authority })!;

        private static UInt160 HntContract => (UInt160)Storage.Get(new byte[] { Prefix_Hnt })!;

        private static UInt160? Registrar => (UInt160?)Storage.Get(new byte[] { Prefix_Registrar });

        private static UInt160 PriceFeedContract => (UInt160)Storage.Get(new byte[] { Prefix_PriceFeed })!;

        private static BigInteger EpochLength => (BigInteger)Storage.Get(new byte[] { Prefix_EpochLength })!;

        private static BigInteger Supply => (BigInteger)Storage.Get(new byte[] { Prefix_TotalSupply })!;

        private static BigInteger BreakerThreshold => (BigInteger)Storage.Get(new byte[] { Prefix_BreakerThreshold })!;

        private static BigInteger BreakerWindow => (BigInteger)Storage.Get(new byte[] { Prefix_BreakerWindow })!;

        private static ByteString SubDaoKey(BigInteger subDaoId) => Keys.BigEndian(subDaoId, 2);

        private static ByteString EscrowKey(BigInteger subDaoId, ByteString routerKey) => Helper.Concat(SubDaoKey(subDaoId), CryptoLib.Sha256(routerKey));

        private static ByteString BurnedKey(BigInteger subDaoId, BigInteger epoch) => Helper.Concat(SubDaoKey(subDaoId), Keys.BigEndian(epoch, 8));

        /// <summary>The current epoch: floor(block time in seconds / epoch length).</summary>
        private static BigInteger CurrentEpoch => (BigInteger)Runtime.Time / 1000 / EpochLength;

        private static void AddSupply(BigInteger delta) => Storage.Put(new byte[] { Prefix_TotalSupply }, Supply + delta);

        /// <summary>Adds delta to a stored amount, deleting it at zero (amounts never go negative: callers check first).</summary>
        private static void Adjust(StorageMap map, ByteString key, BigInteger delta)
        {
            BigInteger updated = map.GetIntegerOrZero(key) + delta;
            if (updated.IsZero) map.Delete(key);
            else map.Put(key, updated);
        }
    }
}
