using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace Protocol.Contracts.SubDaoToken
{
    public partial class SubDaoToken
    {
        // The storage map, in one place (0x00 total supply and 0x01 ‖ account → balance belong to the framework's TokenContract).
        private const byte Prefix_Authority = 0x10; // → UInt160: who governs the token (rotates roles, updates)
        private const byte Prefix_Dao = 0x11;       // → UInt160: the DAO contract, the only minter (its emission schedule)
        private const byte Prefix_Treasury = 0x12;  // → UInt160: the subDAO treasury, which burns what it redeems
        private const byte Prefix_Symbol = 0x13;    // → string: the ticker (IOT, MOBILE …), fixed at deploy

        private static UInt160 Authority => (UInt160)Storage.Get(new byte[] { Prefix_Authority })!;

        private static UInt160 Dao => (UInt160)Storage.Get(new byte[] { Prefix_Dao })!;

        private static UInt160 Treasury => (UInt160)Storage.Get(new byte[] { Prefix_Treasury })!;

        private static string StoredSymbol => (string)Storage.Get(new byte[] { Prefix_Symbol })!;
    }
}
