using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.PriceFeed
{
    public partial class PriceFeed
    {
        // The storage map, in one place. Prefixes are never renumbered or reused.
        private const byte Prefix_Authority = 0x01;       // → UInt160: who governs the feed
        private const byte Prefix_Submission = 0x02;      // ‖ oracle (20 bytes) → Submission (serialised); present for every oracle that submitted
        private const byte Prefix_Oracle = 0x03;          // ‖ oracle (20 bytes) → 1: the oracle set
        private const byte Prefix_OracleCount = 0x04;     // → integer n, the size of the oracle set
        private const byte Prefix_MaxAgeMs = 0x05;        // → integer: a submission older than this is stale (ms)
        private const byte Prefix_MaxDeviationBps = 0x06; // → integer: a move beyond this from the median is flagged (basis points)

        /// <summary>The largest oracle set: the median sorts all fresh submissions on every read.</summary>
        public const int MaxOracles = 16;

        private static StorageMap Submissions => new(Storage.CurrentContext, Prefix_Submission);

        private static StorageMap OracleSet => new(Storage.CurrentContext, Prefix_Oracle);

        private static UInt160 Authority => (UInt160)Storage.Get(new byte[] { Prefix_Authority })!;

        private static BigInteger OracleCount => (BigInteger)Storage.Get(new byte[] { Prefix_OracleCount })!;

        private static BigInteger MaxAgeMs => (BigInteger)Storage.Get(new byte[] { Prefix_MaxAgeMs })!;

        private static BigInteger MaxDeviationBps => (BigInteger)Storage.Get(new byte[] { Prefix_MaxDeviationBps })!;

        private static bool IsOracle(UInt160 account) => OracleSet.Get(account) is not null;

        private static Submission? LastSubmission(UInt160 oracle)
        {
            var stored = Submissions.Get(oracle);
            return stored is null ? null : (Submission)StdLib.Deserialize(stored);
        }
    }
}
