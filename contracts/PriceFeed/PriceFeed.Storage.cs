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
        private const byte Prefix_Board = 0x02;           // → List<Slot> (StdLib.Serialize): one slot per oracle of the set, in the order added
        private const byte Prefix_MaxAgeMs = 0x05;        // → integer: a submission older than this is stale (ms)
        private const byte Prefix_MaxDeviationBps = 0x06; // → integer: a move beyond this from the median is flagged (basis points)

        // The whole oracle set and its submissions live in one record: every price read (each DC purchase) costs one storage
        // read and one deserialisation, whatever the set's size, instead of an iterator step, a read and a deserialisation
        // per oracle.

        /// <summary>The largest oracle set: a price read is quadratic in the set's size (selection without sorting).</summary>
        public const int MaxOracles = 16;

        private static UInt160 Authority => (UInt160)Storage.Get(new byte[] { Prefix_Authority })!;

        private static BigInteger MaxAgeMs => (BigInteger)Storage.Get(new byte[] { Prefix_MaxAgeMs })!;

        private static BigInteger MaxDeviationBps => (BigInteger)Storage.Get(new byte[] { Prefix_MaxDeviationBps })!;

        private static List<Slot> LoadBoard()
        {
            var stored = Storage.Get(new byte[] { Prefix_Board });
            return stored is null ? new List<Slot>() : (List<Slot>)StdLib.Deserialize(stored);
        }

        private static void SaveBoard(List<Slot> board) => Storage.Put(new byte[] { Prefix_Board }, StdLib.Serialize(board));

        /// <summary>The oracle's index on the board, or −1.</summary>
        private static int IndexOf(List<Slot> board, UInt160 oracle)
        {
            for (int i = 0; i < board.Count; i++)
                if (board[i].Oracle == oracle) return i;
            return -1;
        }
    }
}
