using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;
using Protocol.Contracts.Shared;

namespace Protocol.Contracts.Dao
{
    public partial class Dao
    {
        // The storage map, in one place. Prefixes are never renumbered or reused. HNT in bones, DNT in its base units, times in ms.
        private const byte Prefix_Authority = 0x01;      // → UInt160: who governs the DAO (registry, schedules, cap)
        private const byte Prefix_Hnt = 0x02;            // → UInt160: the HNT contract (this contract is its minter after bootstrap)
        private const byte Prefix_DataCredits = 0x03;    // → UInt160: Data Credits (dcBurned per subDAO and epoch; this contract is its registrar)
        private const byte Prefix_VoteEscrow = 0x04;     // → UInt160: veHNT (delegated VP per subDAO; holds the delegator pools); absent = V is 1
        private const byte Prefix_EpochLength = 0x05;    // → integer, seconds
        private const byte Prefix_GenesisEpoch = 0x06;   // → integer: the epoch of deployment, the first that can close
        private const byte Prefix_Schedule = 0x07;       // → [[startMs, hntPerEpoch] …] (StdLib.Serialize)
        private const byte Prefix_NetCap = 0x08;         // → integer, bones: the most HNT re-emitted per epoch
        private const byte Prefix_Emission = 0x09;       // → EmissionState
        private const byte Prefix_SubDao = 0x10;         // ‖ subDaoId (2, BE) → SubDao
        private const byte Prefix_SubDaoIds = 0x11;      // → [subDaoId …] in registration order
        private const byte Prefix_Summary = 0x12;        // ‖ epoch (8, BE) → EpochSummary; present ⇔ the epoch is closed
        private const byte Prefix_Result = 0x13;         // ‖ subDaoId (2, BE) ‖ epoch (8, BE) → EpochResult
        private const byte Prefix_ActiveFees = 0x14;     // ‖ subDaoId (2, BE) → integer, DC: onboarding fees of the active devices

        /// <summary>The most subDAOs: every close visits each one.</summary>
        public const int MaxSubDaos = 16;

        private static UInt160 Authority => (UInt160)Storage.Get(new byte[] { Prefix_Authority })!;

        private static UInt160 HntContract => (UInt160)Storage.Get(new byte[] { Prefix_Hnt })!;

        private static UInt160 DataCreditsContract => (UInt160)Storage.Get(new byte[] { Prefix_DataCredits })!;

        private static UInt160? VoteEscrowContract
        {
            get
            {
                var stored = Storage.Get(new byte[] { Prefix_VoteEscrow });
                return stored is null ? null : (UInt160)stored;
            }
        }

        private static BigInteger EpochLength => (BigInteger)Storage.Get(new byte[] { Prefix_EpochLength })!;

        private static BigInteger GenesisEpoch => (BigInteger)Storage.Get(new byte[] { Prefix_GenesisEpoch })!;

        private static BigInteger NetCap => (BigInteger)Storage.Get(new byte[] { Prefix_NetCap })!;

        private static object[] HntSchedule => (object[])StdLib.Deserialize(Storage.Get(new byte[] { Prefix_Schedule })!);

        private static EmissionState LoadEmission() => (EmissionState)StdLib.Deserialize(Storage.Get(new byte[] { Prefix_Emission })!);

        private static void SaveEmission(EmissionState state) => Storage.Put(new byte[] { Prefix_Emission }, StdLib.Serialize(state));

        private static ByteString SubDaoKey(BigInteger id) => (ByteString)new byte[] { Prefix_SubDao } + Keys.BigEndian(id, 2);

        private static ByteString SummaryKey(BigInteger epoch) => (ByteString)new byte[] { Prefix_Summary } + Keys.BigEndian(epoch, 8);

        private static ByteString ResultKey(BigInteger id, BigInteger epoch) => (ByteString)new byte[] { Prefix_Result } + Keys.BigEndian(id, 2) + Keys.BigEndian(epoch, 8);

        private static ByteString ActiveFeesKey(BigInteger id) => (ByteString)new byte[] { Prefix_ActiveFees } + Keys.BigEndian(id, 2);

        private static SubDao? LoadSubDao(BigInteger id)
        {
            var stored = Storage.Get(SubDaoKey(id));
            return stored is null ? null : (SubDao)StdLib.Deserialize(stored);
        }

        private static List<BigInteger> LoadSubDaoIds()
        {
            var stored = Storage.Get(new byte[] { Prefix_SubDaoIds });
            return stored is null ? new List<BigInteger>() : (List<BigInteger>)StdLib.Deserialize(stored);
        }

        private static BigInteger ActiveFees(BigInteger id)
        {
            var stored = Storage.Get(ActiveFeesKey(id));
            return stored is null ? 0 : (BigInteger)stored;
        }
    }
}
